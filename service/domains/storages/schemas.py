"""Shapes of storages (seed 001's storage, camelCase): keys are write-only, answered only as whether they are set."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel

StorageName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Description = Annotated[str, StringConstraints(max_length=2000)]
Icon = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
# Printable ASCII without spaces: a key is signed with and travels in environments, which take nothing else.
Key = Annotated[str, StringConstraints(min_length=1, max_length=256, pattern=r"^[\x21-\x7e]+$")]
# A bucket name as S3 takes it: 3 to 63 lower-case letters, digits, dots and hyphens.
_BUCKET = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
URL_HELP = ("The S3 endpoint and the bucket, path-style: https://s3.example.com/bucket (optionally /bucket/prefix); "
            "AWS: https://s3.<region>.amazonaws.com/bucket")


def check_url(value: str) -> str:
    """http(s)://host[:port]/bucket[/prefix], answered without a trailing slash."""
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https"):
        raise ValueError("must be an http:// or https:// URL such as https://s3.example.com/bucket")
    if not parts.hostname:
        raise ValueError("has no host name")
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError as exc:
        raise ValueError("has an invalid port") from exc
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError("must not hold a query, a fragment or credentials (the keys have fields of their own)")
    bucket = parts.path.strip("/").partition("/")[0]
    if not bucket:
        raise ValueError("must name the bucket as its path: https://s3.example.com/bucket")
    if not 3 <= len(bucket) <= 63 or not set(bucket) <= _BUCKET:
        raise ValueError(f"names bucket {bucket!r}: a bucket name is 3 to 63 lower-case letters, digits, dots "
                         "and hyphens")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


class _StorageFields(RequestModel):
    name: StorageName = Field(description="Unique in the team")
    description: Description = ""
    icon: Icon | None = None
    url: Annotated[str, StringConstraints(max_length=512)] = Field(description=URL_HELP)
    access_key: Key | None = Field(default=None, description="Write-only: sealed, never shown")
    secret_key: Key | None = Field(default=None, description="Write-only: sealed, never shown")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return check_url(value)


class StorageCreate(_StorageFields):
    team_id: UUID | None = Field(default=None, description="Default: the caller's personal team")


class StorageUpdate(_StorageFields):
    """The whole storage; a key left out is kept, a null one removed (both go: a bucket read without keys)."""


class StorageOut(ApiModel):
    id: UUID
    team_id: UUID
    name: str
    description: str
    icon: str | None
    url: str
    access_key_set: bool = Field(description="Whether an access key is stored; the key itself is never shown")
    secret_key_set: bool = Field(description="Whether a secret key is stored; the key itself is never shown")
    in_use: bool = Field(description="Whether a deployment's volume names the storage (then it cannot be deleted)")
    created_by: UUID | None
    created_at: datetime
    updated_at: datetime


class StorageOption(ApiModel):
    id: UUID
    name: str
