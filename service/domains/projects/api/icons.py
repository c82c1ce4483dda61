"""A project's icon (seed 003): uploaded as multipart by admins, read by anyone who sees the project."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, File, Response, UploadFile, status

from service.api.deps import CurrentUser
from service.core.body_limit import MULTIPART_ROOM, UploadLimit
from service.core.schemas import error_responses
from service.domains.projects import access as projects
from service.domains.projects import icons as project_icons
from service.domains.projects.api.projects import project_out
from service.domains.projects.models import ProjectRole
from service.domains.projects.schemas import ProjectOut

router = APIRouter(prefix="/projects/{project_id}/icon", tags=["projects"])
UPLOAD = UploadLimit("POST", router.prefix, project_icons.MAX_BYTES + MULTIPART_ROOM)
IMAGES = {"content": {kind: {"schema": {"type": "string", "format": "binary"}}
                      for kind in ("image/png", "image/jpeg", "image/webp")}, "description": "The icon"}


@router.get("", response_class=Response, responses={200: IMAGES, **error_responses(401, 404, 422)},
            summary="The project's icon image (404 when it has none)")
async def get_icon(project_id: UUID, user: CurrentUser) -> Response:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    icon = await project_icons.load(project)
    # nosniff: the bytes were checked to be an image; browsers must not guess anything else from them.
    return Response(content=icon.data, media_type=icon.content_type,
                    headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-cache"})


@router.post("", response_model=ProjectOut, responses=error_responses(401, 403, 404, 413, 422),
             summary="Upload the project's icon: PNG, JPEG or WebP, at most 1 MiB (admins)")
async def set_icon(project_id: UUID, user: CurrentUser,
                   file: UploadFile = File(description="PNG, JPEG or WebP, at most 1 MiB")) -> ProjectOut:
    project, role = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    # One byte past the limit is enough to know the file is too large without reading all of it.
    await project_icons.store(project, await file.read(project_icons.MAX_BYTES + 1))
    return await project_out(project, role)


@router.delete("", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=error_responses(401, 403, 404, 422), summary="Remove the project's icon (admins)")
async def delete_icon(project_id: UUID, user: CurrentUser) -> Response:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    await project_icons.remove(project)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
