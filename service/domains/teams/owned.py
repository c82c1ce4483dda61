"""What a team owns (nodes, git providers, registries, storages, step images): who may see it (its team's members,
instance admins), who may manage it (the team's owners and admins), the team a new one goes to and the query of what
a caller may list."""

from __future__ import annotations

from typing import TypeVar
from uuid import UUID

from tortoise.models import Model
from tortoise.queryset import QuerySet

from service.auth.models import User
from service.core.errors import Conflict, Forbidden, Invalid, NotFound
from service.domains.teams.membership import MANAGERS
from service.domains.teams.models import MemberStatus, Team, TeamMember

M = TypeVar("M", bound=Model)


async def team_role(team_id: UUID, user: User) -> str | None:
    member = await TeamMember.get_or_none(team_id=team_id, user=user, status=MemberStatus.MEMBER)
    return member.role if member else None


async def check_access(team_id: UUID | None, user: User, *, manage: bool, missing: str) -> None:
    """404 (`missing`) unless the caller is in the team (or an instance admin); with `manage`, 403 unless a team
    owner or admin. `team_id` None: the thing itself was not found."""
    role = await team_role(team_id, user) if team_id is not None else None
    if team_id is None or (role is None and not user.is_admin):
        raise NotFound(missing)
    if manage and role not in MANAGERS and not user.is_admin:
        raise Forbidden("This needs a team owner or admin")


async def managed_team(team_id: UUID | None, user: User, *, adding: str) -> UUID:
    """The team a new thing goes to: the one named (the caller must manage it; 422 naming teamId when it is not
    the caller's, 403 when the caller is only a member), else the caller's personal team. `adding`: what is added,
    for the 403 ("a registry")."""
    if team_id is None:
        team = await Team.filter(personal=True, members__user=user).first()
        if team is None:
            raise Invalid("You have no personal team: name one with teamId", details={"field": "teamId"})
        return team.id
    role = await team_role(team_id, user)
    if role is None and not (user.is_admin and await Team.exists(id=team_id)):
        raise Invalid(f"No team {team_id} of yours", details={"field": "teamId"})
    if role not in MANAGERS and not user.is_admin:
        raise Forbidden(f"Adding {adding} needs a team owner or admin")
    return team_id


async def visible(query: QuerySet[M], user: User, *, team_id: UUID | None, search: str | None) -> QuerySet[M]:
    """`query` narrowed to the caller's teams (all for an instance admin), one team, and a name search."""
    if not user.is_admin:
        teams = await TeamMember.filter(user=user, status=MemberStatus.MEMBER).values_list("team_id", flat=True)
        query = query.filter(team_id__in=list(teams))
    if team_id is not None:
        query = query.filter(team_id=team_id)
    if search:
        query = query.filter(name__icontains=search)
    return query


def name_taken(noun: str, name: str) -> str:
    return f"The team already has a {noun} named {name!r}"


async def check_name_free(model: type[Model], *, team_id: UUID, name: str, noun: str,
                          other_than: UUID | None = None) -> None:
    """409 naming `name` when another of the team's `model` rows has it (the unique index stays the last word)."""
    query = model.filter(team_id=team_id, name=name)
    if other_than is not None:
        query = query.exclude(id=other_than)
    if await query.exists():
        raise Conflict(name_taken(noun, name), code="taken", details={"field": "name"})
