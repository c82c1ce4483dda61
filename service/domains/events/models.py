"""The outbox: one row per event, written in the transaction of the change that causes it."""

from tortoise import fields
from tortoise.models import Model


class Event(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="events", on_delete=fields.CASCADE)
    type = fields.CharField(max_length=64, db_index=True)  # one of service.domains.events.types.EVENT_TYPES
    resource_kind = fields.CharField(max_length=32)
    resource_id = fields.CharField(max_length=64)
    resource_name = fields.CharField(max_length=255, default="")
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    data = fields.JSONField(default=dict)
    # Set once the delivery worker has made a delivery for each notification that wants this event: an
    # event not yet fanned out when the service stops is fanned out after the restart.
    fanned_out = fields.BooleanField(default=False, db_index=True)

    class Meta:
        table = "events"
