"""Project invitations (seed 003): a random token, stored hashed, used once, valid for seven days."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from uuid import UUID

from tortoise.transactions import in_transaction

from service.auth.models import User
from service.core import smtp as mail
from service.core.errors import Conflict, NotFound
from service.core.secrets import SecretBox
from service.domains.projects.access import RANK
from service.domains.projects.models import Project, ProjectInvite, ProjectMember, ProjectRole

VALIDITY = timedelta(days=7)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create(project: Project, *, email: str, role: ProjectRole, by: User) -> tuple[ProjectInvite, str]:
    token = secrets.token_urlsafe(32)
    invite = await ProjectInvite.create(project=project, email=email.lower(), role=role, token_hash=_digest(token),
                                        invited_by=by, expires_at=datetime.now(UTC) + VALIDITY)
    return invite, token


def link(base: str, token: str) -> str:
    """The dashboard's page for the invitation: it shows the project and accepts it once signed in."""
    return f"{base}/invites/{token}"


async def invite(project: Project, *, email: str, role: ProjectRole, by: User, box: SecretBox,
                 base: str) -> tuple[ProjectInvite, str, mail.Delivery]:
    """Record the invitation, then email its link when SMTP is set up; a failed send keeps the invitation,
    whose link the caller also gets in the answer."""
    await ensure_not_member(project, email)
    invite, token = await create(project, email=email, role=role, by=by)
    delivery = await mail.send_invitation(
        box, to=invite.email, inviter=by.display_name or by.username,
        place=f"the project {project.display_name or project.name}", role=role.value, link=link(base, token),
        how="Open the link to see the invitation; accept it with POST while signed in, or register an account "
            "with it as inviteToken (this works even when registration is closed).")
    return invite, token, delivery


async def by_token(token: str) -> ProjectInvite:
    """A valid invitation; an unknown, used or expired token is simply not found."""
    invite = await ProjectInvite.get_or_none(token_hash=_digest(token)).prefetch_related("project")
    if invite is None or invite.expires_at <= datetime.now(UTC):
        raise NotFound("No such invitation, or it has expired")
    return invite


async def accept(invite: ProjectInvite, user: User) -> ProjectMember:
    """Make the user a member with the invited role (a stronger role they have stays); the token is spent."""
    async with in_transaction():
        await invite.delete()
        member = await ProjectMember.get_or_none(project_id=invite.project_id, user=user)
        if member is None:
            return await ProjectMember.create(project_id=invite.project_id, user=user, role=invite.role)
    if RANK[invite.role] > RANK[member.role]:
        member.role = invite.role
        await member.save()
    return member


async def for_user(user: User) -> list[ProjectInvite]:
    return await ProjectInvite.filter(email=user.email, expires_at__gt=datetime.now(UTC)).prefetch_related("project")


async def revoke(project: Project, invite_id: UUID) -> None:
    deleted = await ProjectInvite.filter(project=project, id=invite_id).delete()
    if not deleted:
        raise NotFound(f"No invitation {invite_id} in this project")


async def ensure_not_member(project: Project, email: str) -> None:
    if await ProjectMember.exists(project=project, user__email=email.lower()):
        raise Conflict(f"{email} is already a member of this project", code="taken", details={"field": "email"})
