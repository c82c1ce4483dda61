"""Shapes of backups (the backup configuration's are the backup_storage slice's)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from service.core.schemas import ApiModel


class BackupOut(ApiModel):
    id: str
    creation_time: datetime
    version: str
    type: Literal["box", "database", "app"]
    depends_on: list[str]
    state: Literal["normal", "creating", "error"]
    format: str
    size: int | None
    snapshot_id: str | None
    resource_type: str | None
    resource_id: str | None
    task_id: int | None
    error: str | None = None


class BackupList(ApiModel):
    backups: list[BackupOut]
