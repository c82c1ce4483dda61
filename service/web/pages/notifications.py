"""A team's notifications: the list, adding one and changing one (its type, URL or recipients, the events it
wants, active), its page with its deliveries and a "Send a test" button whose outcome shows in place, a generic
webhook's signing secret shown once (on the answer that made it, never stored), and deleting one through a
confirmation page. The team's members see them; its owners and admins change them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn
from service.web.pages import notifications_forms as forms
from service.web.pages.choices import TEAM_MANAGERS

router = APIRouter()

PER_PAGE = 25
PageNumber = Annotated[int, Query(ge=1, le=100000)]


def _refused(failure: ApiFailure) -> None:
    """What a page shows as the forbidden or not-found page rather than beside a field."""
    if failure.status in (401, 403, 404):
        raise failure


def _manages(web: SignedIn, team: Mapping[str, Any]) -> bool:
    """As the API decides it: the team's owners and admins, and instance admins."""
    assert web.user is not None
    return web.user.is_admin or team.get("role") in TEAM_MANAGERS


async def _event_types(web: SignedIn) -> list[dict[str, str]]:
    return list(await web.api.get("/event-types"))


@router.get("/teams/{team_id}/notifications")
async def notification_list(web: SignedIn, team_id: UUID, page: PageNumber = 1) -> Response:
    team = await web.api.get(f"/teams/{team_id}")
    listing = await web.api.get(f"/teams/{team_id}/notifications", page=page, per_page=PER_PAGE)
    return web.page("notifications/list.html", team=team, listing=listing, may_manage=_manages(web, team),
                    types=forms.TYPE_NAMES, base=f"/teams/{team_id}/notifications?")


