"""Step images: the caller's teams' images that build steps run in, and the public ones (search, paging), adding
one (its image checked with its registry by the API before it is saved) and forgetting one through a
confirmation page (refused while a workflow's step uses it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import managed_options, may_manage, teams_by_id

router = APIRouter(prefix="/step-images")

PER_PAGE = 25
# The form's field names are the API's, so its errors land beside them.
FIELDS = ("teamId", "slug", "imageUrl", "public")


@router.get("")
async def step_image_list(web: SignedIn, search: Annotated[str, Query(max_length=100)] = "",
                          page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    search = search.strip()
    listing = await web.api.get("/step-images", search=search or None, page=page, per_page=PER_PAGE)
    teams = await teams_by_id(web)
    manageable = {item["id"] for item in listing["items"] if may_manage(web, teams, item["teamId"])}
    base = "/step-images?" + (f"{urlencode({'search': search})}&" if search else "")
    return web.page("step_images/list.html", listing=listing, search=search, base=base, teams=teams,
                    manageable=manageable, may_add=bool(managed_options(web, teams)))


async def _new_page(web: SignedIn, *, status: int = 200, values: Mapping[str, str] | None = None,
                    errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    assert web.user is not None
    teams = managed_options(web, await teams_by_id(web))
    personal = next((team_id for team_id, text in teams if text.endswith("(personal)")), "")
    return web.page("step_images/new.html", status=status, teams=teams, values=values or {"teamId": personal},
                    errors=errors or {}, error=error, admin=web.user.is_admin,
                    # Only an admin's form has the public box: anyone else's top error names that field.
                    shown=FIELDS if web.user.is_admin else FIELDS[:-1])


@router.get("/new")
async def new_form(web: SignedIn) -> Response:
    return await _new_page(web)


@router.post("")
async def add(web: SignedIn) -> Response:
    values = form_values(await web.form(), *FIELDS)
    body = {"teamId": values["teamId"] or None, "slug": values["slug"], "imageUrl": values["imageUrl"],
            "public": values["public"] == "true"}
    try:
        image = await web.api.post("/step-images", body)
    except ApiFailure as failure:
        if failure.status in (401, 403) and not failure.fields:  # not a form to show again: the page says why
            raise
        return await _new_page(web, status=failure.status, values=values, errors=failure.fields,
                               error=failure.message)
    return web.redirect("/step-images", say=f"Added the step image {image['slug']}.")


@router.get("/{step_image_id}/delete")
async def delete_form(web: SignedIn, step_image_id: UUID) -> Response:
    return web.page("step_images/delete.html", image=await web.api.get(f"/step-images/{step_image_id}"),
                    error=None)


@router.post("/{step_image_id}/delete")
async def delete(web: SignedIn, step_image_id: UUID) -> Response:
    await web.form()
    image = await web.api.get(f"/step-images/{step_image_id}")
    try:
        await web.api.delete(f"/step-images/{step_image_id}")
    except ApiFailure as failure:
        if failure.status in (401, 403, 404):
            raise
        # In use (409): the page says what uses it, and nothing is forgotten.
        return web.page("step_images/delete.html", status=failure.status, image=image, error=failure.message)
    return web.redirect("/step-images", say=f"Forgot the step image {image['slug']}.")
