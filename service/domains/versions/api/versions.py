"""Versions of a project (seed 001 `/projects/{projectId}/versions`): project members read, project admins change."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import CurrentUser, HooksDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.projects import access as projects
from service.domains.projects.models import Project, ProjectRole
from service.domains.versions import presenting
from service.domains.versions import versions as versioning
from service.domains.versions.models import Version, VersionType
from service.domains.versions.schemas import VersionCreate, VersionDetail, VersionIncrease, VersionOut, VersionUpdate

router = APIRouter(prefix="/projects/{project_id}/versions", tags=["versions"])
SEEN = error_responses(401, 403, 404, 422)
CHANGED = error_responses(401, 403, 404, 409, 422)


async def _one(project_id: UUID, version_id: UUID, user: CurrentUser, *,
               at_least: ProjectRole) -> tuple[Project, Version]:
    project, _ = await projects.visible_project(project_id, user, at_least=at_least)
    return project, await versioning.get(project, version_id)


async def _out(hooks: HooksDep, project: Project, version: Version) -> VersionOut:
    (out,) = await presenting.versions_out(project, [version], await versioning.uses(hooks, [version]))
    return out


@router.get("", response_model=Page[VersionOut], responses=SEEN,
            summary="The project's versions, the default first, then the newest")
async def list_versions(project_id: UUID, user: CurrentUser, hooks: HooksDep, paging: PagingDep) -> Page[VersionOut]:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    await versioning.ensure_rolling(project, None)
    query = Version.filter(project=project)
    if paging.search:
        query = query.filter(name__icontains=paging.search)
    total = await query.count()
    found = await query.order_by("-is_default", "-created_at").offset(paging.offset).limit(paging.per_page)
    items = await presenting.versions_out(project, found, await versioning.uses(hooks, found))
    return Page[VersionOut](items=items, total=total, page=paging.page, per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=VersionOut, responses=CHANGED,
             summary="Make a version (admins): the first is the default, later ones start with the default's "
                     "images; 409 in a versionless project")
async def create_version(project_id: UUID, body: VersionCreate, user: CurrentUser, hooks: HooksDep) -> VersionOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    version = await versioning.create(project, name=body.name, type_=VersionType(body.type),
                                      changelog=body.changelog, user=user)
    return await _out(hooks, project, version)


@router.get("/{version_id}", response_model=VersionDetail, responses=SEEN, summary="A version with its images")
async def get_version(project_id: UUID, version_id: UUID, user: CurrentUser, hooks: HooksDep) -> VersionDetail:
    project, version = await _one(project_id, version_id, user, at_least=ProjectRole.VIEWER)
    return await presenting.version_detail(project, version, await versioning.uses(hooks, [version]))


@router.put("/{version_id}", response_model=VersionOut, responses=CHANGED,
            summary="Change a version's name or changelog (admins)")
async def update_version(project_id: UUID, version_id: UUID, body: VersionUpdate, user: CurrentUser,
                         hooks: HooksDep) -> VersionOut:
    project, version = await _one(project_id, version_id, user, at_least=ProjectRole.ADMIN)
    version = await versioning.update(version, body.model_dump(exclude_none=True), user)
    return await _out(hooks, project, version)


@router.delete("/{version_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGED, summary="Delete a version with its images (admins): not one with deployments, "
                                          "not the default while others exist, not a versionless project's")
async def delete_version(project_id: UUID, version_id: UUID, user: CurrentUser, hooks: HooksDep) -> Response:
    project, version = await _one(project_id, version_id, user, at_least=ProjectRole.ADMIN)
    note(AuditTarget(kind="version", id=str(version.id), name=version.name, team_id=project.team_id,
                     project_id=project.id))
    await versioning.delete(hooks, project, version)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put("/{version_id}/default", response_model=VersionOut, responses=CHANGED,
            summary="Make this the project's default version (admins): new versions start with its images")
async def make_default(project_id: UUID, version_id: UUID, user: CurrentUser, hooks: HooksDep) -> VersionOut:
    project, version = await _one(project_id, version_id, user, at_least=ProjectRole.ADMIN)
    return await _out(hooks, project, await versioning.make_default(version, user))


@router.post("/{version_id}/increase", status_code=status.HTTP_201_CREATED, response_model=VersionOut,
             responses=CHANGED, summary="A new incremental version from this one, with its images and their "
                                        "configs (admins); once per version")
async def increase(project_id: UUID, version_id: UUID, body: VersionIncrease, user: CurrentUser,
                   hooks: HooksDep) -> VersionOut:
    project, version = await _one(project_id, version_id, user, at_least=ProjectRole.ADMIN)
    copy = await versioning.increase(hooks, project, version, name=body.name, changelog=body.changelog, user=user)
    return await _out(hooks, project, copy)
