"""Project invitations (seed 003): a random token, stored hashed, used once, valid for seven days."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from uuid import UUID

from tortoise.transactions import in_transaction

from service.errors import Conflict, NotFound
from service.models import Project, ProjectInvite, ProjectMember, ProjectRole, User
from service.projects import RANK

VALIDITY = timedelta(days=7)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create(project: Project, *, email: str, role: ProjectRole, by: User) -> tuple[ProjectInvite, str]:
    token = secrets.token_urlsafe(32)
    invite = await ProjectInvite.create(project=project, email=email.lower(), role=role, token_hash=_digest(token),
                                        invited_by=by, expires_at=datetime.now(UTC) + VALIDITY)
    return invite, token


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
