"""Registries: the list of the caller's teams' container registries (search, paging), adding one (its type chosen
first, then that type's fields), a registry's page (its credentials only as "set" or not), editing it (an empty
token keeps the stored one), forgetting it through a confirmation page, and browsing its images and their tags."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages import registries_forms as forms
from service.web.pages.choices import managed_options, may_manage, teams_by_id

router = APIRouter(prefix="/registries")

PER_PAGE = 25
IMAGES_PER_PAGE = 50
Search = Annotated[str, Query(max_length=100)]
PageNumber = Annotated[int, Query(ge=1, le=100000)]
# An image's path as the API takes it (lower-case components): anything else names no image.
ImageName = Annotated[str, Query(max_length=255, pattern=r"^[a-z0-9]+([._/-][a-z0-9]+)*$")]


@router.get("")
async def registry_list(web: SignedIn, search: Search = "", page: PageNumber = 1) -> Response:
    search = search.strip()
    listing = await web.api.get("/registries", search=search or None, page=page, per_page=PER_PAGE)
    teams = await teams_by_id(web)
    base = "/registries?" + (f"{urlencode({'search': search})}&" if search else "")
    return web.page("registries/list.html", listing=listing, search=search, base=base, teams=teams,
                    types=dict(forms.type_options()), may_add=bool(managed_options(web, teams)))


async def _new_page(web: SignedIn, kind: str, *, status: int = 200, values: Mapping[str, str] | None = None,
                    errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    teams = managed_options(web, await teams_by_id(web))
    if not forms.known(kind):
        # The chooser: which type first, then that type's own form.
        refused = {"type": f"{kind!r} is not a registry type Containr knows."} if kind else {}
        return web.page("registries/choose.html", status=422 if kind else status, types=forms.type_options(),
                        values={"type": ""}, errors=refused, teams=teams)
    personal = next((team_id for team_id, text in teams if text.endswith("(personal)")), "")
    return web.page("registries/new.html", status=status, kind=kind, about=forms.TYPES[kind],
                    fields=forms.fields_of(kind), teams=teams, values=values or {"teamId": personal},
                    errors=errors or {}, error=error, shown=forms.shown(kind))


@router.get("/new")
async def new_form(web: SignedIn, type: Annotated[str, Query(max_length=32)] = "") -> Response:  # noqa: A002
    return await _new_page(web, type)


@router.post("")
async def add(web: SignedIn) -> Response:
    form = await web.form()
    kind = form_values(form, "type")["type"]
    if not forms.known(kind):
        return await _new_page(web, kind, status=422)
    values = forms.values_from(form, kind)
    body = {**forms.body_of(kind, values, form), "teamId": values["teamId"] or None}
    try:
        registry = await web.api.post("/registries", body)
    except ApiFailure as failure:
        if failure.status in (401, 403):  # not a form to show again: the page says why
            raise
        return await _new_page(web, kind, status=failure.status, values=values, errors=failure.fields,
                               error=failure.message)
    return web.redirect(f"/registries/{registry['id']}", say=f"Added the registry {registry['name']}.")


@router.get("/{registry_id}")
async def registry_page(web: SignedIn, registry_id: UUID) -> Response:
    registry = await web.api.get(f"/registries/{registry_id}")
    teams = await teams_by_id(web)
    return web.page("registries/detail.html", registry=registry, types=dict(forms.type_options()),
                    team=teams.get(registry["teamId"]), may_manage=may_manage(web, teams, registry["teamId"]))


async def _edit_page(web: SignedIn, registry: Mapping[str, Any], kind: str, *, status: int = 200,
                     values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                     error: str | None = None) -> Response:
    teams = await teams_by_id(web)
    return web.page("registries/edit.html", status=status, registry=registry, kind=kind,
                    types=forms.type_options(), about=forms.TYPES[kind], fields=forms.fields_of(kind),
                    values=values if values is not None else forms.values_of(registry), errors=errors or {},
                    error=error, shown=forms.shown(kind), may_manage=may_manage(web, teams, registry["teamId"]))


@router.get("/{registry_id}/edit")
async def edit_form(web: SignedIn, registry_id: UUID,
                    type: Annotated[str, Query(max_length=32)] = "") -> Response:  # noqa: A002
    """The registry's form; `type` shows another type's fields (the type changes when the form is saved)."""
    registry = await web.api.get(f"/registries/{registry_id}")
    kind = type if forms.known(type) else registry["type"]
    return await _edit_page(web, registry, kind)


@router.post("/{registry_id}/edit")
async def edit(web: SignedIn, registry_id: UUID) -> Response:
    form = await web.form()
    registry = await web.api.get(f"/registries/{registry_id}")
    kind = form_values(form, "type")["type"]
    if not forms.known(kind):
        return await _edit_page(web, registry, registry["type"], status=422, errors={
            "type": f"{kind!r} is not a registry type Containr knows."}, error="The registry type is unknown.")
    values = forms.values_from(form, kind)
    try:
        # The icon has no field here: sent back as it is, so a change keeps it.
        saved = await web.api.put(f"/registries/{registry_id}",
                                  {**forms.body_of(kind, values, form), "icon": registry["icon"]})
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return await _edit_page(web, registry, kind, status=failure.status, values=values, errors=failure.fields,
                                error=failure.message)
    return web.redirect(f"/registries/{registry_id}", say=f"Saved the registry {saved['name']}.")


@router.get("/{registry_id}/delete")
async def delete_form(web: SignedIn, registry_id: UUID) -> Response:
    return web.page("registries/delete.html", registry=await web.api.get(f"/registries/{registry_id}"),
                    error=None)


@router.post("/{registry_id}/delete")
async def delete(web: SignedIn, registry_id: UUID) -> Response:
    await web.form()
    registry = await web.api.get(f"/registries/{registry_id}")
    try:
        await web.api.delete(f"/registries/{registry_id}")
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        # In use (409): the page says what uses it, and nothing is forgotten.
        return web.page("registries/delete.html", status=failure.status, registry=registry, error=failure.message)
    return web.redirect("/registries", say=f"Forgot the registry {registry['name']}.")


async def _read(web: SignedIn, path: str, **params: Any) -> tuple[Any, ApiFailure | None]:
    """What the registry answers through the API, or why it could not (unreachable, no catalog, refused)."""
    try:
        return await web.api.get(path, **params), None
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        return None, failure


@router.get("/{registry_id}/images")
async def images_page(web: SignedIn, registry_id: UUID, search: Search = "", page: PageNumber = 1) -> Response:
    """The registry's catalog, read now (search and paging by the API)."""
    registry = await web.api.get(f"/registries/{registry_id}")
    search = search.strip()
    listing, failure = await _read(web, f"/registries/{registry_id}/images", search=search or None, page=page,
                                   per_page=IMAGES_PER_PAGE)
    base = f"/registries/{registry_id}/images?" + (f"{urlencode({'search': search})}&" if search else "")
    return web.page("registries/images.html", registry=registry, listing=listing, failure=failure, search=search,
                    base=base)


@router.get("/{registry_id}/tags")
async def tags_page(web: SignedIn, registry_id: UUID, image: ImageName) -> Response:
    """One image's tags, with the reference a pull names."""
    registry = await web.api.get(f"/registries/{registry_id}")
    tags, failure = await _read(web, f"/registries/{registry_id}/images/{image}/tags")
    return web.page("registries/tags.html", registry=registry, image=image, tags=tags, failure=failure)
