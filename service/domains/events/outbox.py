"""Recording an event: one row in the outbox, on the connection of the change that causes it, so that the event
exists exactly when the change does. Delivery is the notifications slice's worker's, never the caller's."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise.backends.base.client import BaseDBAsyncClient

from service.domains.events.models import Event
from service.domains.events.types import EVENT_TYPES

# Wakes the delivery worker after a commit (set by the notifications slice at start-up); without it the worker
# still finds the event on its next poll.
_listeners: list[Any] = []


def on_recorded(listener: Any) -> None:
    """Call `listener()` (no arguments, not awaited) after each event is recorded."""
    _listeners.append(listener)


async def record(event_type: str, *, team_id: UUID | str, kind: str, resource_id: UUID | str, name: str = "",
                 data: dict[str, Any] | None = None, connection: BaseDBAsyncClient | None = None) -> Event:
    """Record one event of `event_type` about the resource (`kind`, `resource_id`, `name`) of the team. Pass the
    transaction's `connection` when the change is made in one: the event is then committed with it, or not at
    all."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}")  # a bug in the caller, not bad input
    event = await Event.create(team_id=team_id, type=event_type, resource_kind=kind, resource_id=str(resource_id),
                               resource_name=name[:255], data=data or {}, using_db=connection)
    for listener in _listeners:
        listener()
    return event
