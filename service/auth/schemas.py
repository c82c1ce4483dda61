"""Shapes of registration, login, the caller's profile, account administration and API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import EmailStr, Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel

Username = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,63}$")]
Password = Annotated[str, Field(min_length=8, max_length=256)]
InviteToken = Annotated[str, Field(max_length=128, description="A project invitation made out to this email: "
                                                               "registers even when registration is closed")]
DisplayName = Annotated[str, StringConstraints(min_length=1, max_length=128, strip_whitespace=True)]


class RegisterRequest(RequestModel):
    username: Username
    email: EmailStr
    password: Password
    display_name: DisplayName | None = None
    invite_token: InviteToken | None = None


class LoginRequest(RequestModel):
    username: Annotated[str, Field(min_length=1, max_length=254, description="Username or email")]
    password: Annotated[str, Field(min_length=1, max_length=256)]


class ProfileUpdate(RequestModel):
    display_name: DisplayName | None = None
    email: EmailStr | None = None
    password: Password | None = None
    current_password: Annotated[str, Field(max_length=256)] | None = None


class ProfileReplace(RequestModel):
    """Seed 000's form of a profile change: `name` is the display name."""

    name: DisplayName | None = None
    email: EmailStr | None = None
    current_password: Annotated[str, Field(max_length=256)] | None = None


class UserOut(ApiModel):
    id: UUID
    username: str
    email: str
    display_name: str
    role: Literal["owner", "admin", "user"]
    active: bool
    created_at: datetime
    updated_at: datetime


class TokenOut(ApiModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    user: UserOut


class UserCreate(RequestModel):
    username: Username
    email: EmailStr
    password: Password
    display_name: DisplayName | None = None
    role: Literal["admin", "user"] = "user"


class UserUpdate(RequestModel):
    display_name: DisplayName | None = None
    email: EmailStr | None = None


class RoleUpdate(RequestModel):
    role: Literal["owner", "admin", "user"]


class ActiveUpdate(RequestModel):
    active: bool


class PasswordSet(RequestModel):
    password: Password


class TokenCreate(RequestModel):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    expiration_in_days: Literal[30, 60, 90, 365] | None = None


class ApiTokenOut(ApiModel):
    id: UUID
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None


class ApiTokenCreated(ApiTokenOut):
    token: str = Field(description="The token itself: shown this once, never again")


class GroupCreate(RequestModel):
    name: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")]
    description: Annotated[str, Field(max_length=255)] = ""


class GroupUpdate(RequestModel):
    name: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")] | None = None
    description: Annotated[str, Field(max_length=255)] | None = None


class GroupMembers(RequestModel):
    user_ids: Annotated[list[UUID], Field(max_length=1000)]


class GroupOut(ApiModel):
    id: UUID
    name: str
    description: str
    user_ids: list[UUID]
    created_at: datetime
    updated_at: datetime
