"""Shapes of the instance's name, unstable-apps switch and default registry (seed 002's settings)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import EmailStr, Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel

# What GET answers instead of the registry password, as backup_config does; sent back, it keeps the stored one.
PLACEHOLDER = "\u25cf" * 8
# host[:port] with an optional http(s):// in front and an optional path (Docker's own serverAddress has one).
_SERVER = re.compile(r"^(https?://)?[A-Za-z0-9]([A-Za-z0-9.-]{0,252})(:[0-9]{1,5})?(/[A-Za-z0-9._/-]*)?$")


class NameSetting(ApiModel):
    name: str = Field(description="The instance's name, shown in emails and the dashboard")


class NameIn(RequestModel):
    # Length and characters are checked by identity.check_name, so both API and page answer the same 422.
    name: str = Field(max_length=1024, examples=["Containr"])


class UnstableApps(ApiModel):
    enabled: bool = Field(description="Whether catalogue apps marked unstable are listed and installable")


class UnstableAppsIn(RequestModel):
    enabled: bool


class AvatarSet(ApiModel):
    content_type: str = Field(description="image/png, image/jpeg or image/webp, recognised by content")
    etag: str


class RegistryConfigOut(ApiModel):
    server_address: str | None = Field(description="null: no default registry")
    username: str | None
    email: str | None
    password: str | None = Field(description="A placeholder when one is stored; never the password")


class RegistryConfigIn(RequestModel):
    server_address: str | None = Field(max_length=512, description="host[:port], with or without https://; "
                                                                   "empty or null forgets the setting")
    username: Annotated[str, StringConstraints(min_length=1, max_length=254)] | None = None
    email: EmailStr | None = None
    password: Annotated[str, StringConstraints(min_length=1, max_length=4096)] | None = Field(
        default=None, description="Write-only; the placeholder GET answers keeps the stored one")

    @field_validator("server_address")
    @classmethod
    def _server(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        value = value.strip()
        if not _SERVER.match(value):
            raise ValueError("must be a registry host[:port], optionally with https:// in front")
        return value
