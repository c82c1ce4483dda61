"""Instance-wide settings changed at run time (registration policy, ...), one JSON value per key."""

from tortoise import fields
from tortoise.models import Model


class InstanceSetting(Model):
    key = fields.CharField(max_length=64, primary_key=True)
    value = fields.JSONField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "instance_settings"
