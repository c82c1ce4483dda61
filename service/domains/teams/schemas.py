"""Shapes of teams, their members and the caller's own view (`/users/me`)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import EmailStr, Field, StringConstraints

from service.auth.schemas import UserOut
from service.core.schemas import ApiModel, RequestModel
from service.domains.teams.models import TeamMember

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,47}$")]
TeamName = Annotated[str, StringConstraints(min_length=1, max_length=100, strip_whitespace=True)]
Role = Literal["owner", "admin", "user"]


class TeamCreate(RequestModel):
    name: TeamName
    slug: Slug | None = None


class TeamUpdate(RequestModel):
    name: TeamName | None = None
    slug: Slug | None = None


class TeamOut(ApiModel):
    id: UUID
    name: str
    slug: str
    personal: bool
    role: Role | None = Field(description="The caller's role in the team; null for an instance admin outside it")
    created_at: datetime


class MemberOut(ApiModel):
    id: UUID
    user_id: UUID | None
    username: str | None = Field(description="The member's account; null for a pending invitation, which names "
                                             "an email and is bound to an account only when accepted")
    display_name: str | None = Field(description="The account's display name; null for a pending invitation")
    email: str
    role: Role
    status: Literal["member", "invited"]
    invited_at: datetime | None

    @classmethod
    def of(cls, member: TeamMember) -> MemberOut:
        """A membership with its account fetched (`prefetch_related("user")` for a list of them)."""
        user = member.user if member.user_id is not None else None
        return cls(id=member.id, user_id=member.user_id, username=user.username if user else None,
                   display_name=user.display_name if user else None, email=member.email, role=member.role.value,
                   status=member.status.value, invited_at=member.invited_at)


class TeamInviteOut(MemberOut):
    link: str = Field(description="Where the invitee accepts, once signed in with the invited email address")
    email_sent: bool = Field(description="Whether the invitation email went out")
    email_error: str | None = Field(description="Why no email went out (SMTP not configured, or the failure)")


class TeamDetail(TeamOut):
    members: list[MemberOut]


class InviteRequest(RequestModel):
    email: EmailStr
    role: Literal["admin", "user"] = "user"


class TeamRoleUpdate(RequestModel):
    role: Role


class MyTeam(ApiModel):
    id: UUID
    name: str
    slug: str
    role: Role


class MyInvitation(ApiModel):
    team_id: UUID
    team_name: str
    role: Role
    invited_at: datetime | None


class MeOut(UserOut):
    teams: list[MyTeam]
    invitations: list[MyInvitation]
