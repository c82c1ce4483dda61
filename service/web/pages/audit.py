"""The audit log: the instance's for its administrators, a team's for its owners and admins; who changed what,
when, and with what outcome, filtered and paged."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn

router = APIRouter(prefix="/audit")

PER_PAGE = 50
MANAGERS = ("owner", "admin")
Text = Annotated[str, Query(max_length=100)]
Day = Annotated[str, Query(max_length=10, description="YYYY-MM-DD")]


def _filters(search: str, kind: str, target: str, since: str, until: str) -> dict[str, str]:
    return {"filter": search.strip(), "kind": kind.strip(), "target": target.strip(), "since": since.strip(),
            "until": until.strip()}


def _params(shown: dict[str, str], page: int) -> dict[str, Any]:
    """The API's query for the page's filters: whole days, the last one included."""
    return {"filter": shown["filter"], "target_kind": shown["kind"], "target_id": shown["target"],
            "from": f"{shown['since']}T00:00:00Z" if shown["since"] else None,
            "to": f"{shown['until']}T23:59:59.999999Z" if shown["until"] else None,
            "page": page, "per_page": PER_PAGE}


async def _log(web: SignedIn, path: str, base: str, shown: dict[str, str], page: int, **context: Any) -> Response:
    kept = urlencode({name: value for name, value in shown.items() if value})
    try:
        listing = await web.api.get(path, **_params(shown, page))
        error = None
    except ApiFailure as failure:
        if failure.status != 422:
            raise
        # A filter the API could not read (a malformed date): said above the form, the log unfiltered.
        listing = {"items": [], "total": 0, "page": 1, "perPage": PER_PAGE}
        error = failure.message
    return web.page("audit/log.html", listing=listing, filters=shown, action_url=base,
                    base=f"{base}?{kept}&" if kept else f"{base}?", error=error, **context)


@router.get("")
async def instance_log(web: SignedIn, team: UUID | None = None, filter: Text = "", kind: Text = "",
                       target: Text = "", since: Day = "", until: Day = "",
                       page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    if team is not None:
        return web.redirect(f"/audit/teams/{team}")
    shown = _filters(filter, kind, target, since, until)
    try:
        return await _log(web, "/audit-log", "/audit", shown, page, title="Audit log", team=None)
    except ApiFailure as refused:
        if refused.status != 403:
            raise
    # Not an administrator: the instance's log is not theirs; the teams they manage have one each.
    teams = [entry for entry in await web.api.get("/teams") if entry["role"] in MANAGERS]
    return web.page("audit/refused.html", status=403, teams=teams)


@router.get("/teams/{team_id}")
async def team_log(web: SignedIn, team_id: UUID, filter: Text = "", kind: Text = "", target: Text = "",
                   since: Day = "", until: Day = "", page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    shown = _filters(filter, kind, target, since, until)
    return await _log(web, f"/teams/{team_id}/audit-log", f"/audit/teams/{team_id}", shown, page,
                      title=f"Audit log of {team['name']}", team=team)
