"""Database servers (PostgreSQL, MariaDB, Redis) Containr runs in their own guests for a project's environment."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DatabaseType(StrEnum):
    POSTGRESQL = "postgresql"
    MYSQL = "mysql"
    REDIS = "redis"


class DatabaseStatus(StrEnum):
    PROVISIONING = "provisioning"
    RUNNING = "running"
    STOPPED = "stopped"
    FAILED = "failed"
    DELETING = "deleting"


class Database(Model):
    id = fields.UUIDField(primary_key=True)
    # Both stay null only while a database outlives its project or environment in `deleting`: the delete run
    # that a project's or environment's deletion started still has the record to finish.
    project = fields.ForeignKeyField("models.Project", related_name="databases", null=True,
                                     on_delete=fields.SET_NULL)
    environment = fields.ForeignKeyField("models.Environment", related_name="databases", null=True,
                                         on_delete=fields.SET_NULL)
    name = fields.CharField(max_length=40)
    type = fields.CharEnumField(DatabaseType, max_length=16)
    version = fields.CharField(max_length=16, default="")  # asked for; `server_version` is what runs
    server_version = fields.CharField(max_length=16, null=True)
    status = fields.CharEnumField(DatabaseStatus, max_length=16, default=DatabaseStatus.PROVISIONING)
    status_message = fields.TextField(default="")
    node = fields.ForeignKeyField("models.Node", related_name="databases", on_delete=fields.RESTRICT)
    guest = fields.ForeignKeyField("models.Guest", related_name="databases", null=True, on_delete=fields.SET_NULL)
    db_name = fields.CharField(max_length=63)  # the database inside the server (Redis: 0)
    db_user = fields.CharField(max_length=63)
    sealed_password = fields.TextField()
    # The password a rotation run is setting: it replaces sealed_password when that run succeeds.
    sealed_new_password = fields.TextField(null=True)
    host = fields.CharField(max_length=64, null=True)
    port = fields.IntField(null=True)
    cores = fields.IntField(default=1)
    memory_mb = fields.IntField(default=512)
    disk_gb = fields.IntField(default=8)
    backups_enabled = fields.BooleanField(default=True)
    vzdump_backups = fields.BooleanField(default=False)  # also a guest-level vzdump archive with each backup
    size = fields.BigIntField(null=True)  # bytes of the last backup's dump
    # What made the database for its own use (an app's addon: "app" and its id), null for one made by a user. Its
    # owner deletes it; its own delete route refuses while the owner lives (the owner's slice answers).
    owner_type = fields.CharField(max_length=16, null=True)
    owner_id = fields.CharField(max_length=64, null=True)
    task_id = fields.IntField(null=True)  # the last action's run
    created_by = fields.ForeignKeyField("models.User", related_name="databases", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "databases"
        unique_together = (("environment", "name"),)
