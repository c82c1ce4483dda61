"""Shapes of databases (seed 000 `Database`, in our conventions) and their credentials."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal
from uuid import UUID

from pydantic import AfterValidator, Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel

RESERVED_PREFIX = "containr-restore"  # a restore's scratch databases are named so (role database_backup)


def _not_reserved(name: str) -> str:
    if name.startswith(RESERVED_PREFIX):
        raise ValueError(f"names starting with {RESERVED_PREFIX} are kept for the restores' scratch databases")
    return name


DatabaseName = Annotated[str, StringConstraints(pattern=r"^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$"),
                         AfterValidator(_not_reserved)]
Version = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,3}(\.[0-9]{1,3})?$")]
TYPES = ("postgresql", "mysql", "redis")
# Asked for often; Debian has no package of it, so Containr cannot run it from the guest's Debian.
NOT_PROVIDED = {"mongodb": "MongoDB is not packaged in Debian (its licence keeps it out), so Containr cannot "
                           "install it from the guest's Debian packages; use postgresql, mysql or redis"}


class Resources(RequestModel):
    cores: int = Field(default=1, ge=1, le=64)
    memory_mb: int = Field(default=512, ge=128, le=262144, description="Memory in MiB; the server's memory "
                                                                       "settings follow it. Left out of a create: "
                                                                       "the type's platform default "
                                                                       "(settings/platform_config), else 512")
    disk_gb: int = Field(default=8, ge=2, le=4096, description="Root disk in GiB")


class DatabaseCreate(RequestModel):
    name: DatabaseName = Field(description="Lower-case letters, digits and dashes; unique in the environment")
    type: str = Field(description="postgresql, mysql (MariaDB) or redis", examples=["postgresql"])
    version: Version | None = Field(default=None, description="One the node's Debian provides (default: its own)")
    project_id: UUID
    environment_id: UUID | None = Field(default=None, description="Default: the project's default environment")
    node_id: UUID | None = Field(
        default=None, description="Default: the project's default node, else the team's only online node")
    resources: Resources = Field(default_factory=Resources)
    backups_enabled: bool = True
    vzdump_backups: bool = Field(default=False, description="Each backup also archives the whole guest with vzdump "
                                                            "on the node's defaults.backupStorage")

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value in NOT_PROVIDED:
            raise ValueError(NOT_PROVIDED[value])
        if value not in TYPES:
            raise ValueError(f"must be one of {', '.join(TYPES)}")
        return value


class ResourcesUpdate(RequestModel):
    cores: int | None = Field(default=None, ge=1, le=64)
    memory_mb: int | None = Field(default=None, ge=128, le=262144)
    disk_gb: int | None = Field(default=None, ge=2, le=4096, description="Grows only: a disk never shrinks")


class DatabaseUpdate(RequestModel):
    name: DatabaseName | None = None
    resources: ResourcesUpdate | None = Field(default=None, description="A resize: a task (202 with its taskId)")
    backups_enabled: bool | None = None
    vzdump_backups: bool | None = None


class Owner(ApiModel):
    type: str = Field(description="The owner's kind: app")
    id: str


class DatabaseOut(ApiModel):
    id: UUID
    project_id: UUID | None
    environment_id: UUID | None
    name: str
    project_name: str | None = Field(description="Null once the project is deleted (its databases are going)")
    environment_name: str | None
    node_name: str
    type: Literal["postgresql", "mysql", "redis"]
    status: Literal["provisioning", "running", "stopped", "failed", "deleting"]
    status_message: str
    version: str | None = Field(description="The server's version once it runs, else the one asked for")
    host: str | None
    port: int | None
    database: str = Field(description="The database inside the server (Redis: 0)")
    user: str
    connection_url: str | None = Field(description="Without the password: GET .../credentials has it")
    size: int | None = Field(description="Bytes of the last backup's dump")
    node_id: UUID
    vmid: int | None
    resources: Resources
    backups_enabled: bool
    vzdump_backups: bool
    task_id: int | None = Field(description="The last action's task")
    owner: Owner | None = Field(default=None, description="What made it for its own use (an app's addon); "
                                                         "null: made by a user")
    created_at: datetime
    updated_at: datetime


class DatabaseAccepted(DatabaseOut):
    task_id: int | None


class DatabaseDeleted(ApiModel):
    task_id: int | None = Field(description="The run that destroys the guest; null when no guest was left and "
                                            "the record is already gone")


class Credentials(ApiModel):
    user: str
    password: str
    host: str | None
    port: int | None
    database: str
    connection_url: str | None


class DatabaseLogs(ApiModel):
    lines: list[str]
    source: str = Field(description="Where in the guest they were read")


class RestoreRequest(RequestModel):
    backup_id: UUID = Field(description="A finished backup of this database")


class CloneRequest(RequestModel):
    backup_id: UUID = Field(description="A finished backup of this database")
    name: DatabaseName
    environment_id: UUID | None = Field(default=None, description="An environment of the same project (default: "
                                                                  "the source's)")


class BackupStarted(ApiModel):
    task_id: int
    backup_id: UUID
    vzdump_task_id: int | None = Field(default=None, description="The guest's vzdump run (vzdumpBackups)")
    vzdump_backup_id: UUID | None = None


class DatabaseVersions(ApiModel):
    """The versions a database of each type may have on one node: what its template's Debian release provides.
    An empty list: the node's template provides none (a create of that type is refused naming `nodeId`)."""

    postgresql: list[str]
    mysql: list[str] = Field(description="MariaDB's versions (the server that speaks MySQL's protocol)")
    redis: list[str]
