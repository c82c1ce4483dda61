"""A team's notification (where to tell, which events) and the delivery of one event to one notification."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class NotificationType(StrEnum):
    DISCORD = "discord"
    SLACK = "slack"
    TEAMS = "teams"
    MATTERMOST = "mattermost"
    ROCKET = "rocket"
    WEBHOOK = "webhook"
    EMAIL = "email"


class DeliveryStatus(StrEnum):
    PENDING = "pending"  # due at next_attempt_at
    DELIVERED = "delivered"
    FAILED = "failed"  # every try used up


class Notification(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="notifications", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=100)
    type = fields.CharEnumField(NotificationType, max_length=16)
    # The webhook URL, or for email the recipients as JSON, sealed with the settings box: it is a secret.
    sealed_target = fields.TextField()
    target_hint = fields.CharField(max_length=255, default="")  # the masked form shown back
    # A generic webhook's HMAC key, sealed; shown once when made.
    sealed_signing_secret = fields.TextField(null=True)
    enabled_events = fields.JSONField(default=list)
    active = fields.BooleanField(default=True)
    creator = fields.ForeignKeyField("models.User", related_name="notifications", null=True,
                                     on_delete=fields.SET_NULL)
    creator_name = fields.CharField(max_length=128, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "notifications"
        unique_together = (("team", "name"),)


class Delivery(Model):
    id = fields.UUIDField(primary_key=True)
    notification = fields.ForeignKeyField("models.Notification", related_name="deliveries",
                                          on_delete=fields.CASCADE)
    # None for a test message, which is no event.
    event = fields.ForeignKeyField("models.Event", related_name="deliveries", null=True, on_delete=fields.CASCADE)
    test = fields.BooleanField(default=False)
    status = fields.CharEnumField(DeliveryStatus, max_length=16, default=DeliveryStatus.PENDING, db_index=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(null=True, db_index=True)
    last_status = fields.IntField(null=True)  # the receiver's HTTP status, or an SMTP reply code
    last_error = fields.TextField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "notification_deliveries"
        unique_together = (("notification", "event"),)
