"""The audit log: one record per change made through the API; written once, never changed."""

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
    target = fields.CharField(max_length=255, default="")
    status = fields.IntField()
    client_ip = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "audit_log"
