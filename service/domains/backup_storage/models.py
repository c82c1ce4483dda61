"""A backup: one restic snapshot of the control plane (`box`) or of one resource (`database`, or an `app`'s data
folders), in Cloudron's shape. A box or app backup lists the backups it was made with in `depends_on`."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class BackupType(StrEnum):
    BOX = "box"
    DATABASE = "database"
    APP = "app"


class BackupState(StrEnum):
    NORMAL = "normal"
    CREATING = "creating"
    ERROR = "error"


class Backup(Model):
    id = fields.UUIDField(primary_key=True)
    # The column's comment stays the one the first two types gave it (SQLite cannot alter a comment).
    type = fields.CharEnumField(BackupType, max_length=16, db_index=True, description="BOX: box\nDATABASE: database")
    state = fields.CharEnumField(BackupState, max_length=16, default=BackupState.CREATING)
    format = fields.CharField(max_length=16, default="restic")
    version = fields.CharField(max_length=32)  # Containr's version that made it
    depends_on = fields.JSONField(default=list)  # ids of the backups a box or app backup was made with
    # The resource a database or app backup belongs to; null for box backups.
    resource_type = fields.CharField(max_length=32, null=True)
    resource_id = fields.CharField(max_length=128, null=True, db_index=True)
    snapshot_id = fields.CharField(max_length=64, null=True)
    size = fields.BigIntField(null=True)  # bytes of the data backed up
    # Where it was stored (restic repository location, no credentials): a later config may point elsewhere.
    target = fields.CharField(max_length=512)
    task_id = fields.IntField(null=True)
    error_message = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "backups"
