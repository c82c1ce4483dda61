"""Apps: the installed apps, paged; an app's page (its states, name, databases, access restriction, settings, its
last run and the error with its step), power and repair, the configure form, uninstall through a confirmation
page (its databases kept when asked), and its log (live, as the services' log)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.domains.apps.api.apps import app_logstream
from service.domains.apps.secrets import secrets_of
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn
from service.web.pages.apps_forms import (
    PLACE_FIELDS,
    Refused,
    access_values,
    choices,
    configure_body,
    errors_of,
    posted,
    setting_values,
    settings_of,
)
from service.web.pages.apps_store import icon_url

router = APIRouter(prefix="/apps")

PER_PAGE = 25
ACTIONS = {"start": "Starting", "stop": "Stopping", "restart": "Restarting", "repair": "Repairing"}
LOG_LINES = (50, 100, 500, 1000)


@router.get("")
async def app_list(web: SignedIn, search: Annotated[str, Query(max_length=100)] = "",
                   page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    search = search.strip()
    listing = await web.api.get("/apps", search=search or None, page=page, per_page=PER_PAGE)
    return web.page("apps/list.html", listing=listing, search=search, icon_url=icon_url,
                    base=f"/apps?{urlencode({'search': search})}&" if search else "/apps?")


async def _manages(web: SignedIn, app: Mapping[str, Any]) -> tuple[dict[str, Any] | None, bool]:
    """The app's project, and whether the caller may change the app (a member or above; an administrator for an
    app whose project is gone)."""
    assert web.user is not None
    if not app["projectId"]:
        return None, web.user.is_admin
    project = await web.api.get(f"/projects/{app['projectId']}")
    return project, project["role"] != "viewer"


def _names(offered: Mapping[str, list[tuple[str, str]]], restriction: Mapping[str, list[str]] | None
           ) -> dict[str, list[str]]:
    if restriction is None:
        return {"users": [], "groups": []}
    users, groups = dict(offered["users"]), dict(offered["groups"])
    return {"users": [users.get(u, u) for u in restriction.get("users") or []],
            "groups": [groups.get(g, g) for g in restriction.get("groups") or []]}


async def _app_page(web: SignedIn, app_id: UUID, *, status: int = 200, values: Mapping[str, Any] | None = None,
                    errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    app = await web.api.get(f"/apps/{app_id}")
    project, manage = await _manages(web, app)
    offered = await choices(web)
    if app["domain"] not in dict(offered["domains"]):
        offered["domains"].append((app["domain"], app["domain"]))
    manifest = app["manifest"]
    if values is None:
        values = {"location": app["location"], "domain": app["domain"], "label": app["label"],
                  "tags": ", ".join(app["tags"]), **access_values(app["accessRestriction"]),
                  **setting_values(manifest, app["settings"])}
    return web.page("apps/detail.html", status=status, app=app, manifest=manifest, project=project, manage=manage,
                    values=values, errors=errors or {}, error=error, settings=settings_of(manifest),
                    names=_names(offered, app["accessRestriction"]), icon_url=icon_url, **offered)


@router.get("/{app_id}")
async def app_page(web: SignedIn, app_id: UUID) -> Response:
    return await _app_page(web, app_id)


@router.post("/{app_id}/configure")
async def configure(web: SignedIn, app_id: UUID) -> Response:
    form = await web.form()
    app = await web.api.get(f"/apps/{app_id}")
    values = posted(form, app["manifest"], *PLACE_FIELDS)
    try:
        answer = await web.api.post(f"/apps/{app_id}/configure", configure_body(values, form, app["manifest"]))
    except Refused as refused:
        return await _app_page(web, app_id, status=422, values=values, errors=refused.errors, error=str(refused))
    except ApiFailure as failure:
        if failure.status in (401, 404):
            raise
        return await _app_page(web, app_id, status=failure.status, values=values, errors=errors_of(failure),
                               error=failure.message)
    say = (f"Saved {answer['fqdn']}; applying it: task #{answer['taskId']}." if answer["taskId"] else
           f"Saved {answer['fqdn']}: nothing to apply.")
    return web.redirect(f"/apps/{app_id}", say=say)


@router.get("/{app_id}/uninstall")
async def uninstall_form(web: SignedIn, app_id: UUID) -> Response:
    return web.page("apps/uninstall.html", app=await web.api.get(f"/apps/{app_id}"), values={}, errors={},
                    error=None)


@router.post("/{app_id}/uninstall")
async def uninstall(web: SignedIn, app_id: UUID) -> Response:
    form = await web.form()
    values = {"confirm": str(form.get("confirm") or "").strip(),
              "keepDatabases": "true" if form.get("keepDatabases") == "true" else ""}
    app = await web.api.get(f"/apps/{app_id}")
    if values["confirm"] != app["fqdn"]:
        return web.page("apps/uninstall.html", status=422, app=app, values=values,
                        errors={"confirm": f"Type {app['fqdn']} to confirm."}, error=None)
    try:
        answer = await web.api.post(f"/apps/{app_id}/uninstall", {"keepDatabases": values["keepDatabases"] == "true"})
    except ApiFailure as failure:
        if failure.status in (401, 404):
            raise
        return web.page("apps/uninstall.html", status=failure.status, app=app, values=values,
                        errors=failure.fields, error=failure.message)
    return web.redirect("/apps", say=f"Uninstalling {app['fqdn']}: task #{answer['taskId']}." if answer else
                        f"Uninstalled {app['fqdn']}.")


@router.get("/{app_id}/logs")
async def logs_page(web: SignedIn, app_id: UUID,
                    lines: Annotated[int | None, Query(ge=1, le=10_000)] = None) -> Response:
    """Live (the last 100 lines, then each new one); with `lines`, that many last lines as they are now."""
    app = await web.api.get(f"/apps/{app_id}")
    answer, failure = None, None
    if lines is not None:
        try:
            answer = await web.api.get(f"/apps/{app_id}/logs", lines=lines)
        except ApiFailure as refused:
            if refused.status in (401, 403, 404):
                raise
            failure = refused
    return web.page("apps/logs.html", app=app, lines=lines, answer=answer, failure=failure, choices=LOG_LINES)


@router.get("/{app_id}/logstream-web")
async def log_stream(web: SignedIn, app_id: UUID, after: Annotated[int, Query(ge=0, le=10**9)] = 0) -> Response:
    """The API's live stream of the app's journal for the signed-in browser (EventSource sends cookies, not bearer
    tokens). `after` is what the page's script sends; unused here."""
    assert web.user is not None
    return await app_logstream(app_id, web.user, secrets_of(web.request.app.state), lines=100)


# After the named POST routes above: start, stop, restart, repair.
@router.post("/{app_id}/{action}")
async def act(web: SignedIn, app_id: UUID, action: str) -> Response:
    await web.form()
    back = f"/apps/{app_id}"
    if action not in ACTIONS:
        return web.redirect(back, say=f"No action {action!r}.")
    try:
        answer = await web.api.post(f"/apps/{app_id}/{action}")
    except ApiFailure as failure:
        if failure.status in (401, 404):
            raise
        return web.redirect(back, say=f"Refused: {failure.message}")
    return web.redirect(back, say=f"{ACTIONS[action]} the app: task #{answer['taskId']}.")
