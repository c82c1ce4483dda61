"""Storages (seed 001 `/storages`): a team's S3-compatible bucket endpoint and its sealed keys, from which a
deployment's volumes are seeded with files."""

from tortoise import fields
from tortoise.models import Model


class Storage(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="storages", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    description = fields.TextField(default="")
    icon = fields.CharField(max_length=64, null=True)
    # The S3 endpoint, with the bucket as the path's first segment (`https://s3.example.com/bucket`).
    url = fields.CharField(max_length=512)
    # Write-only: sealed with the instance key, never answered; null for a bucket read without keys.
    sealed_access_key = fields.TextField(null=True)
    sealed_secret_key = fields.TextField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="storages", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "storages"
        unique_together = (("team", "name"),)
