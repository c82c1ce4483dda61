"""Shapes of the catalogue's answers: the app store (ours, after Cloudron's) and dyrector's templates."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.projects.schemas import ProjectName


class AppVersion(ApiModel):
    version: str
    date: str = Field(description="YYYY-MM-DD")
    notes: str


class AppStoreItem(ApiModel):
    id: str = Field(description="Reverse-DNS id: what an install names as appStoreId")
    title: str
    version: str = Field(description="The catalogue package's version")
    upstream_version: str = Field(description="The app's own version, as Debian 12 ships it")
    tagline: str
    description: str
    tags: list[str]
    website: str
    author: str
    addons: list[str] = Field(description="What the app needs: postgresql, mysql, redis, sendmail, localstorage")
    memory_limit: int = Field(description="MiB")
    icon_url: str


class AppStoreApp(ApiModel):
    id: str
    version: str
    manifest: dict[str, Any] = Field(description="The manifest (templates/manifest.schema.json)")
    versions: list[AppVersion] = Field(description="Newest first")
    icon_url: str


class AppStoreVersion(AppVersion):
    id: str
    current: bool = Field(description="Whether this is the version the catalogue installs")


class Template(ApiModel):
    """dyrector's `Template`."""

    id: str
    name: str
    description: str
    technologies: list[str] = Field(description="The app's tags and the databases it runs on")


TeamSlug = Annotated[str, StringConstraints(max_length=64)]


class TemplateProjectCreate(RequestModel):
    id: Annotated[str, StringConstraints(max_length=128)] = Field(description="The template's id")
    team_slug: TeamSlug | None = Field(default=None, description="Default: the caller's personal team")
    name: ProjectName
    description: Annotated[str, Field(max_length=2000)] | None = Field(
        default=None, description="Default: the template's description")
    type: Literal["versioned", "versionless"]


class TemplateAudit(ApiModel):
    created_at: datetime
    created_by: UUID | None
    updated_at: datetime
    updated_by: UUID | None


class TemplateProject(ApiModel):
    """dyrector's project as `POST /templates` answers it, with our project's team."""

    id: UUID
    name: str
    description: str
    type: Literal["versioned", "versionless"] = Field(
        description="As asked: Containr's projects do not keep dyrector's types yet")
    team_id: UUID
    audit: TemplateAudit