async def _form_page(web: SignedIn, team: Mapping[str, Any], *, notification: Mapping[str, Any] | None = None,
                     status: int = 200, values: Mapping[str, Any] | None = None,
                     errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    # A refused form comes back with everything as typed but the URL: a secret is never put back into a page.
    retype = bool(values and values.get("url"))
    if values is None:
        values = forms.stored(notification) if notification else {
            "name": "", "type": "slack", "url": "", "recipients": "", "enabledEvents": [], "active": True}
    return web.page("notifications/form.html", status=status, team=team, notification=notification,
                    may_manage=_manages(web, team), values={**values, "url": ""}, retype=retype,
                    errors=errors or {}, error=error,
                    types=forms.TYPES, event_types=await _event_types(web), shown=forms.SHOWN)


def _secret_page(web: SignedIn, notification: Mapping[str, Any], secret: str, *, made: bool) -> Response:
    """The webhook's signing secret, on this answer only: never in a redirect, a flash or a cache."""
    response = web.page("notifications/secret.html", status=201 if made else 200, notification=notification,
                        secret=secret, made=made)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/teams/{team_id}/notifications/new")
async def new_form(web: SignedIn, team_id: UUID) -> Response:
    return await _form_page(web, await web.api.get(f"/teams/{team_id}"))


@router.post("/teams/{team_id}/notifications")
async def create(web: SignedIn, team_id: UUID) -> Response:
    values = forms.posted(await web.form())  # the form's token first: a forged post learns nothing
    team = await web.api.get(f"/teams/{team_id}")
    try:
        made = await web.api.post(f"/teams/{team_id}/notifications", forms.body(values, change=False))
    except ApiFailure as failure:
        _refused(failure)
        return await _form_page(web, team, status=failure.status, values=values,
                                errors=forms.errors_by_field(failure.fields), error=failure.message)
    if made.get("signingSecret"):
        return _secret_page(web, made, made["signingSecret"], made=True)
    return web.redirect(f"/notifications/{made['id']}", say=f"Added the notification {made['name']}.")


async def _detail(web: SignedIn, notification_id: UUID, *, page: int = 1, outcome: Mapping[str, Any] | None = None,
                  status: int = 200) -> Response:
    notification = await web.api.get(f"/notifications/{notification_id}")
    team = await web.api.get(f"/teams/{notification['teamId']}")
    deliveries = await web.api.get(f"/notifications/{notification_id}/deliveries", page=page, per_page=PER_PAGE)
    return web.page("notifications/detail.html", status=status, notification=notification, team=team,
                    may_manage=_manages(web, team), deliveries=deliveries, outcome=outcome,
                    types=forms.TYPE_NAMES, descriptions={t["type"]: t["description"] for t in
                                                          await _event_types(web)},
                    base=f"/notifications/{notification_id}?")


@router.get("/notifications/{notification_id}")
async def notification_page(web: SignedIn, notification_id: UUID, page: PageNumber = 1) -> Response:
    return await _detail(web, notification_id, page=page)


@router.get("/notifications/{notification_id}/edit")
async def edit_form(web: SignedIn, notification_id: UUID) -> Response:
    notification = await web.api.get(f"/notifications/{notification_id}")
    return await _form_page(web, await web.api.get(f"/teams/{notification['teamId']}"), notification=notification)


@router.post("/notifications/{notification_id}/edit")
async def edit(web: SignedIn, notification_id: UUID) -> Response:
    values = forms.posted(await web.form())
    notification = await web.api.get(f"/notifications/{notification_id}")
    team = await web.api.get(f"/teams/{notification['teamId']}")
    try:
        saved = await web.api.put(f"/notifications/{notification_id}", forms.body(values, change=True))
    except ApiFailure as failure:
        _refused(failure)
        return await _form_page(web, team, notification=notification, status=failure.status, values=values,
                                errors=forms.errors_by_field(failure.fields), error=failure.message)
    return web.redirect(f"/notifications/{notification_id}", say=f"Saved the notification {saved['name']}.")


@router.post("/notifications/{notification_id}/test")
async def send_test(web: SignedIn, notification_id: UUID) -> Response:
    """Sends a test message now and shows how it went: in place (htmx), or on the notification's page."""
    await web.form()
    try:
        outcome: dict[str, Any] = await web.api.post(f"/notifications/{notification_id}/test", {})
    except ApiFailure as failure:
        _refused(failure)
        # Refused before any try (say, an inactive notification): said where the outcome goes.
        outcome = {"status": "refused", "attempts": 0, "lastStatus": None, "lastError": failure.message}
    if web.request.headers.get("HX-Request"):
        # Always 200: htmx swaps in only successful answers, and a refused delivery is an answer here.
        notification = await web.api.get(f"/notifications/{notification_id}")
        deliveries = await web.api.get(f"/notifications/{notification_id}/deliveries", per_page=PER_PAGE)
        return web.page("notifications/_test.html", notification=notification, outcome=outcome,
                        deliveries=deliveries, base=f"/notifications/{notification_id}?", swap=True)
    return await _detail(web, notification_id, outcome=outcome)


@router.post("/notifications/{notification_id}/signing-secret")
async def new_signing_secret(web: SignedIn, notification_id: UUID) -> Response:
    await web.form()  # the form's token first: a forged post learns nothing
    notification = await web.api.get(f"/notifications/{notification_id}")
    made = await web.api.post(f"/notifications/{notification_id}/signing-secret", {})
    return _secret_page(web, notification, made["signingSecret"], made=False)


@router.get("/notifications/{notification_id}/delete")
async def delete_form(web: SignedIn, notification_id: UUID) -> Response:
    notification = await web.api.get(f"/notifications/{notification_id}")
    return web.page("notifications/delete.html", notification=notification, types=forms.TYPE_NAMES)


@router.post("/notifications/{notification_id}/delete")
async def delete(web: SignedIn, notification_id: UUID) -> Response:
    await web.form()
    notification = await web.api.get(f"/notifications/{notification_id}")
    await web.api.delete(f"/notifications/{notification_id}")
    return web.redirect(f"/teams/{notification['teamId']}/notifications",
                        say=f"Deleted the notification {notification['name']}.")
