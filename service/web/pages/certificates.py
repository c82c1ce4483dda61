"""Certificates (administrators): what the edges serve, their state and expiry, renewing what is due or one
certificate now (each renewal is a `renewcerts` task, whose page the button leads to), and when renewals run."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/certificates")

PER_PAGE = 50
KINDS = {"valid": "ok", "expiring": "busy", "pending": "idle", "expired": "bad", "failed": "bad"}


async def _page(web: SignedIn, *, page: int = 1, search: str = "", status: int = 200,
                values: dict[str, str] | None = None, failure: ApiFailure | None = None) -> Response:
    # The API refuses anyone but an administrator: its 403 becomes the "Not allowed" page.
    listing = await web.api.get("/certificates", page=page, per_page=PER_PAGE, search=search or None)
    renewal = await web.api.get("/settings/certificates")
    shown = values or {"pattern": renewal["pattern"], "renewBeforeDays": str(renewal["renewBeforeDays"])}
    return web.page("certificates/list.html", status=status, listing=listing, renewal=renewal, kinds=KINDS,
                    search=search, values=shown, errors=failure.fields if failure else {},
                    error=failure.message if failure else None,
                    base=f"/certificates?{urlencode({'search': search})}&" if search else "/certificates?")


@router.get("")
async def certificate_list(web: SignedIn, page: Annotated[int, Query(ge=1, le=100000)] = 1,
                           search: Annotated[str, Query(max_length=100)] = "") -> Response:
    return await _page(web, page=page, search=search)


@router.post("/settings")
async def set_renewal(web: SignedIn) -> Response:
    """When the daily renewcerts runs, and how long before expiry a certificate is renewed."""
    values = dict(form_values(await web.form(), "pattern", "renewBeforeDays"))
    try:
        answer = await web.api.post("/settings/certificates", values)
    except ApiFailure as failure:
        if failure.status == 403:
            raise
        return await _page(web, status=failure.status, values=values, failure=failure)
    when = "off" if answer["pattern"] == "never" else f"on {answer['pattern']}"
    return web.redirect("/certificates", say=f"Renewals run {when}, {answer['renewBeforeDays']} days before "
                                             "expiry.")


@router.post("/renew")
async def renew(web: SignedIn) -> Response:
    """Renew what is due (no name) or the named certificate now; off to the started task's page."""
    form = await web.form()
    names = [str(name) for name in form.getlist("fqdns") if str(name).strip()]
    try:
        answer = await web.api.post("/certificates/renew", {"fqdns": names} if names else {})
    except ApiFailure as failure:
        return web.redirect("/certificates", say=failure.message + ("." if failure.code == "nothing_due" else ""))
    what = f"Renewing {', '.join(names)}" if names else "Renewing what is due"
    return web.redirect(f"/tasks/{answer['taskId']}", say=f"{what}: task #{answer['taskId']}.")
