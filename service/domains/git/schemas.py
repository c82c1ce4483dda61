"""Shapes of git providers and of the repositories they list (seed 000's GitProvider and GitRepository, camelCase)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel
from service.domains.git.models import GitProviderType

ProviderName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
# Printable ASCII without spaces: it travels in an HTTP header, which takes nothing else.
AccessToken = Annotated[str, StringConstraints(min_length=1, max_length=1024, pattern=r"^[\x21-\x7e]+$")]


def check_base_url(value: str) -> str:
    """http(s)://host[:port][/path]: the API's base, answered without a trailing slash."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https"):
        raise ValueError("must be an http:// or https:// URL such as https://gitlab.example.com")
    if not parts.hostname:
        raise ValueError("has no host name")
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError as exc:
        raise ValueError("has an invalid port") from exc
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError("must not hold a query, a fragment or credentials")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class GitProviderCreate(RequestModel):
    type: GitProviderType
    name: ProviderName | None = Field(default=None, description="Unique in the team; default: the type")
    access_token: AccessToken = Field(description="Write-only: checked with the provider, sealed, never shown")
    url: Annotated[str, StringConstraints(max_length=512)] | None = Field(
        default=None, description="The API's base: required for Gitea and self-hosted GitLab (https://git.example."
                                  "com); GitHub Enterprise is https://host/api/v3. Default: api.github.com, "
                                  "gitlab.com, api.bitbucket.org/2.0")
    team_id: UUID | None = Field(default=None, description="Default: the caller's personal team")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return check_base_url(value) if value is not None else None


class GitProviderOut(ApiModel):
    id: UUID
    team_id: UUID
    type: GitProviderType
    name: str
    url: str = Field(description="The API's base the provider is reached at")
    account: str = Field(description="The login the token belongs to")
    created_by: UUID | None
    created_at: datetime
    updated_at: datetime


class GitRepositoryOut(ApiModel):
    id: str
    name: str
    full_name: str
    description: str | None
    private: bool
    default_branch: str | None
    clone_url: str = Field(description="The HTTPS clone URL, without credentials")
    web_url: str | None
    updated_at: datetime | None


class RepositoryPage(ApiModel):
    items: list[GitRepositoryOut]
    total: int | None = Field(description="As the provider reports it; null when it does not tell")
    page: int
    per_page: int = Field(description="The page size used (Gitea answers at most 50)")
    has_more: bool = Field(description="Whether the provider has a next page")
