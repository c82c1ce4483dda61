"""Projects: who sees and may change one (project roles, groups, team managers, instance admins)."""

from __future__ import annotations

from typing import TypeVar
from uuid import UUID

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from service.auth.models import Group, User
from service.core.errors import Conflict, Forbidden, Invalid, NotFound, taken_on_duplicate
from service.domains.nodes.models import Node
from service.domains.projects.models import Environment, EnvironmentType, Project, ProjectMember, ProjectRole
from service.domains.teams.models import MemberStatus, Team, TeamMember, TeamRole

M = TypeVar("M", bound=Model)

RANK = {ProjectRole.VIEWER: 0, ProjectRole.MEMBER: 1, ProjectRole.ADMIN: 2, ProjectRole.OWNER: 3}
TEAM_MANAGERS = (TeamRole.OWNER, TeamRole.ADMIN)


async def _group_ids(user: User) -> list[UUID]:
    return [group.id for group in await Group.filter(members=user)]


async def effective_role(project: Project, user: User) -> ProjectRole | None:
    """The strongest of: the user's own role, their groups' roles, admin for the team's managers,
    owner for instance admins."""
    if user.is_admin:
        return ProjectRole.OWNER
    roles = [m.role for m in await ProjectMember.filter(
        Q(user=user) | Q(group_id__in=await _group_ids(user)), project=project)]
    if await TeamMember.filter(team_id=project.team_id, user=user, status=MemberStatus.MEMBER,
                               role__in=TEAM_MANAGERS).exists():
        roles.append(ProjectRole.ADMIN)
    return max(roles, key=RANK.__getitem__) if roles else None


async def visible_project(project_id: UUID, user: User, *, at_least: ProjectRole) -> tuple[Project, ProjectRole]:
    """The project if the caller may see it (else 404, never 403) and has at least the given role (else 403)."""
    project = await Project.get_or_none(id=project_id)
    role = await effective_role(project, user) if project else None
    if project is None or role is None:
        raise NotFound(f"No project {project_id}")
    if RANK[role] < RANK[at_least]:
        raise Forbidden(f"This needs the project role {at_least.value} or above")
    return project, role


async def visible_projects(user: User, *, team_id: UUID | None, search: str | None) -> QuerySet[Project]:
    query = Project.all()
    if not user.is_admin:
        managed = TeamMember.filter(user=user, status=MemberStatus.MEMBER, role__in=TEAM_MANAGERS)
        member_of = ProjectMember.filter(Q(user=user) | Q(group_id__in=await _group_ids(user)))
        query = query.filter(Q(team_id__in=[m.team_id for m in await managed])
                             | Q(id__in=[m.project_id for m in await member_of]))
    if team_id is not None:
        query = query.filter(team_id=team_id)
    if search:
        query = query.filter(Q(name__icontains=search) | Q(display_name__icontains=search)
                             | Q(description__icontains=search))
    return query


async def in_visible_projects(model: type[M], user: User, *, project_id: UUID | None) -> QuerySet[M]:
    """What a project holds (a model with `project_id`) that the caller may see: of one project (404/403 as
    visible_project, viewers and up), else of every project the caller sees (all for an instance admin)."""
    if project_id is not None:
        await visible_project(project_id, user, at_least=ProjectRole.VIEWER)
        return model.filter(project_id=project_id)
    if user.is_admin:
        return model.all()
    seen = await visible_projects(user, team_id=None, search=None)
    return model.filter(project_id__in=[p.id for p in await seen])


async def check_default_node(team_id: UUID, node_id: UUID | None) -> None:
    """A project's default node is one of its team's (where its databases and services go)."""
    if node_id is not None and not await Node.exists(id=node_id, team_id=team_id):
        raise Invalid(f"No node {node_id} in the project's team", details={"field": "defaultNodeId"})


