"""Images of a version (seed 001 `/projects/{projectId}/versions/{versionId}/images`): project members read,
project admins change, while the version is mutable (a deployed incremental version is frozen: 409)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import CurrentUser, HooksDep
from service.core.audit import AuditTarget, note
from service.core.errors import Conflict
from service.core.schemas import error_responses
from service.domains.projects import access as projects
from service.domains.projects.models import Project, ProjectRole
from service.domains.versions import images as imaging
from service.domains.versions import presenting
from service.domains.versions import versions as versioning
from service.domains.versions.models import Image, Version
from service.domains.versions.schemas import ImageOut, ImagePatch, ImagesAdd

router = APIRouter(prefix="/projects/{project_id}/versions/{version_id}/images", tags=["versions"])
SEEN = error_responses(401, 403, 404, 422)
CHANGED = error_responses(401, 403, 404, 409, 422)


async def _version(project_id: UUID, version_id: UUID, user: CurrentUser, *, hooks: HooksDep | None = None
                   ) -> tuple[Project, Version]:
    """The version, seen by a viewer; with `hooks`, changed by an admin while it is mutable."""
    at_least = ProjectRole.VIEWER if hooks is None else ProjectRole.ADMIN
    project, _ = await projects.visible_project(project_id, user, at_least=at_least)
    version = await versioning.get(project, version_id)
    if hooks is not None and not versioning.mutable(version, found := await versioning.uses(hooks, [version])):
        raise Conflict(f"Version {version.name} is deployed ({', '.join(found.deployed[version.id])}): its images "
                       "are frozen; increase it for a changed copy", code="immutable")
    return project, version


@router.get("", response_model=list[ImageOut], responses=SEEN, summary="The version's images in deployment order")
async def list_images(project_id: UUID, version_id: UUID, user: CurrentUser) -> list[ImageOut]:
    _, version = await _version(project_id, version_id, user)
    return await presenting.images_out(await Image.filter(version=version).order_by("order"))


@router.post("", status_code=status.HTTP_201_CREATED, response_model=list[ImageOut], responses=CHANGED,
             summary="Add images `name[:tag]` from the team's registries (admins), after those there")
async def add_images(project_id: UUID, version_id: UUID, body: list[ImagesAdd], user: CurrentUser,
                     hooks: HooksDep) -> list[ImageOut]:
    project, version = await _version(project_id, version_id, user, hooks=hooks)
    made = await imaging.add(version, project.team_id, [(batch.registry_id, batch.images) for batch in body])
    return await presenting.images_out(made)


@router.put("/order", response_model=list[ImageOut], responses=CHANGED,
            summary="Put the version's images in a new deployment order (admins): every image id once")
async def order_images(project_id: UUID, version_id: UUID, body: list[UUID], user: CurrentUser,
                       hooks: HooksDep) -> list[ImageOut]:
    _, version = await _version(project_id, version_id, user, hooks=hooks)
    return await presenting.images_out(await imaging.reorder(version, body))


@router.get("/{image_id}", response_model=ImageOut, responses=SEEN, summary="An image with its config")
async def get_image(project_id: UUID, version_id: UUID, image_id: UUID, user: CurrentUser) -> ImageOut:
    _, version = await _version(project_id, version_id, user)
    (out,) = await presenting.images_out([await imaging.get(version, image_id)])
    return out


@router.patch("/{image_id}", response_model=ImageOut, responses=CHANGED,
              summary="Change an image's tag or config (admins): the config fields given replace the stored ones")
async def patch_image(project_id: UUID, version_id: UUID, image_id: UUID, body: ImagePatch, user: CurrentUser,
                      hooks: HooksDep) -> ImageOut:
    project, version = await _version(project_id, version_id, user, hooks=hooks)
    image = await imaging.get(version, image_id)
    given = body.config.model_dump(mode="json", by_alias=True, exclude_unset=True) if body.config else None
    image = await imaging.patch(image, version=version, team_id=project.team_id, tag=body.tag, config=given)
    (out,) = await presenting.images_out([image])
    return out


@router.delete("/{image_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, responses=CHANGED,
               summary="Remove an image from the version (admins)")
async def delete_image(project_id: UUID, version_id: UUID, image_id: UUID, user: CurrentUser,
                       hooks: HooksDep) -> Response:
    project, version = await _version(project_id, version_id, user, hooks=hooks)
    image = await imaging.get(version, image_id)
    note(AuditTarget(kind="image", id=str(image.id), name=f"{image.name}:{image.tag}", team_id=project.team_id,
                     project_id=project.id))
    await imaging.delete(image)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
