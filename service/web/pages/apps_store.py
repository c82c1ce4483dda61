"""The app store: the catalogue (search, tag filter) as cards; an app's manifest facts, versions and install form,
whose answer shows the generated admin password this once, beside the install's task."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query
from starlette.responses import Response

from service.domains.apps import catalogue, icons
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn
from service.web.pages.apps_forms import (
    INSTALL_FIELDS,
    Refused,
    alternatives_of,
    choices,
    errors_of,
    install_body,
    posted,
    projects,
    setting_values,
    settings_of,
)

router = APIRouter(prefix="/appstore")

StoreAppId = Annotated[str, Path(max_length=128, pattern=r"^[a-z0-9]+(\.[a-z0-9-]+)+$")]
PER_PAGE = 24


def icon_url(app_id: str) -> str:
    """The icon through the pages (the browser has the session's cookie, not the API's bearer token)."""
    return f"/appstore/{app_id}/icon"


@router.get("")
async def store(web: SignedIn, search: Annotated[str, Query(max_length=100)] = "",
                tag: Annotated[str, Query(max_length=32)] = "",
                page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    search, tag = search.strip(), tag.strip()
    listing = await web.api.get("/appstore/apps", search=search or None, tag=tag or None, page=page,
                                per_page=PER_PAGE)
    everything = await web.api.get("/appstore/apps", per_page=100)
    tags = sorted({t for app in everything["items"] for t in app["tags"]})
    kept = {key: value for key, value in (("search", search), ("tag", tag)) if value}
    return web.page("apps/store.html", listing=listing, tags=tags, filters={"search": search, "tag": tag},
                    base=f"/appstore?{urlencode(kept)}&" if kept else "/appstore?", icon_url=icon_url)


@router.get("/{store_app_id}/icon")
async def icon(web: SignedIn, store_app_id: StoreAppId) -> Response:
    # Answered here as the API answers it (same headers, ETag), for the signed-in browser.
    found = catalogue.load(web.request.app.state.settings).find(store_app_id)
    if found is None:
        raise ApiFailure(404, {"error": f"No app {store_app_id} in the catalogue"})
    answer = icons.answer(found, web.request)
    del answer.headers["x-content-type-options"]  # the pages' own headers have it (service/web/headers.py)
    return answer


async def _app_page(web: SignedIn, app_id: str, *, status: int = 200, values: Mapping[str, Any] | None = None,
                    errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    app = await web.api.get(f"/appstore/apps/{app_id}")
    manifest = app["manifest"]
    offered = await choices(web)
    if values is None:
        values = {"location": "", "domain": offered["domains"][0][0] if offered["domains"] else "",
                  "access": "public", "users": [], "groups": [], "label": "", "tags": "", "projectId": "",
                  "memoryMb": str(max(int(manifest.get("memoryLimit") or 256), 512)),
                  **setting_values(manifest), **{f"addon.{a}": a for a, _ in alternatives_of(manifest)}}
    alternatives = [(addon, [(o, o) for o in options]) for addon, options in alternatives_of(manifest)]
    return web.page("apps/store_app.html", status=status, app=app, manifest=manifest, values=values,
                    errors=errors or {}, error=error, settings=settings_of(manifest), alternatives=alternatives,
                    projects=await projects(web), icon_url=icon_url, **offered)


@router.get("/{store_app_id}")
async def store_app(web: SignedIn, store_app_id: StoreAppId) -> Response:
    return await _app_page(web, store_app_id)


@router.post("/{store_app_id}/install")
async def install(web: SignedIn, store_app_id: StoreAppId) -> Response:
    form = await web.form()
    app = await web.api.get(f"/appstore/apps/{store_app_id}")
    manifest = app["manifest"]
    values = posted(form, manifest, *INSTALL_FIELDS)
    try:
        body = install_body(store_app_id, values, form, manifest)
    except Refused as refused:
        return await _app_page(web, store_app_id, status=422, values=values, errors=refused.errors, error=str(refused))
    try:
        installed = await web.api.post("/apps/install", body)
    except ApiFailure as failure:
        if failure.status in (401, 404):
            raise
        return await _app_page(web, store_app_id, status=failure.status, values=values, errors=errors_of(failure),
                               error=failure.message)
    # The password is in this answer only: never in a redirect, the session's flash or a cache.
    response = web.page("apps/installed.html", status=202, app=installed, manifest=manifest, icon_url=icon_url)
    response.headers["Cache-Control"] = "no-store"
    return response
