"""Groups (Cloudron's): named sets of accounts that administrators manage."""

from tortoise import fields
from tortoise.models import Model


class Group(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=64, unique=True)
    description = fields.CharField(max_length=255, default="")
    members = fields.ManyToManyField("models.User", related_name="groups", through="group_members")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "groups"
