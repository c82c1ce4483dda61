"""The caller's own view (dyrector's users/me): profile, teams with roles, pending invitations."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status
from tortoise.transactions import in_transaction

from service.api.deps import CurrentUser
from service.auth.models import User
from service.auth.schemas import UserOut
from service.core.schemas import error_responses
from service.domains.events import outbox
from service.domains.teams import membership as teams
from service.domains.teams.models import MemberStatus, TeamMember
from service.domains.teams.schemas import MeOut, MyInvitation, MyTeam

router = APIRouter(prefix="/users/me", tags=["profile"])


async def _me(user: User) -> MeOut:
    memberships = await TeamMember.filter(user=user, status=MemberStatus.MEMBER).prefetch_related("team")
    invitations = await teams.pending_invitations(user)
    return MeOut(**UserOut.model_validate(user).model_dump(),
                 teams=[MyTeam(id=m.team.id, name=m.team.name, slug=m.team.slug, role=m.role.value)
                        for m in memberships],
                 invitations=[MyInvitation(team_id=i.team.id, team_name=i.team.name, role=i.role.value,
                                           invited_at=i.invited_at) for i in invitations])


@router.get("", response_model=MeOut, responses=error_responses(401), summary="Me, my teams and invitations")
async def me(user: CurrentUser) -> MeOut:
    return await _me(user)


@router.post("/invitations/{team_id}", response_model=MeOut, responses=error_responses(401, 404, 422),
             summary="Accept an invitation to a team")
async def accept(team_id: UUID, user: CurrentUser) -> MeOut:
    # The membership and its user.joined event are committed together (the queries in the block use its
    # connection); accepting while already a member under another address joins nobody.
    async with in_transaction() as conn:
        was_member = await TeamMember.exists(team_id=team_id, user=user, status=MemberStatus.MEMBER)
        member = await teams.answer_invitation(user, team_id, accept=True)
        if member is not None and not was_member:
            await outbox.record("user.joined", team_id=team_id, kind="user", resource_id=user.id,
                                name=user.username, data={"role": member.role.value}, connection=conn)
    return await _me(user)


@router.delete("/invitations/{team_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=error_responses(401, 404, 422), summary="Decline an invitation to a team")
async def decline(team_id: UUID, user: CurrentUser) -> Response:
    await teams.answer_invitation(user, team_id, accept=False)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
