"""The core's own tables: the audit log (one record per change, never changed) and instance settings."""

from tortoise import fields
from tortoise.models import Model


class AuditRecord(Model):
    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    # Who, kept as text too so that a record outlives the account it names.
    user_id = fields.UUIDField(null=True, db_index=True)
    username = fields.CharField(max_length=64, null=True)
    token_id = fields.UUIDField(null=True)
    team_id = fields.UUIDField(null=True, db_index=True)
    project_id = fields.UUIDField(null=True, db_index=True)
    action = fields.CharField(max_length=128)
    target = fields.CharField(max_length=255, default="")  # the path's ids, as `project_id=...,env_id=...`
    # What was acted on: a create's new resource, else the one the path names; the name as it was then.
    target_kind = fields.CharField(max_length=32, null=True)
    target_id = fields.CharField(max_length=64, null=True, db_index=True)
    target_name = fields.CharField(max_length=255, null=True)
    status = fields.IntField()
    client_ip = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "audit_log"


class InstanceSetting(Model):
    key = fields.CharField(max_length=64, primary_key=True)
    value = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "instance_settings"
