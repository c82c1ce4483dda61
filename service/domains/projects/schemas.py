"""Shapes of projects, their members and environments (seeds 000 and 003 in camelCase)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import EmailStr, Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.projects.models import ProjectMember

ProjectName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]
DisplayText = Annotated[str, StringConstraints(max_length=128, strip_whitespace=True)]


class ProjectCreate(RequestModel):
    name: ProjectName
    team_id: UUID | None = Field(default=None, description="Default: the caller's personal team")
    display_name: DisplayText | None = None
    description: Annotated[str, Field(max_length=2000)] = ""
    color: Color | None = None
    single_server_mode: bool = False
    default_node_id: UUID | None = Field(default=None, description="Where its databases go unless told otherwise")
    type: Literal["versioned", "versionless"] = Field(
        default="versioned", description="Dyrector's kinds: versions of images, or one rolling set of images")


class ProjectUpdate(RequestModel):
    name: ProjectName | None = None
    display_name: DisplayText | None = None
    description: Annotated[str, Field(max_length=2000)] | None = None
    color: Color | None = None
    single_server_mode: bool | None = None
    default_node_id: UUID | None = Field(default=None, description="One of the team's nodes")


class ProjectOut(ApiModel):
    id: UUID
    team_id: UUID
    name: str
    display_name: str
    description: str
    color: str | None
    icon: str | None = None
    default_node_id: UUID | None
    single_server_mode: bool
    type: Literal["versioned", "versionless"] = "versioned"
    services_count: int = 0
    owner_id: UUID | None
    role: Literal["owner", "admin", "member", "viewer"] = Field(description="The caller's effective role")
    created_at: datetime
    updated_at: datetime


class ProjectMemberCreate(RequestModel):
    user_id: UUID | None = None
    group_id: UUID | None = None
    role: Literal["admin", "member", "viewer"]


class ProjectMemberUpdate(RequestModel):
    role: Literal["admin", "member", "viewer"]


class ProjectMemberOut(ApiModel):
    id: UUID
    project_id: UUID
    user_id: UUID | None
    username: str | None = Field(description="The member's account; null for a group")
    display_name: str | None = Field(description="The account's display name; null for a group")
    email: str | None = Field(description="The account's email address; null for a group")
    group_id: UUID | None
    group_name: str | None = Field(description="The group's name; null for an account")
    role: Literal["owner", "admin", "member", "viewer"]
    created_at: datetime

    @classmethod
    def of(cls, member: ProjectMember) -> ProjectMemberOut:
        """A membership with its account or group fetched (`prefetch_related("user", "group")` for a list)."""
        user = member.user if member.user_id is not None else None
        group = member.group if member.group_id is not None else None
        return cls(id=member.id, project_id=member.project_id, user_id=member.user_id,
                   username=user.username if user else None, display_name=user.display_name if user else None,
                   email=user.email if user else None, group_id=member.group_id,
                   group_name=group.name if group else None, role=member.role.value, created_at=member.created_at)


class TransferRequest(RequestModel):
    new_owner_id: UUID


class EnvironmentOut(ApiModel):
    id: UUID
    project_id: UUID
    name: str
    display_name: str
    type: Literal["production", "staging", "development", "preview"]
    description: str
    color: str | None
    git_branch: str | None
    is_default: bool
    created_at: datetime
    updated_at: datetime


EnvName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]
EnvType = Literal["production", "staging", "development", "preview"]


class EnvironmentCreate(RequestModel):
    name: EnvName
    display_name: DisplayText | None = None
    type: EnvType = "development"
    description: Annotated[str, Field(max_length=2000)] = ""
    color: Color | None = None
    git_branch: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._/-]{1,255}$")] | None = None


class EnvironmentUpdate(RequestModel):
    name: EnvName | None = None
    display_name: DisplayText | None = None
    type: EnvType | None = None
    description: Annotated[str, Field(max_length=2000)] | None = None
    color: Color | None = None
    git_branch: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._/-]{1,255}$")] | None = None


class EnvironmentClone(RequestModel):
    name: EnvName
    type: EnvType = "development"
    description: Annotated[str, Field(max_length=2000)] = ""


class Variable(ApiModel):
    key: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,127}$")]
    # No NUL: the value becomes an environment variable, which cannot hold one.
    value: Annotated[str, Field(max_length=65536, pattern=r"^[^\x00]*$")] | None = Field(
        default=None, description="Null for a secret: never shown; sent as null, the stored value is kept")
    secret: bool = False


class Variables(ApiModel):
    variables: Annotated[list[Variable], Field(max_length=500)]


class InviteCreate(RequestModel):
    email: EmailStr
    role: Literal["admin", "member", "viewer"] = "member"


class InviteOut(ApiModel):
    id: UUID
    email: str
    role: Literal["admin", "member", "viewer"]
    created_at: datetime
    expires_at: datetime


class InviteCreated(InviteOut):
    token: str = Field(description="Shown once: the invitee's key to accept")
    link: str = Field(description="URL of the public invitation, also sent by email when SMTP is configured")
    email_sent: bool = Field(description="Whether the invitation email went out")
    email_error: str | None = Field(description="Why no email went out (SMTP not configured, or the failure)")


class InvitePublic(ApiModel):
    project_name: str
    role: Literal["admin", "member", "viewer"]
    expires_at: datetime


class MyProjectInvite(ApiModel):
    id: UUID
    project_id: UUID
    project_name: str
    role: Literal["admin", "member", "viewer"]
    expires_at: datetime
