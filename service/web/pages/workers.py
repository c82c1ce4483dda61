"""The cluster's workers (instance admins): each one's host, queues, running tasks and last heartbeat, the dead ones
marked. The API refuses anyone else: its 403 is the "Not allowed" page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.deps import SignedIn

router = APIRouter(prefix="/workers")

PER_PAGE = 50


@router.get("")
async def worker_list(web: SignedIn, page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    listing = await web.api.get("/workers", page=page, per_page=PER_PAGE)
    return web.page("workers/list.html", listing=listing, base="/workers?")