async def create_project(user: User, *, team_id: UUID | None, name: str, fields: dict) -> Project:
    if team_id is None:
        team = await Team.filter(personal=True, members__user=user).first()
    else:
        team = await Team.get_or_none(id=team_id)
        if team is not None and not user.is_admin and not await TeamMember.filter(
                team=team, user=user, status=MemberStatus.MEMBER).exists():
            team = None
    if team is None:
        raise Invalid(f"No team {team_id} of yours", details={"field": "teamId"})
    if await Project.filter(team=team, name=name).exists():
        raise Conflict(_name_taken(name), code="taken", details={"field": "name"})
    await check_default_node(team.id, fields.get("default_node_id"))
    with taken_on_duplicate(_name_taken(name), field="name"):
        async with in_transaction():
            project = await Project.create(team=team, name=name, owner=user, **fields)
            await ProjectMember.create(project=project, user=user, role=ProjectRole.OWNER)
            # Every project starts with its default environment (seed 003).
            await Environment.create(project=project, name="production", display_name="Production",
                                     type=EnvironmentType.PRODUCTION, is_default=True)
    return project


def _name_taken(name: str) -> str:
    return f"The team already has a project named {name!r}"


async def change(project: Project, changes: dict) -> Project:
    """Change a project's fields; a name another project of its team has is 409."""
    name = changes.get("name", project.name)
    if name != project.name and await Project.exists(team_id=project.team_id, name=name):
        raise Conflict(_name_taken(name), code="taken", details={"field": "name"})
    await check_default_node(project.team_id, changes.get("default_node_id"))
    with taken_on_duplicate(_name_taken(name), field="name"):
        await project.update_from_dict(changes).save()
    return project


async def add_member(project: Project, *, user_id: UUID | None, group_id: UUID | None,
                     role: ProjectRole) -> ProjectMember:
    if (user_id is None) == (group_id is None):
        raise Invalid("Give exactly one of userId and groupId", details={"field": "userId"})
    if role is ProjectRole.OWNER:
        raise Invalid("A project has one owner; transfer ownership instead", details={"field": "role"})
    if user_id is not None and not await User.exists(id=user_id):
        raise Invalid(f"No user {user_id}", details={"field": "userId"})
    if group_id is not None and not await Group.exists(id=group_id):
        raise Invalid(f"No group {group_id}", details={"field": "groupId"})
    if await ProjectMember.exists(project=project, user_id=user_id, group_id=group_id):
        raise Conflict("Already a member of this project", code="taken")
    return await ProjectMember.create(project=project, user_id=user_id, group_id=group_id, role=role)


async def _member(project: Project, member_id: UUID) -> ProjectMember:
    member = await ProjectMember.get_or_none(project=project, id=member_id)
    if member is None:
        raise NotFound(f"No member {member_id} in this project")
    return member


async def change_member(project: Project, member_id: UUID, role: ProjectRole) -> ProjectMember:
    member = await _member(project, member_id)
    if ProjectRole.OWNER in (member.role, role):
        raise Conflict("The owner's role changes only by a transfer of ownership", code="owner_required")
    member.role = role
    await member.save()
    return member


async def remove_member(project: Project, member_id: UUID) -> None:
    member = await _member(project, member_id)
    if member.role is ProjectRole.OWNER:
        raise Conflict("The owner cannot be removed; transfer ownership first", code="owner_required")
    await member.delete()


async def transfer(project: Project, new_owner_id: UUID) -> Project:
    """The new owner must already be a member in person; the old owner stays as an admin."""
    target = await ProjectMember.get_or_none(project=project, user_id=new_owner_id)
    if target is None:
        raise Invalid("The new owner must be a member of the project", details={"field": "newOwnerId"})
    async with in_transaction():
        await ProjectMember.filter(project=project, role=ProjectRole.OWNER).update(role=ProjectRole.ADMIN)
        target.role = ProjectRole.OWNER
        await target.save()
        project.owner_id = new_owner_id
        await project.save()
    return project
