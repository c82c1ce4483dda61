"""One try of one delivery and what it leaves on the delivery row: attempts, status, error, the next try's time
(the backoff schedule) or the end (delivered, or failed after the last try); and the test message's single try."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from service.core import smtp
from service.core.errors import Conflict
from service.core.secrets import SecretBox
from service.domains.instance import identity
from service.domains.notifications import formats, registry, sending
from service.domains.notifications.models import Delivery, DeliveryStatus, Notification, NotificationType

# Seconds between tries: 5 tries over about 30 minutes. CONTAINR_NOTIFY_BACKOFF (comma-separated seconds) and
# CONTAINR_NOTIFY_TIMEOUT (seconds per call) change them, read when the worker starts.
BACKOFF: tuple[float, ...] = (30, 120, 300, 1200)
TIMEOUT = 10.0
BACKOFF_ENV = "CONTAINR_NOTIFY_BACKOFF"
TIMEOUT_ENV = "CONTAINR_NOTIFY_TIMEOUT"


@dataclass(frozen=True)
class Schedule:
    backoff: tuple[float, ...] = BACKOFF
    timeout: float = TIMEOUT

    @property
    def tries(self) -> int:
        return len(self.backoff) + 1

    @classmethod
    def from_env(cls) -> Schedule:
        backoff = os.environ.get(BACKOFF_ENV)
        timeout = os.environ.get(TIMEOUT_ENV)
        return cls(backoff=tuple(float(part) for part in backoff.split(",")) if backoff else BACKOFF,
                   timeout=float(timeout) if timeout else TIMEOUT)


def now() -> datetime:
    return datetime.now(UTC)


async def message(delivery: Delivery, notification: Notification) -> formats.Message:
    instance = await identity.name()
    if delivery.test or delivery.event_id is None:
        return formats.Message(id=str(delivery.id), type=formats.TEST_TYPE, team_id=str(notification.team_id),
                               resource={"kind": "notification", "id": str(notification.id),
                                         "name": notification.name},
                               at=delivery.created_at, instance=instance)
    event = await delivery.event
    return formats.Message(id=str(event.id), type=event.type, team_id=str(event.team_id),
                           resource={"kind": event.resource_kind, "id": event.resource_id,
                                     "name": event.resource_name},
                           at=event.at, instance=instance, data=dict(event.data or {}))


async def _record(delivery: Delivery, outcome: sending.Outcome, *, schedule: Schedule, last_try: bool) -> None:
    attempts = delivery.attempts + 1
    moment = now()
    changes: dict[str, Any] = {"attempts": attempts, "last_status": outcome.status, "last_error": outcome.error,
                               "updated_at": moment}
    if outcome.ok:
        changes |= {"status": DeliveryStatus.DELIVERED, "delivered_at": moment, "next_attempt_at": None}
    elif last_try or attempts >= schedule.tries:
        changes |= {"status": DeliveryStatus.FAILED, "next_attempt_at": None}
    else:
        changes["next_attempt_at"] = moment + timedelta(seconds=schedule.backoff[attempts - 1])
    # Filtered on the old state: a try that ended after another process took the row over changes nothing.
    await Delivery.filter(id=delivery.id, status=DeliveryStatus.PENDING, attempts=delivery.attempts).update(**changes)


async def attempt(box: SecretBox, delivery: Delivery, *, schedule: Schedule, last_try: bool = False) -> None:
    """One try of a pending delivery, recorded on its row."""
    notification = await delivery.notification
    if not notification.active and not delivery.test:
        outcome = sending.Outcome(ok=False, error="the notification was turned off before this delivery was sent")
        await _record(delivery, outcome, schedule=schedule, last_try=True)
        return
    outcome = await sending.deliver(box, kind=notification.type, target=registry.target(box, notification),
                                    message=await message(delivery, notification), timeout=schedule.timeout)
    await _record(delivery, outcome, schedule=schedule, last_try=last_try)


async def send_test(box: SecretBox, notification: Notification, *, schedule: Schedule) -> Delivery:
    """A test message, tried once now: the delivery answers how it went."""
    if notification.type == NotificationType.EMAIL and await smtp.load(box) is None:
        raise Conflict("SMTP is not configured on this instance: an administrator sets it under the mail settings",
                       code="smtp_not_configured", details={"field": "type"})
    delivery = await Delivery.create(notification=notification, test=True, next_attempt_at=None)
    await attempt(box, delivery, schedule=schedule, last_try=True)
    await delivery.refresh_from_db()
    return delivery
