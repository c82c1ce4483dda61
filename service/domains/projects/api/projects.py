"""Projects (seeds 000 + 003): listing what the caller may see, and the project's own changes."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, HooksDep
from service.core.audit import AuditTarget, note
from service.core.errors import Conflict
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.projects import access as projects
from service.domains.projects import events
from service.domains.projects import icons as project_icons
from service.domains.projects.models import Environment, Project, ProjectMember, ProjectRole, ProjectType
from service.domains.projects.schemas import (
    EnvironmentOut,
    ProjectCreate,
    ProjectMemberCreate,
    ProjectMemberOut,
    ProjectMemberUpdate,
    ProjectOut,
    ProjectUpdate,
    TransferRequest,
)

router = APIRouter(prefix="/projects", tags=["projects"])
NO_CONTENT = {"status_code": status.HTTP_204_NO_CONTENT, "response_class": Response}
SEEN = error_responses(401, 403, 404, 422)


def _out(project: Project, role: ProjectRole, icons: set[UUID]) -> ProjectOut:
    return ProjectOut(id=project.id, team_id=project.team_id, name=project.name,
                      display_name=project.display_name or project.name, description=project.description,
                      color=project.color, icon=project_icons.url(project.id) if project.id in icons else None,
                      default_node_id=project.default_node_id, single_server_mode=project.single_server_mode,
                      type=project.type.value, owner_id=project.owner_id, role=role.value,
                      created_at=project.created_at, updated_at=project.updated_at)


async def _member_out(member: ProjectMember) -> ProjectMemberOut:
    await member.fetch_related("user", "group")
    return ProjectMemberOut.of(member)


async def project_out(project: Project, role: ProjectRole) -> ProjectOut:
    return _out(project, role, await project_icons.with_icons([project.id]))


@router.get("", response_model=Page[ProjectOut], responses=error_responses(401, 422),
            summary="The projects the caller may see")
async def list_projects(user: CurrentUser, paging: PagingDep,
                        team_id: UUID | None = Query(default=None, alias="teamId")) -> Page[ProjectOut]:
    query = await projects.visible_projects(user, team_id=team_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("name").offset(paging.offset).limit(paging.per_page)
    icons = await project_icons.with_icons([p.id for p in found])
    items = [_out(p, await projects.effective_role(p, user) or ProjectRole.VIEWER, icons) for p in found]
    return Page[ProjectOut](items=items, total=total, page=paging.page, per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProjectOut,
             responses=error_responses(401, 409, 422), summary="Create a project in one of the caller's teams")
async def create_project(body: ProjectCreate, user: CurrentUser, hooks: HooksDep) -> ProjectOut:
    fields = body.model_dump(exclude={"name", "team_id"}, exclude_none=True) | {"type": ProjectType(body.type)}
    project = await projects.create_project(user, team_id=body.team_id, name=body.name, fields=fields)
    await hooks.fire(events.PROJECT_CREATED, project=project, user=user)  # a versionless one's rolling version
    return _out(project, ProjectRole.OWNER, set())


@router.get("/{project_id}", response_model=ProjectOut, responses=SEEN, summary="Get a project")
async def get_project(project_id: UUID, user: CurrentUser) -> ProjectOut:
    return await project_out(*await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER))


@router.put("/{project_id}", response_model=ProjectOut, responses=error_responses(401, 403, 404, 409, 422),
            summary="Change a project (admins)")
async def update_project(project_id: UUID, body: ProjectUpdate, user: CurrentUser) -> ProjectOut:
    project, role = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    project = await projects.change(project, body.model_dump(exclude_none=True))
    return await project_out(project, role)


@router.delete("/{project_id}", **NO_CONTENT, responses=error_responses(401, 403, 404, 409, 422),
               summary="Delete a project with its members, environments and databases (the owner); the "
                       "databases' deletes run as tasks")
async def delete_project(project_id: UUID, user: CurrentUser, hooks: HooksDep) -> Response:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.OWNER)
    note(AuditTarget.of("project", project))
    await hooks.fire(events.PROJECT_DELETING, project=project, user=user)  # the databases' deletes start
    await project.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{project_id}/convert", response_model=ProjectOut,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="Make a versionless project versioned (admins): its rolling version stays, as its default")
async def convert(project_id: UUID, user: CurrentUser) -> ProjectOut:
    project, role = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    if project.type is ProjectType.VERSIONED:
        raise Conflict("The project is versioned already: only a versionless project converts",
                       code="versioned", details={"field": "type"})
    project.type = ProjectType.VERSIONED
    await project.save(update_fields=["type", "updated_at"])
    return await project_out(project, role)


@router.get("/{project_id}/members", response_model=list[ProjectMemberOut], responses=SEEN,
            summary="The project's members (accounts and groups)")
async def list_members(project_id: UUID, user: CurrentUser) -> list[ProjectMemberOut]:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    members = await ProjectMember.filter(project=project).order_by("created_at").prefetch_related("user", "group")
    return [ProjectMemberOut.of(m) for m in members]


@router.post("/{project_id}/members", status_code=status.HTTP_201_CREATED, response_model=ProjectMemberOut,
             responses=error_responses(401, 403, 404, 409, 422), summary="Add an account or a group (admins)")
async def add_member(project_id: UUID, body: ProjectMemberCreate, user: CurrentUser) -> ProjectMemberOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    member = await projects.add_member(project, user_id=body.user_id, group_id=body.group_id,
                                       role=ProjectRole(body.role))
    return await _member_out(member)


@router.put("/{project_id}/members/{member_id}", response_model=ProjectMemberOut,
            responses=error_responses(401, 403, 404, 409, 422), summary="Change a member's role (admins)")
async def change_member(project_id: UUID, member_id: UUID, body: ProjectMemberUpdate,
                        user: CurrentUser) -> ProjectMemberOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    return await _member_out(await projects.change_member(project, member_id, ProjectRole(body.role)))


@router.delete("/{project_id}/members/{member_id}", **NO_CONTENT,
               responses=error_responses(401, 403, 404, 409, 422), summary="Remove a member (admins)")
async def remove_member(project_id: UUID, member_id: UUID, user: CurrentUser) -> Response:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    await projects.remove_member(project, member_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{project_id}/transfer", response_model=ProjectOut, responses=error_responses(401, 403, 404, 422),
             summary="Hand the project to another member (the owner)")
async def transfer(project_id: UUID, body: TransferRequest, user: CurrentUser) -> ProjectOut:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.OWNER)
    project = await projects.transfer(project, body.new_owner_id)
    return await project_out(project, await projects.effective_role(project, user) or ProjectRole.VIEWER)


@router.get("/{project_id}/environments", response_model=list[EnvironmentOut], responses=SEEN,
            summary="The project's environments, the default first")
async def list_environments(project_id: UUID, user: CurrentUser) -> list[EnvironmentOut]:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    environments = await Environment.filter(project=project).order_by("-is_default", "name")
    return [EnvironmentOut.model_validate(e) for e in environments]
