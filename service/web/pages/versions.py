"""Versions of a project (dyrector's): the list with its deployments, adding one, making one the default,
increasing one (a copy with its images), editing and deleting one through a confirmation page, and converting a
versionless project to versioned. A version's images are in version_images.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.environments import can

router = APIRouter(prefix="/projects/{project_id}")

PER_PAGE = 25
VERSION_FIELDS = ("name", "type", "changelog")
TYPES = [("incremental", "Incremental"), ("rolling", "Rolling")]


def versions_url(project_id: UUID | str, *rest: str) -> str:
    """The page's address, and under /api/v1 the API's."""
    return "/".join([f"/projects/{project_id}/versions", *rest])


async def deployed_by_version(web: SignedIn, project_id: UUID | str) -> dict[str, list[dict[str, Any]]]:
    """The project's deployments by version id (its newest 100), for the versions' "deployed" column."""
    found: dict[str, list[dict[str, Any]]] = {}
    listing = await web.api.get("/deployments", projectId=str(project_id), per_page=100)
    for deployment in listing["items"]:
        found.setdefault(deployment["version"]["id"], []).append(deployment)
    return found


async def _list_page(web: SignedIn, project_id: UUID, *, search: str = "", page: int = 1, status: int = 200,
                     values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                     error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    listing = await web.api.get(versions_url(project_id), search=search, page=page, per_page=PER_PAGE)
    query = urlencode({"search": search})
    return web.page("versions/list.html", status=status, project=project, can=can(project), listing=listing,
                    deployed=await deployed_by_version(web, project_id), search=search, types=TYPES,
                    base=f"{versions_url(project_id)}?{query}&" if search else f"{versions_url(project_id)}?",
                    values=values or {"type": "incremental"}, errors=errors or {}, error=error)


@router.get("/versions")
async def version_list(web: SignedIn, project_id: UUID, search: Annotated[str, Query(max_length=100)] = "",
                       page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    return await _list_page(web, project_id, search=search.strip(), page=page)


def _images(version: Mapping[str, Any]) -> str:
    count = version["imagesCount"]
    return f"{count} image{'s' if count != 1 else ''}"


def _refused(failure: ApiFailure) -> None:
    """What a page shows as the forbidden or not-found page rather than beside a field."""
    if failure.status in (403, 404):
        raise failure


@router.post("/versions")
async def create_version(web: SignedIn, project_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, *VERSION_FIELDS)
    try:
        version = await web.api.post(versions_url(project_id), {
            "name": values["name"], "type": values["type"] or "incremental", "changelog": values["changelog"]})
    except ApiFailure as failure:
        _refused(failure)
        return await _list_page(web, project_id, status=failure.status, values=values, errors=failure.fields,
                                error=failure.message)
    copied = f" with the default's {_images(version)}" if version["imagesCount"] else ""
    return web.redirect(versions_url(project_id, version["id"]), say=f"Version {version['name']} made{copied}.")


@router.post("/versions/{version_id}/default")
async def make_default(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    await web.form()
    try:
        version = await web.api.put(versions_url(project_id, str(version_id), "default"), {})
    except ApiFailure as failure:
        _refused(failure)
        return web.redirect(versions_url(project_id), say=failure.message)
    return web.redirect(versions_url(project_id),
                        say=f"Version {version['name']} is the default: new versions start with its images.")


async def _version_form(web: SignedIn, project_id: UUID, version_id: UUID, template: str, *, status: int = 200,
                        values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                        error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    version = await web.api.get(versions_url(project_id, str(version_id)))
    if values is None:
        values = ({"name": "", "changelog": ""} if template.endswith("increase.html") else
                  {"name": version["name"], "changelog": version["changelog"]})
    return web.page(template, status=status, project=project, version=version, can=can(project), values=values,
                    errors=errors or {}, error=error,
                    deployments=(await deployed_by_version(web, project_id)).get(version["id"], []))


@router.get("/versions/{version_id}/increase")
async def increase_form(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    return await _version_form(web, project_id, version_id, "versions/increase.html")


@router.post("/versions/{version_id}/increase")
async def increase(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, "name", "changelog")
    try:
        copy = await web.api.post(versions_url(project_id, str(version_id), "increase"), dict(values))
    except ApiFailure as failure:
        _refused(failure)
        return await _version_form(web, project_id, version_id, "versions/increase.html", status=failure.status,
                                   values=values, errors=failure.fields, error=failure.message)
    return web.redirect(versions_url(project_id, copy["id"]),
                        say=f"Version {copy['name']} made from the one before, with its {_images(copy)} and their "
                            "configs.")


@router.get("/versions/{version_id}/edit")
async def edit_form(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    return await _version_form(web, project_id, version_id, "versions/edit.html")


@router.post("/versions/{version_id}/edit")
async def edit(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, "name", "changelog")
    try:
        version = await web.api.put(versions_url(project_id, str(version_id)), dict(values))
    except ApiFailure as failure:
        _refused(failure)
        return await _version_form(web, project_id, version_id, "versions/edit.html", status=failure.status,
                                   values=values, errors=failure.fields, error=failure.message)
    return web.redirect(versions_url(project_id, version["id"]), say=f"Version {version['name']} saved.")


@router.get("/versions/{version_id}/delete")
async def delete_form(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    return await _version_form(web, project_id, version_id, "versions/delete.html")


@router.post("/versions/{version_id}/delete")
async def delete(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    await web.form()
    version = await web.api.get(versions_url(project_id, str(version_id)))
    try:
        await web.api.delete(versions_url(project_id, str(version_id)))
    except ApiFailure as failure:
        _refused(failure)
        # A deployed version, the default while others exist, a versionless project's: the API says which.
        return await _version_form(web, project_id, version_id, "versions/delete.html", status=failure.status,
                                   error=failure.message)
    return web.redirect(versions_url(project_id), say=f"Version {version['name']} deleted with its images.")


@router.post("/convert")
async def convert(web: SignedIn, project_id: UUID) -> Response:
    await web.form()
    try:
        project = await web.api.post(f"/projects/{project_id}/convert")
    except ApiFailure as failure:
        _refused(failure)
        return web.redirect(f"/projects/{project_id}#versions", say=failure.message)
    return web.redirect(f"/projects/{project_id}#versions",
                        say=f"Project {project['displayName']} is versioned now: its rolling version stays as the "
                            "default, and you may add versions.")
