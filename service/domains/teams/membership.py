"""Teams and their members: who may see and change a team, invitations, and the last owner's protection."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from uuid import UUID

from tortoise.transactions import in_transaction

from service.auth.models import User
from service.core import smtp as mail
from service.core.errors import Conflict, Forbidden, NotFound, taken_on_duplicate
from service.core.secrets import SecretBox
from service.domains.teams.models import MemberStatus, Team, TeamMember, TeamRole

MANAGERS = (TeamRole.OWNER, TeamRole.ADMIN)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:48] or "team"


async def free_slug(base: str) -> str:
    slug = slugify(base)
    while await Team.filter(slug=slug).exists():
        slug = f"{slugify(base)[:40]}-{secrets.token_hex(3)}"
    return slug


async def create_team(user: User, *, name: str, slug: str | None = None, personal: bool = False) -> Team:
    if slug is not None and await Team.filter(slug=slug).exists():
        raise Conflict(f"The slug {slug!r} is taken", code="taken", details={"field": "slug"})
    slug = slug or await free_slug(name)
    with taken_on_duplicate(f"The slug {slug!r} is taken", field="slug"):
        async with in_transaction():
            team = await Team.create(name=name, slug=slug, personal=personal)
            await TeamMember.create(team=team, user=user, email=user.email, role=TeamRole.OWNER)
    return team


async def change(team: Team, *, name: str | None, slug: str | None) -> Team:
    """Rename a team or change its slug; a slug another team has is 409."""
    if slug is not None and slug != team.slug:
        if await Team.filter(slug=slug).exists():
            raise Conflict(f"The slug {slug!r} is taken", code="taken", details={"field": "slug"})
        team.slug = slug
    if name is not None:
        team.name = name
    with taken_on_duplicate(f"The slug {team.slug!r} is taken", field="slug"):
        await team.save()
    return team


async def membership(team: Team, user: User) -> TeamMember | None:
    return await TeamMember.get_or_none(team=team, user=user, status=MemberStatus.MEMBER)


async def visible_team(team_id: UUID, user: User) -> tuple[Team, TeamRole | None]:
    """A team the caller belongs to (instance admins see every team); others are not found."""
    team = await Team.get_or_none(id=team_id)
    member = await membership(team, user) if team else None
    if team is None or (member is None and not user.is_admin):
        raise NotFound(f"No team {team_id}")
    return team, member.role if member else None


def require_manager(role: TeamRole | None, user: User) -> None:
    if role not in MANAGERS and not user.is_admin:
        raise Forbidden("This needs a team owner or admin")


async def _owners(team: Team) -> int:
    return await TeamMember.filter(team=team, role=TeamRole.OWNER, status=MemberStatus.MEMBER).count()


async def _member(team: Team, user_id: UUID) -> TeamMember:
    member = await TeamMember.get_or_none(team=team, user_id=user_id).prefetch_related("user")
    if member is None:
        raise NotFound(f"No member {user_id} in this team")
    return member


async def invite(team: Team, *, email: str, role: TeamRole) -> TeamMember:
    email = email.lower()
    existing = await TeamMember.get_or_none(team=team, email=email)
    if existing is not None:
        raise Conflict(f"{email} is already {'invited to' if existing.status == MemberStatus.INVITED else 'in'} "
                       "this team", code="taken", details={"field": "email"})
    # The account, if there is one, is bound only when its holder accepts.
    with taken_on_duplicate(f"{email} is already invited to this team", field="email"):
        return await TeamMember.create(team=team, email=email, role=role, status=MemberStatus.INVITED,
                                       invited_at=datetime.now(UTC))


def invitation_link(base: str, team: Team) -> str:
    return f"{base}/api/v1/users/me/invitations/{team.id}"


async def mail_invitation(box: SecretBox, member: TeamMember, *, team: Team, by: User, base: str) -> mail.Delivery:
    return await mail.send_invitation(
        box, to=member.email, inviter=by.display_name or by.username, place=f"the team {team.name}",
        role=member.role.value, link=invitation_link(base, team),
        how="Sign in (or ask for an account) with this email address, then accept with POST to:")


async def reinvite(team: Team, member_id: UUID) -> TeamMember:
    member = await TeamMember.get_or_none(team=team, id=member_id, status=MemberStatus.INVITED)
    if member is None:
        raise NotFound(f"No pending invitation {member_id} in this team")
    member.invited_at = datetime.now(UTC)
    await member.save()
    return member


async def withdraw(team: Team, member_id: UUID) -> None:
    """Take back a pending invitation; an accepted membership is removed as a member, not here."""
    deleted = await TeamMember.filter(team=team, id=member_id, status=MemberStatus.INVITED).delete()
    if not deleted:
        raise NotFound(f"No pending invitation {member_id} in this team")


async def set_role(team: Team, user_id: UUID, role: TeamRole, *, actor_role: TeamRole | None) -> TeamMember:
    member = await _member(team, user_id)
    if TeamRole.OWNER in (role, member.role) and actor_role is not TeamRole.OWNER:
        raise Forbidden("Only a team owner may make or unmake owners")
    if member.role is TeamRole.OWNER and role is not TeamRole.OWNER and await _owners(team) <= 1:
        raise Conflict("The last owner of a team cannot be demoted", code="last_owner")
    member.role = role
    await member.save()
    return member


async def remove(team: Team, user_id: UUID) -> None:
    member = await _member(team, user_id)
    if member.role is TeamRole.OWNER and await _owners(team) <= 1:
        raise Conflict("The last owner of a team cannot leave or be removed", code="last_owner")
    await member.delete()


async def pending_invitations(user: User) -> list[TeamMember]:
    return await TeamMember.filter(email=user.email, status=MemberStatus.INVITED).prefetch_related("team")


async def answer_invitation(user: User, team_id: UUID, *, accept: bool) -> TeamMember | None:
    member = await TeamMember.get_or_none(team_id=team_id, email=user.email, status=MemberStatus.INVITED)
    if member is None:
        raise NotFound(f"No invitation to team {team_id}")
    if not accept:
        await member.delete()
        return None
    # Already in the team under the address the account had before: the invitation adds nothing.
    existing = await TeamMember.get_or_none(team_id=team_id, user=user, status=MemberStatus.MEMBER)
    if existing is not None:
        await member.delete()
        return existing
    member.user = user
    member.status = MemberStatus.MEMBER
    await member.save()
    return member
