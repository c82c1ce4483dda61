"""Shapes of the instance settings."""

from typing import Annotated, Literal

from pydantic import EmailStr, Field, StringConstraints

from service.schemas.common import ApiModel, RequestModel


class RegistrationSetting(ApiModel):
    registration: Literal["open", "closed"]


class RegistrationUpdate(RequestModel):
    registration: Literal["open", "closed"]


# A host name, an IPv4 address or a bare IPv6 address.
Hostname = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9.:-]{0,252}$")]


class SmtpSetting(ApiModel):
    configured: bool = Field(description="Whether invitations are sent by email")
    host: str | None
    port: int
    tls: Literal["none", "starttls", "tls"]
    username: str | None
    password_set: bool = Field(description="Whether a password is stored; the password itself is never shown")
    from_address: str | None


class SmtpUpdate(RequestModel):
    host: Hostname | None = Field(description="The SMTP server; null turns mail off")
    port: Annotated[int, Field(ge=1, le=65535)] = 587
    tls: Literal["none", "starttls", "tls"] = "starttls"
    username: Annotated[str, StringConstraints(min_length=1, max_length=254)] | None = None
    password: Annotated[str, StringConstraints(min_length=1, max_length=1024)] | None = Field(
        default=None, description="Write-only. Left out: the stored password is kept; null: none is used")
    from_address: EmailStr | None = None
