"""Shapes of the events API."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from pydantic import Field

from service.core.schemas import ApiModel
from service.domains.events.models import Event


class EventResource(ApiModel):
    kind: str = Field(description="What the event is about: deployment, node, database, backup, task, ...")
    id: str
    name: str = Field(description="Its name when the event was recorded (empty where it has none)")


class EventOut(ApiModel):
    id: UUID
    team_id: UUID
    type: str = Field(description="One of GET /event-types")
    resource: EventResource
    at: datetime
    data: dict[str, Any] = Field(description="What a reader needs: taskId, status, error message; never a secret")

    @classmethod
    def of(cls, event: Event) -> EventOut:
        resource = EventResource(kind=event.resource_kind, id=event.resource_id, name=event.resource_name)
        return cls(id=event.id, team_id=event.team_id,  # type: ignore[attr-defined]
                   type=event.type, resource=resource, at=event.at, data=event.data)


class EventTypeOut(ApiModel):
    type: str
    description: str
