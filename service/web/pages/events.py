"""A team's events, newest first, filtered by type: what happened to its resources, each linked to its page where
it has one, with the task that failed where there is one."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn

router = APIRouter()

PER_PAGE = 25
# A resource kind -> the address of its page, for the kinds that have one of their own.
PAGES = {"database": "/databases/{}", "deployment": "/deployments/{}", "node": "/nodes/{}", "app": "/apps/{}",
         "service": "/services/{}", "certificate": "/certificates/{}", "task": "/tasks/{}"}


def resource_url(kind: str, resource_id: str) -> str | None:
    address = PAGES.get(kind)
    return address.format(resource_id) if address and resource_id else None


@router.get("/teams/{team_id}/events")
async def event_list(web: SignedIn, team_id: UUID, type: Annotated[str, Query(max_length=64)] = "",
                     page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    event_types = await web.api.get("/event-types")
    type = type.strip()
    errors: dict[str, str] = {}
    try:
        listing = await web.api.get(f"/teams/{team_id}/events", type=type or None, page=page, per_page=PER_PAGE)
    except ApiFailure as failure:
        if failure.status != 422:
            raise
        # A type this instance does not record (an old bookmark): said beside the filter, nothing listed.
        errors = failure.fields or {"type": failure.message}
        listing = {"items": [], "total": 0, "page": 1, "perPage": PER_PAGE}
    base = f"/teams/{team_id}/events?" + (f"{urlencode({'type': type})}&" if type else "")
    return web.page("events/list.html", status=422 if errors else 200, team=team, listing=listing,
                    event_types=event_types, descriptions={t["type"]: t["description"] for t in event_types},
                    values={"type": type}, errors=errors, base=base, resource_url=resource_url)
