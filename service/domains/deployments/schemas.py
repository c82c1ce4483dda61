"""Shapes of deployments, their instances, event log and token (seed 001, camelCase, its summaries as it writes
them)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID, uuid4

from pydantic import Field, StringConstraints

from service.core.schemas import ApiModel, RequestModel
from service.domains.versions.config import EnvKey, Text

# The prefix starts each container's hostname: `<prefix>-<image name>`.
Prefix = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,28}[a-z0-9]$|^[a-z]$")]
Note = Annotated[str, Field(max_length=10000)]
Status = Literal["preparing", "in_progress", "successful", "failed", "obsolete", "downgraded"]


class Variable(RequestModel):
    id: UUID = Field(default_factory=uuid4)
    key: EnvKey
    value: Text = ""


class DeploymentCreate(RequestModel):
    version_id: UUID
    node_id: UUID
    prefix: Prefix
    note: Note = ""


class DeploymentUpdate(RequestModel):
    note: Note | None = None
    prefix: Prefix | None = Field(default=None, description="Only while the deployment is preparing")
    environment: Annotated[list[Variable], Field(max_length=500)] | None = Field(
        default=None, description="Deployment-wide variables, laid under each instance's environment")


class DeploymentCopy(RequestModel):
    node_id: UUID
    prefix: Prefix
    note: Note | None = Field(default=None, description="Default: the copied deployment's")


class DeploymentStart(RequestModel):
    instances: Annotated[list[UUID], Field(max_length=100)] | None = Field(
        default=None, description="Only these instances (default: every one)")


class Audit(ApiModel):
    created_at: datetime
    created_by: str | None
    updated_at: datetime
    updated_by: str | None


class ProjectSummary(ApiModel):
    id: UUID
    name: str
    type: Literal["versioned", "versionless"]


class VersionSummary(ApiModel):
    id: UUID
    name: str
    type: Literal["incremental", "rolling"]


class NodeSummary(ApiModel):
    id: UUID
    name: str
    type: Literal["proxmox"] = "proxmox"


class DeploymentOut(ApiModel):
    id: UUID
    prefix: str
    note: str
    status: Status
    audit: Audit
    project: ProjectSummary
    version: VersionSummary
    node: NodeSummary
    task_id: int | None = Field(description="The last run's task")


class Container(ApiModel):
    name: str = Field(description="The container's hostname")
    vmid: int
    ip: str | None


class InstanceImage(ApiModel):
    id: UUID
    name: str
    tag: str
    order: int
    config: dict[str, Any] = Field(description="The image's config with this instance's overrides laid over it")


class InstanceOut(ApiModel):
    id: UUID
    updated_at: datetime
    state: Literal["running", "stopped", "failed", "removed"] | None
    container: Container | None
    overrides: dict[str, Any] = Field(description="What this deployment changes of the image's config")
    image: InstanceImage


class DeploymentDetail(DeploymentOut):
    environment: list[Variable]
    public_key: None = Field(default=None, description="Always null: secret values are sent in the clear over TLS "
                                                       "and sealed at rest, not encrypted by the client")
    token_name: str | None
    token_expires_at: datetime | None = Field(default=None,
                                              description="When the token stops working (null: never, or no token)")
    instances: list[InstanceOut]


class DeploymentStarted(ApiModel):
    task_id: int
    deployment: DeploymentOut


class SecretValue(RequestModel):
    key: EnvKey
    value: Annotated[str, Field(max_length=65536, pattern=r"^[^\x00]*$")] | None = Field(
        default=None, description="Null removes the value")


class InstancePatch(RequestModel):
    config: dict[str, Any] = Field(description="Image config fields to override (see the version images' config); "
                                               "`secrets` here are [{key, value}]: values for the image's keys")


class InstanceSecrets(ApiModel):
    container: dict[str, str] = Field(description="{prefix, name}")
    public_key: None = None
    keys: list[str] = Field(description="The secrets that have a value (values are write-only)")


class LogContainerState(ApiModel):
    state: str
    instance_id: UUID


class LogItem(ApiModel):
    type: Literal["deploymentStatus", "containerState", "log"]
    deployment_status: Status | None
    created_at: datetime
    log: list[str]
    container_state: LogContainerState | None


class LogPage(ApiModel):
    items: list[LogItem]
    total: int


class TokenCreate(RequestModel):
    name: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$")]
    expiration_in_days: Annotated[int, Field(ge=1, le=3650)] | None = Field(default=None,
                                                                            description="Default: never expires")


class TokenCreated(ApiModel):
    id: UUID
    name: str
    created_at: datetime
    expires_at: datetime | None
    token: str = Field(description="Shown once")
    curl: str = Field(description="A ready command that starts the deployment with this token")
