"""Shapes of notifications and deliveries (seed 001's notification, camelCase): the url is write-only, shown masked."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import EmailStr, Field, StringConstraints, field_validator

from service.core.schemas import ApiModel, RequestModel
from service.domains.events.types import EVENT_TYPES
from service.domains.notifications.models import DeliveryStatus, NotificationType

NotificationName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
URL_HELP = ("The service's incoming-webhook URL (http or https), or the receiver's for a generic webhook; "
            "write-only: sealed, shown masked (scheme://host/…). Not for email.")


def check_url(value: str | None) -> str | None:
    if value is None:
        return None
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// URL with a host")
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError as exc:
        raise ValueError("has an invalid port") from exc
    return value


def _known(event: str) -> str:
    # Seed 001 writes dyrector's names (`deployment-created`): the same event as our `deployment.created`.
    dotted = event.replace("-", ".", 1)
    return dotted if event not in EVENT_TYPES and dotted in EVENT_TYPES else event


def check_events(value: list[str]) -> list[str]:
    value = [_known(event) for event in value]
    unknown = [event for event in value if event not in EVENT_TYPES]
    if unknown:
        raise ValueError(f"unknown event types {unknown}; known: {', '.join(EVENT_TYPES)}")
    return list(dict.fromkeys(value))


class _Fields(RequestModel):
    name: NotificationName = Field(description="Unique in the team")
    type: NotificationType
    url: Url | None = Field(default=None, description=URL_HELP)
    recipients: list[EmailStr] | None = Field(default=None, max_length=50,
                                              description="Email only: the addresses to write to")
    enabled_events: list[str] = Field(default_factory=list, max_length=len(EVENT_TYPES),
                                      description="The event types to send: " + ", ".join(EVENT_TYPES))
    active: bool = True

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return check_url(value)

    @field_validator("enabled_events")
    @classmethod
    def _events(cls, value: list[str]) -> list[str]:
        return check_events(value)


class NotificationCreate(_Fields):
    pass


class NotificationUpdate(_Fields):
    """The whole notification again; a url left out keeps the stored one (a client never saw it)."""


class NotificationOut(ApiModel):
    id: UUID
    team_id: UUID
    name: str
    type: NotificationType
    url: str | None = Field(description="Masked: scheme://host/…; None for email")
    recipients: list[str] | None = Field(description="Email only")
    enabled_events: list[str]
    active: bool
    creator_name: str
    created_at: datetime
    updated_at: datetime


class NotificationCreated(NotificationOut):
    signing_secret: str | None = Field(default=None, description="A generic webhook's HMAC-SHA256 key: shown "
                                                                 "this once (X-Containr-Signature)")


class SigningSecret(ApiModel):
    signing_secret: str = Field(description="The new HMAC-SHA256 key, shown this once; the old one stops working")


class TestOutcome(ApiModel):
    id: UUID
    status: DeliveryStatus
    attempts: int
    last_status: int | None = Field(description="The receiver's HTTP status, or the SMTP reply code")
    last_error: str | None
    delivered_at: datetime | None


class DeliveryOut(TestOutcome):
    notification_id: UUID
    event_id: UUID | None = Field(description="None for a test message")
    event_type: str | None
    test: bool
    next_attempt_at: datetime | None
    created_at: datetime
