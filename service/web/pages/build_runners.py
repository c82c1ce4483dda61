"""Build runners (instance admins): the list (name, labels, last seen, made), making one (its token shown once, on
the page that answers the form, with the command line that starts it) and deleting one through a confirmation page.
The API refuses anyone else: its 403 is the "Not allowed" page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/build-runners")

FIELDS = ("name", "labels")


def labels_of(text: str) -> list[str]:
    """Labels as typed: separated by commas or spaces (the API checks each)."""
    return [label for label in text.replace(",", " ").split() if label]


def _errors(failure: ApiFailure) -> dict[str, str]:
    """The API names a bad label by its place (labels.2): the form has one labels field."""
    found: dict[str, str] = {}
    for name, message in failure.fields.items():
        found.setdefault("labels" if name.startswith("labels") else name, message or failure.message)
    return found


async def _list_page(web: SignedIn, *, status: int = 200, values: Mapping[str, str] | None = None,
                     errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    runners = await web.api.get("/build-runners")
    return web.page("build_runners/list.html", status=status, runners=runners, values=values or {},
                    errors=errors or {}, error=error, shown=FIELDS)


async def _runner(web: SignedIn, runner_id: UUID) -> dict[str, Any]:
    """The runner from the list (the API has no single runner's route): none is the 404 page."""
    found = next((r for r in await web.api.get("/build-runners") if r["id"] == str(runner_id)), None)
    if found is None:
        raise ApiFailure(404, {"error": f"No runner {runner_id}", "code": "not_found"})
    return found


@router.get("")
async def runner_list(web: SignedIn) -> Response:
    return await _list_page(web)


@router.post("")
async def make(web: SignedIn) -> Response:
    values = form_values(await web.form(), *FIELDS)
    try:
        made = await web.api.post("/build-runners", {"name": values["name"], "labels": labels_of(values["labels"])})
    except ApiFailure as failure:
        if failure.status in (401, 403) and not failure.fields:  # not a form to show again: the page says why
            raise
        return await _list_page(web, status=failure.status, values=values, errors=_errors(failure),
                                error=failure.message)
    # The token is shown on this answer only: never in a redirect, a flash or a cache.
    response = web.page("build_runners/created.html", status=201, runner=made,
                        url=str(web.request.base_url).rstrip("/"))
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/{runner_id}/delete")
async def delete_form(web: SignedIn, runner_id: UUID) -> Response:
    return web.page("build_runners/delete.html", runner=await _runner(web, runner_id))


@router.post("/{runner_id}/delete")
async def delete(web: SignedIn, runner_id: UUID) -> Response:
    await web.form()
    runner = await _runner(web, runner_id)
    await web.api.delete(f"/build-runners/{runner_id}")
    return web.redirect("/build-runners", say=f"Deleted the runner {runner['name']}: its token no longer works.")
