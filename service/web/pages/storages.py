"""Storages: the caller's teams' S3-compatible buckets (search, paging), adding one, a storage's page (its keys
only as "set" or not), editing it (a key left empty keeps the stored one) and deleting it through a
confirmation page (refused while a deployment's volume uses it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.datastructures import FormData
from starlette.responses import Response

from service.domains.storages.schemas import URL_HELP
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import managed_options, may_manage, teams_by_id

router = APIRouter(prefix="/storages")

PER_PAGE = 25
# The form's field names are the API's, so its errors land beside them; the keys are never put back into a form.
FIELDS = ("name", "description", "url")
KEYS = ("accessKey", "secretKey")
SHOWN = ("teamId", *FIELDS, *KEYS)


def _body(values: Mapping[str, str], form: FormData) -> dict[str, Any]:
    """The API body: a key only when one was typed, so that a change keeps the stored one; both null when the
    edit form's "remove the keys" is ticked (a public bucket, read without keys)."""
    body: dict[str, Any] = {name: values[name] for name in FIELDS}
    if form.get("removeKeys"):
        return {**body, **dict.fromkeys(KEYS)}
    for key in KEYS:
        if typed := str(form.get(key) or "").strip():
            body[key] = typed
    return body


@router.get("")
async def storage_list(web: SignedIn, search: Annotated[str, Query(max_length=100)] = "",
                       page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    search = search.strip()
    listing = await web.api.get("/storages", search=search or None, page=page, per_page=PER_PAGE)
    teams = await teams_by_id(web)
    base = "/storages?" + (f"{urlencode({'search': search})}&" if search else "")
    return web.page("storages/list.html", listing=listing, search=search, base=base, teams=teams,
                    may_add=bool(managed_options(web, teams)))


async def _new_page(web: SignedIn, *, status: int = 200, values: Mapping[str, str] | None = None,
                    errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    teams = managed_options(web, await teams_by_id(web))
    personal = next((team_id for team_id, text in teams if text.endswith("(personal)")), "")
    return web.page("storages/new.html", status=status, teams=teams, values=values or {"teamId": personal},
                    errors=errors or {}, error=error, shown=SHOWN, url_help=URL_HELP)


@router.get("/new")
async def new_form(web: SignedIn) -> Response:
    return await _new_page(web)


@router.post("")
async def add(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "teamId", *FIELDS)
    try:
        storage = await web.api.post("/storages", {**_body(values, form), "teamId": values["teamId"] or None})
    except ApiFailure as failure:
        if failure.status in (401, 403):  # not a form to show again: the page says why
            raise
        return await _new_page(web, status=failure.status, values=values, errors=failure.fields,
                               error=failure.message)
    return web.redirect(f"/storages/{storage['id']}", say=f"Added the storage {storage['name']}.")


@router.get("/{storage_id}")
async def storage_page(web: SignedIn, storage_id: UUID) -> Response:
    storage = await web.api.get(f"/storages/{storage_id}")
    teams = await teams_by_id(web)
    return web.page("storages/detail.html", storage=storage, team=teams.get(storage["teamId"]),
                    may_manage=may_manage(web, teams, storage["teamId"]))


async def _edit_page(web: SignedIn, storage: Mapping[str, Any], *, status: int = 200,
                     values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                     error: str | None = None) -> Response:
    teams = await teams_by_id(web)
    return web.page("storages/edit.html", status=status, storage=storage,
                    values=values if values is not None else {name: storage[name] for name in FIELDS},
                    errors=errors or {}, error=error, shown=SHOWN, url_help=URL_HELP,
                    may_manage=may_manage(web, teams, storage["teamId"]))


@router.get("/{storage_id}/edit")
async def edit_form(web: SignedIn, storage_id: UUID) -> Response:
    return await _edit_page(web, await web.api.get(f"/storages/{storage_id}"))


@router.post("/{storage_id}/edit")
async def edit(web: SignedIn, storage_id: UUID) -> Response:
    form = await web.form()
    storage = await web.api.get(f"/storages/{storage_id}")
    values = form_values(form, *FIELDS, "removeKeys")
    try:
        # The icon has no field here: sent back as it is, so a change keeps it.
        saved = await web.api.put(f"/storages/{storage_id}", {**_body(values, form), "icon": storage["icon"]})
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return await _edit_page(web, storage, status=failure.status, values=values, errors=failure.fields,
                                error=failure.message)
    return web.redirect(f"/storages/{storage_id}", say=f"Saved the storage {saved['name']}.")


@router.get("/{storage_id}/delete")
async def delete_form(web: SignedIn, storage_id: UUID) -> Response:
    return web.page("storages/delete.html", storage=await web.api.get(f"/storages/{storage_id}"), error=None)


@router.post("/{storage_id}/delete")
async def delete(web: SignedIn, storage_id: UUID) -> Response:
    await web.form()
    storage = await web.api.get(f"/storages/{storage_id}")
    try:
        await web.api.delete(f"/storages/{storage_id}")
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        # In use (409): the page says so, and nothing is deleted.
        return web.page("storages/delete.html", status=failure.status, storage=storage, error=failure.message)
    return web.redirect("/storages", say=f"Deleted the storage {storage['name']}; the bucket itself stays.")
