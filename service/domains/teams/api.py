"""Teams and their members (dyrector's teams): owners and admins manage, members read and may leave."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import CurrentUser, PublicBase, SettingsBox
from service.core.audit import AuditTarget, note
from service.core.errors import Conflict, Forbidden
from service.core.schemas import error_responses
from service.domains.teams import membership as teams
from service.domains.teams.models import MemberStatus, Team, TeamMember, TeamRole
from service.domains.teams.schemas import (
    InviteRequest,
    MemberOut,
    TeamCreate,
    TeamDetail,
    TeamInviteOut,
    TeamOut,
    TeamRoleUpdate,
    TeamUpdate,
)

router = APIRouter(prefix="/teams", tags=["teams"])
NO_CONTENT = {"status_code": status.HTTP_204_NO_CONTENT, "response_class": Response}


def _out(team: Team, role: TeamRole | None) -> TeamOut:
    return TeamOut(id=team.id, name=team.name, slug=team.slug, personal=team.personal,
                   role=role.value if role else None, created_at=team.created_at)


async def _detail(team: Team, role: TeamRole | None) -> TeamDetail:
    members = await TeamMember.filter(team=team).order_by("created_at").prefetch_related("user")
    return TeamDetail(**_out(team, role).model_dump(), members=[MemberOut.of(m) for m in members])


@router.get("", response_model=list[TeamOut], responses=error_responses(401), summary="The caller's teams")
async def list_teams(user: CurrentUser) -> list[TeamOut]:
    memberships = await TeamMember.filter(user=user, status=MemberStatus.MEMBER).prefetch_related("team")
    return [_out(m.team, m.role) for m in sorted(memberships, key=lambda m: m.team.name.lower())]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TeamDetail,
             responses=error_responses(401, 409, 422), summary="Create a team; the caller owns it")
async def create_team(body: TeamCreate, user: CurrentUser) -> TeamDetail:
    return await _detail(await teams.create_team(user, name=body.name, slug=body.slug), TeamRole.OWNER)


@router.get("/{team_id}", response_model=TeamDetail, responses=error_responses(401, 404, 422),
            summary="A team with its members and pending invitations")
async def get_team(team_id: UUID, user: CurrentUser) -> TeamDetail:
    return await _detail(*await teams.visible_team(team_id, user))


@router.put("/{team_id}", response_model=TeamDetail, responses=error_responses(401, 403, 404, 409, 422),
            summary="Rename a team or change its slug")
async def update_team(team_id: UUID, body: TeamUpdate, user: CurrentUser) -> TeamDetail:
    team, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    return await _detail(await teams.change(team, name=body.name, slug=body.slug), role)


@router.delete("/{team_id}", **NO_CONTENT, responses=error_responses(401, 403, 404, 409, 422),
               summary="Delete a team (its owners only)")
async def delete_team(team_id: UUID, user: CurrentUser) -> Response:
    team, role = await teams.visible_team(team_id, user)
    note(AuditTarget.of("team", team))
    if role is not TeamRole.OWNER and not user.is_admin:
        raise Forbidden("Only a team owner may delete the team")
    if team.personal:
        raise Conflict("A personal team stays with its account", code="personal")
    # Guests would be left on the nodes with no one to remove them. Asked through the relations' names: the nodes
    # slice sits above this one.
    if await Team.filter(id=team.id, nodes__guests__id__isnull=False).exists():
        raise Conflict("The team's nodes still carry guests of Containr's; destroy them first", code="in_use")
    await team.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


async def _invited(member: TeamMember, team: Team, *, by: CurrentUser, box: SettingsBox,
                   base: str) -> TeamInviteOut:
    delivery = await teams.mail_invitation(box, member, team=team, by=by, base=base)
    return TeamInviteOut(**MemberOut.of(member).model_dump(), link=teams.invitation_link(base, team),
                         email_sent=delivery.sent, email_error=delivery.error)


@router.post("/{team_id}/users", status_code=status.HTTP_201_CREATED, response_model=TeamInviteOut,
             responses=error_responses(401, 403, 404, 409, 422), summary="Invite someone by email")
async def invite(team_id: UUID, body: InviteRequest, user: CurrentUser, box: SettingsBox,
                 base: PublicBase) -> TeamInviteOut:
    team, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    member = await teams.invite(team, email=str(body.email), role=TeamRole(body.role))
    note(AuditTarget.of("member", member))  # a membership (invited), not an account as `users` would say
    return await _invited(member, team, by=user, box=box, base=base)


@router.delete("/{team_id}/users/leave", **NO_CONTENT, responses=error_responses(401, 404, 409, 422),
               summary="Leave a team (not as its last owner)")
async def leave(team_id: UUID, user: CurrentUser) -> Response:
    team, role = await teams.visible_team(team_id, user)
    if role is None:
        raise Conflict("You are not a member of this team", code="not_member")
    await teams.remove(team, user.id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put("/{team_id}/users/{user_id}/role", response_model=MemberOut,
            responses=error_responses(401, 403, 404, 409, 422), summary="Change a member's team role")
async def set_role(team_id: UUID, user_id: UUID, body: TeamRoleUpdate, user: CurrentUser) -> MemberOut:
    team, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    actor_role = TeamRole.OWNER if user.is_admin else role
    member = await teams.set_role(team, user_id, TeamRole(body.role), actor_role=actor_role)
    return MemberOut.of(member)


@router.delete("/{team_id}/users/{user_id}", **NO_CONTENT, responses=error_responses(401, 403, 404, 409, 422),
               summary="Remove a member")
async def remove_member(team_id: UUID, user_id: UUID, user: CurrentUser) -> Response:
    team, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    await teams.remove(team, user_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/{team_id}/users/{member_id}/reinvite", response_model=TeamInviteOut,
             responses=error_responses(401, 403, 404, 422),
             summary="Renew a pending invitation (by member id) and send its email again")
async def reinvite(team_id: UUID, member_id: UUID, user: CurrentUser, box: SettingsBox,
                   base: PublicBase) -> TeamInviteOut:
    team, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    return await _invited(await teams.reinvite(team, member_id), team, by=user, box=box, base=base)


@router.delete("/{team_id}/users/{member_id}/invitation", **NO_CONTENT,
               responses=error_responses(401, 403, 404, 422),
               summary="Withdraw a pending invitation (by member id)")
async def withdraw_invitation(team_id: UUID, member_id: UUID, user: CurrentUser) -> Response:
    team, role = await teams.visible_team(team_id, user)
    teams.require_manager(role, user)
    await teams.withdraw(team, member_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
