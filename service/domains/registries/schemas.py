"""Shapes of registries (seed 001's Registry with its type's `details`, camelCase) and of the images and tags a
registry lists. The token is write-only: an answer says only whether there is one (`hasToken`)."""

from __future__ import annotations

import ssl
from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel
from service.domains.registries.models import RegistryType

RegistryName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Icon = Annotated[str, StringConstraints(max_length=64, pattern=r"^[A-Za-z0-9_-]*$")]
# Printable ASCII without spaces: user and token travel in an HTTP header, which takes nothing else (a Google JSON
# key is the exception: it has spaces and newlines, and goes base64-encoded in Basic auth all the same).
User = Annotated[str, StringConstraints(max_length=255, pattern=r"^[\x21-\x7e]*$")]
Token = Annotated[str, StringConstraints(max_length=16384)]
# A repository path in the registry's namespace: lowercase components separated by slashes (distribution spec).
Prefix = Annotated[str, StringConstraints(strip_whitespace=True, max_length=255,
                                          pattern=r"^([a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*)?$")]


def check_registry_url(value: str) -> str:
    """https://host[:port] (a bare host is taken as https://host); http only for a registry on loopback."""
    text = value.strip()
    if "://" not in text:
        text = f"https://{text}"
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https"):
        raise ValueError("must be an https:// URL such as https://registry.example.com:5000")
    if not parts.hostname:
        raise ValueError("has no host name")
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError as exc:
        raise ValueError("has an invalid port") from exc
    if parts.path not in ("", "/", "/v2", "/v2/") or parts.query or parts.fragment or parts.username \
            or parts.password:
        raise ValueError("must name only the registry's host and port, e.g. https://registry.example.com:5000")
    return f"{parts.scheme}://{parts.netloc}"


class RegistryDetails(RequestModel):
    """The type's details; which it needs: v2 and unchecked `url` (user and token for a private one), hub and
    group `imageNamePrefix`, github `imageNamePrefix`, `user`, `token`, gitlab the same (and `url` for a
    self-hosted one), google `url` (the region host), `imageNamePrefix` (the project) and `token`."""

    url: Annotated[str, StringConstraints(max_length=512)] | None = Field(
        default=None, description="The registry's address, https://host[:port]; filled in for hub, github, gitlab")
    user: User | None = None
    token: Token | None = Field(default=None, description="Write-only: checked, sealed, never shown; kept when "
                                                          "a change omits it, removed by an empty one")
    image_name_prefix: Prefix | None = Field(default=None, description="The organisation, user or project")
    api_url: Annotated[str, StringConstraints(max_length=512)] | None = Field(
        default=None, description="gitlab: the self-hosted GitLab's address")
    namespace: Annotated[str, StringConstraints(pattern=r"^(group|project)$")] | None = Field(
        default=None, description="gitlab: whether imageNamePrefix is a group or a project")
    ca_bundle: Annotated[str, StringConstraints(max_length=65536)] | None = Field(
        default=None, description="PEM certificates to trust for a self-signed registry")

    @field_validator("url", "api_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return check_registry_url(value) if value else None

    @field_validator("ca_bundle")
    @classmethod
    def _pem(cls, value: str | None) -> str | None:
        if not value or not value.strip():
            return None
        if "-----BEGIN CERTIFICATE-----" not in value:
            raise ValueError("must be PEM certificates (-----BEGIN CERTIFICATE-----)")
        try:
            ssl.create_default_context().load_verify_locations(cadata=value)
        except (ssl.SSLError, ValueError) as exc:
            raise ValueError(f"holds no certificate Containr can read ({exc})") from exc
        return value.strip() + "\n"


class RegistryCreate(RequestModel):
    team_id: UUID | None = Field(default=None, description="The team (default: the caller's personal team)")
    name: RegistryName
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    icon: Icon | None = None
    type: RegistryType
    details: RegistryDetails = Field(default_factory=RegistryDetails)


class RegistryUpdate(RequestModel):
    name: RegistryName
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    icon: Icon | None = None
    type: RegistryType
    details: RegistryDetails = Field(default_factory=RegistryDetails)


class RegistryDetailsOut(ApiModel):
    url: str
    user: str
    has_token: bool
    image_name_prefix: str
    api_url: str | None = None
    namespace: str | None = None
    ca_bundle: str | None = None  # a CA certificate is public: shown so that it can be checked


class RegistryOut(ApiModel):
    id: UUID
    team_id: UUID
    type: RegistryType
    name: str
    description: str
    icon: str | None
    url: str
    image_name_prefix: str
    details: RegistryDetailsOut
    in_use: bool
    used_by: list[str] = Field(default_factory=list, description="What uses the registry (a version's images)")
    created_by: UUID | None
    created_at: datetime
    updated_at: datetime


class ImageOut(ApiModel):
    name: str = Field(description="The repository's path in the registry, e.g. containr/hello")


class ImageTags(ApiModel):
    name: str
    reference: str = Field(description="What a pull names, without the tag: host[:port]/path")
    tags: list[str]
