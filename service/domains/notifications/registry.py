"""A team's notifications: who sees and changes them, their sealed targets and signing secrets, and their answers."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from tortoise.queryset import QuerySet

from service.auth.models import User
from service.core.errors import Conflict, Invalid, taken_on_duplicate
from service.core.secrets import SecretBox
from service.domains.notifications.models import Delivery, Notification, NotificationType
from service.domains.notifications.schemas import NotificationCreate, NotificationOut, NotificationUpdate
from service.domains.teams import owned

EMAIL = NotificationType.EMAIL


@dataclass(frozen=True)
class Target:
    """Where a notification sends: the URL (a secret: never logged, never answered) or the email recipients."""

    url: str | None
    recipients: list[str]
    signing_secret: str | None

    def __repr__(self) -> str:  # a traceback or a log line that shows one must not show the secrets
        return f"Target(url='***', recipients={self.recipients!r}, signing_secret='***')"


def mask(url: str) -> str:
    """scheme://host[:port]/… : enough to recognise the receiver, not enough to post to it."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}/…"


def target(box: SecretBox, notification: Notification) -> Target:
    opened = str(box.open(notification.sealed_target))
    secret = str(box.open(notification.sealed_signing_secret)) if notification.sealed_signing_secret else None
    if notification.type == EMAIL:
        return Target(url=None, recipients=list(json.loads(opened)), signing_secret=None)
    return Target(url=opened, recipients=[], signing_secret=secret)


def out(box: SecretBox, notification: Notification) -> NotificationOut:
    email = notification.type == EMAIL
    return NotificationOut(id=notification.id, team_id=notification.team_id, name=notification.name,
                           type=notification.type, url=None if email else notification.target_hint,
                           recipients=target(box, notification).recipients if email else None,
                           enabled_events=list(notification.enabled_events), active=notification.active,
                           creator_name=notification.creator_name, created_at=notification.created_at,
                           updated_at=notification.updated_at)


async def team_access(team_id: UUID, user: User, *, manage: bool) -> None:
    await owned.check_access(team_id, user, manage=manage, missing=f"No team {team_id}")


async def visible(notification_id: UUID, user: User, *, manage: bool = False) -> Notification:
    """The notification if the caller is in its team (else 404); `manage` needs a team owner or admin (else 403)."""
    notification = await Notification.get_or_none(id=notification_id)
    await owned.check_access(notification.team_id if notification else None, user, manage=manage,
                             missing=f"No notification {notification_id}")
    assert notification is not None
    return notification


def team_notifications(team_id: UUID, *, search: str | None) -> QuerySet[Notification]:
    query = Notification.filter(team_id=team_id)
    return query.filter(name__icontains=search) if search else query


def _taken(name: str) -> str:
    return owned.name_taken("notification", name)


async def _check_name(team_id: UUID, name: str, *, other_than: UUID | None = None) -> None:
    await owned.check_name_free(Notification, team_id=team_id, name=name, noun="notification", other_than=other_than)


def _sealed_target(box: SecretBox, body: NotificationCreate | NotificationUpdate, *,
                   keep: str | None) -> tuple[str, str]:
    """(sealed target, hint) from the body; for a URL left out, `keep` (the sealed one stored) if any."""
    if body.type == EMAIL:
        if body.url is not None:
            raise Invalid("An email notification has recipients, not a url", details={"field": "url"})
        if not body.recipients:
            raise Invalid("An email notification needs recipients", details={"field": "recipients"})
        recipients = [str(address) for address in body.recipients]
        return box.seal(json.dumps(recipients)), ", ".join(recipients)[:255]
    if body.recipients is not None:
        raise Invalid(f"A {body.type} notification has a url, not recipients", details={"field": "recipients"})
    if body.url is not None:
        return box.seal(body.url), mask(body.url)
    if keep is None:
        raise Invalid(f"A {body.type} notification needs a url", details={"field": "url"})
    return keep, mask(str(box.open(keep)))


def new_signing_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


async def create(box: SecretBox, user: User, *, team_id: UUID,
                 body: NotificationCreate) -> tuple[Notification, str | None]:
    """Record the notification with its target sealed; a generic webhook's new signing secret is answered once."""
    await team_access(team_id, user, manage=True)
    sealed, hint = _sealed_target(box, body, keep=None)
    await _check_name(team_id, body.name)
    secret = new_signing_secret() if body.type == NotificationType.WEBHOOK else None
    with taken_on_duplicate(_taken(body.name), field="name"):
        notification = await Notification.create(
            team_id=team_id, name=body.name, type=body.type, sealed_target=sealed, target_hint=hint,
            sealed_signing_secret=box.seal(secret) if secret else None, enabled_events=body.enabled_events,
            active=body.active, creator=user, creator_name=user.display_name or user.username)
    return notification, secret


async def update(box: SecretBox, notification: Notification, *, body: NotificationUpdate) -> Notification:
    """Replace the fields; a url left out keeps the stored one while the type keeps needing one. A notification that
    becomes a generic webhook gets a signing secret (POST .../signing-secret shows a new one)."""
    keep = notification.sealed_target if notification.type != EMAIL and body.type != EMAIL else None
    sealed, hint = _sealed_target(box, body, keep=keep)
    await _check_name(notification.team_id, body.name, other_than=notification.id)
    changes: dict[str, Any] = {"name": body.name, "type": body.type, "sealed_target": sealed, "target_hint": hint,
                               "enabled_events": body.enabled_events, "active": body.active}
    if body.type != NotificationType.WEBHOOK:
        changes["sealed_signing_secret"] = None
    elif notification.sealed_signing_secret is None:
        changes["sealed_signing_secret"] = box.seal(new_signing_secret())
    notification.update_from_dict(changes)
    with taken_on_duplicate(_taken(body.name), field="name"):
        await notification.save()
    return notification


async def renew_signing_secret(box: SecretBox, notification: Notification) -> str:
    if notification.type != NotificationType.WEBHOOK:
        raise Conflict("Only a generic webhook notification signs its deliveries", code="not_a_webhook",
                       details={"field": "type"})
    secret = new_signing_secret()
    notification.sealed_signing_secret = box.seal(secret)
    await notification.save(update_fields=["sealed_signing_secret", "updated_at"])
    return secret


async def deliveries(notification: Notification, *, status: str | None) -> QuerySet[Delivery]:
    query = Delivery.filter(notification_id=notification.id)
    return query.filter(status=status) if status else query

