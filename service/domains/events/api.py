"""The team's events, newest first, and the list of event types."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query

from service.api.deps import CurrentUser
from service.core.errors import Invalid
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import Page, error_responses
from service.domains.events.models import Event
from service.domains.events.schemas import EventOut, EventTypeOut
from service.domains.events.types import EVENT_TYPES
from service.domains.teams import membership as teams

router = APIRouter(tags=["events"])

TypeQuery = Annotated[str | None, Query(max_length=64, description="Only events of this type (GET /event-types)")]
SinceQuery = Annotated[datetime | None, Query(description="Only events at or after this ISO 8601 time")]


@router.get("/teams/{team_id}/events", response_model=Page[EventOut], responses=error_responses(401, 404, 422),
            summary="What happened to the team's resources, newest first")
async def list_events(team_id: UUID, user: CurrentUser, type: TypeQuery = None, since: SinceQuery = None,
                      page: PageQuery = 1, per_page: PerPageQuery = 20) -> Page[EventOut]:
    await teams.visible_team(team_id, user)
    if type is not None and type not in EVENT_TYPES:
        raise Invalid(f"Unknown event type {type!r}: see GET /api/v1/event-types", details={"field": "type"})
    query = Event.filter(team_id=team_id)
    if type is not None:
        query = query.filter(type=type)
    if since is not None:
        query = query.filter(at__gte=since)
    total = await query.count()
    # Two events of one instant keep one order between pages: the id breaks the tie.
    events = await query.order_by("-at", "-id").offset((page - 1) * per_page).limit(per_page)
    return Page[EventOut](items=[EventOut.of(e) for e in events], total=total, page=page, per_page=per_page)


@router.get("/event-types", response_model=list[EventTypeOut], responses=error_responses(401),
            summary="Every event type Containr records, with what it means")
async def event_types(_: CurrentUser) -> list[EventTypeOut]:
    return [EventTypeOut(type=name, description=text) for name, text in EVENT_TYPES.items()]
