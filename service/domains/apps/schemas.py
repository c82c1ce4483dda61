"""The apps API's shapes: Cloudron's App (seed 002) with Containr's own fields, and the install and change
requests."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import Field, StringConstraints, model_validator

from service.core.schemas import ApiModel, RequestModel

Location = Annotated[str, StringConstraints(max_length=190, pattern=r"^[A-Za-z0-9.-]*$")]
DomainName = Annotated[str, StringConstraints(min_length=1, max_length=253)]
Label = Annotated[str, StringConstraints(max_length=128)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")]
MIB = 1024 * 1024


class AccessRestriction(RequestModel):
    users: list[UUID] = Field(default_factory=list, max_length=500)
    groups: list[UUID] = Field(default_factory=list, max_length=500)


class AppInstall(RequestModel):
    app_store_id: str | None = Field(default=None, max_length=128, description="An app of the catalogue "
                                     "(GET /api/v1/appstore/apps); or give `manifest`", examples=["org.wordpress"])
    manifest: dict[str, Any] | None = Field(default=None, description="A manifest of its own (the catalogue's "
                                            "schema), naming a role under roles/ that installs it")
    location: Location = Field(default="", description="The name on the domain (blog for blog.example.com); "
                                                       "empty: the domain itself")
    domain: DomainName = Field(description="One of the instance's domains (GET /api/v1/domains)")
    access_restriction: AccessRestriction | None = Field(
        default=None, description="null: public; else only these users and groups' members get through the edge, "
                                  "after signing in with their Containr account")
    port_bindings: dict[str, int] = Field(default_factory=dict, description="Kept with the app (Cloudron's); "
                                                                           "only its http port is routed")
    memory_limit: int | None = Field(default=None, ge=64 * MIB, le=1024 * 1024 * MIB,
                                     description="Bytes (Cloudron's); at least the manifest's minimum; default: "
                                                 "the larger of that and 512 MiB")
    settings: dict[str, Any] = Field(default_factory=dict, description="The manifest's settings by name")
    addon_choices: dict[str, str] = Field(default_factory=dict, description="An addon the manifest lets swap for "
                                          "another: {\"mysql\": \"postgresql\"}")
    project_id: UUID | None = Field(default=None, description="Default: the caller's own `apps` project")
    environment_id: UUID | None = Field(default=None, description="Default: the project's default environment")
    node_id: UUID | None = Field(default=None, description="Default: the project's default node, else the "
                                                           "team's only online node")
    label: Label = ""
    tags: list[Tag] = Field(default_factory=list, max_length=32)

    @model_validator(mode="after")
    def _one_source(self) -> AppInstall:
        if (self.app_store_id is None) == (self.manifest is None):
            raise ValueError("give appStoreId or manifest, exactly one of them")
        return self


class AppConfigure(RequestModel):
    location: Location | None = None
    domain: DomainName | None = None
    access_restriction: AccessRestriction | None = Field(default=None, description="Sent as null: public")
    memory_limit: int | None = Field(default=None, ge=64 * MIB, le=1024 * 1024 * MIB, description="Bytes")
    settings: dict[str, Any] | None = Field(default=None, description="The manifest's settings to change")
    label: Label | None = None
    tags: list[Tag] | None = Field(default=None, max_length=32)


class AppUpdate(RequestModel):
    app_store_version: str | None = Field(default=None, max_length=64, description="The catalogue's version to "
                                          "update to (default: its newest, which must be newer than the app's)")


class AppUninstall(RequestModel):
    keep_databases: bool = Field(default=False, description="Keep the addon databases (they stay under "
                                                            "/databases, owned by no app)")


class AppDatabase(ApiModel):
    addon: str
    id: UUID
    name: str
    status: str


class AppError(ApiModel):
    message: str
    code: str
    task_id: int | None = None
    step: str | None = Field(default=None, description="The playbook task that failed")


class AppOut(ApiModel):
    id: UUID
    app_store_id: str
    installation_state: Literal["pending_install", "installed", "pending_configure", "pending_uninstall",
                                "pending_restore", "pending_clone", "pending_update", "pending_backup",
                                "pending_restart", "pending_start", "pending_stop", "error"]
    run_state: Literal["running", "stopped"]
    health: Literal["healthy", "unhealthy", "not_responding"] | None
    task_id: int | None
    location: str
    domain: str
    fqdn: str
    url: str
    manifest: dict[str, Any]
    version: str
    port_bindings: dict[str, Any]
    access_restriction: dict[str, list[str]] | None
    memory_limit: int = Field(description="Bytes")
    icon_url: str | None = Field(description="The catalogue's icon; null for an app of an inline manifest")
    label: str
    tags: list[str]
    error: AppError | None
    settings: dict[str, Any] = Field(description="The manifest's settings but the secret ones")
    admin_user: str | None = Field(description="The admin account the install made (its password was shown once)")
    databases: list[AppDatabase]
    project_id: UUID | None
    environment_id: UUID | None
    node_id: UUID
    host: str | None = Field(description="The guest's address")
    vmid: int | None
    creation_time: datetime
    ts: datetime = Field(description="When the app last changed")


class AppInstalled(AppOut):
    task_id: int  # type: ignore[assignment]
    admin_password: str | None = Field(description="Shown this once: the admin account's generated password")


class AppChanged(AppOut):
    task_id: int | None = Field(description="The run that applies the change; null when nothing changed")


class AppLogs(ApiModel):
    lines: list[str]
