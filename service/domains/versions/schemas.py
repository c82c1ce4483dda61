"""Shapes of versions and their images (seed 001, camelCase; the seed's `audit` object as it writes it)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.versions.config import ImageConfig

VersionName = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")]
Changelog = Annotated[str, Field(max_length=10000)]
# `name[:tag]` as `docker pull` takes it (no registry host: the registry is named by registryId).
ImageRef = Annotated[str, StringConstraints(
    max_length=384,
    pattern=r"^[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$")]
Tag = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]


class Audit(ApiModel):
    created_at: datetime
    created_by: str | None = Field(description="The username of who made it")
    updated_at: datetime
    updated_by: str | None


class VersionCreate(RequestModel):
    name: VersionName
    type: Literal["incremental", "rolling"] = "incremental"
    changelog: Changelog = ""


class VersionUpdate(RequestModel):
    name: VersionName | None = None
    changelog: Changelog | None = None


class VersionIncrease(RequestModel):
    name: VersionName
    changelog: Changelog = ""


class VersionOut(ApiModel):
    id: UUID
    project_id: UUID
    name: str
    type: Literal["incremental", "rolling"]
    changelog: str
    default: bool
    increasable: bool = Field(description="Incremental and not increased yet")
    mutable: bool = Field(description="Its images may change: rolling, or not deployed yet")
    deletable: bool
    parent_id: UUID | None = Field(description="The version this one was increased from")
    images_count: int
    audit: Audit


class RegistrySummary(ApiModel):
    id: UUID
    name: str
    type: str


class ImageOut(ApiModel):
    id: UUID
    version_id: UUID
    name: str
    tag: str
    order: int
    registry: RegistrySummary
    config: ImageConfig
    created_at: datetime
    updated_at: datetime


class VersionDetail(VersionOut):
    images: list[ImageOut]


class ImagesAdd(RequestModel):
    registry_id: UUID
    images: Annotated[list[ImageRef], Field(min_length=1, max_length=50)]


class ImagePatch(RequestModel):
    tag: Tag | None = None
    config: ImageConfig | None = Field(default=None, description="The fields given replace the stored ones")
