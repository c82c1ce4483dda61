"""A version's page: its images in deployment order (registry, name, tag), adding one from the team's registries,
moving one up or down, removing one through a confirmation page, and an image's config form (image_config.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages import image_config
from service.web.pages.environments import can
from service.web.pages.versions import deployed_by_version, versions_url

router = APIRouter(prefix="/projects/{project_id}/versions/{version_id}")

ADD_FIELDS = ("registryId", "name", "tag")


def _images_url(project_id: UUID, version_id: UUID, *rest: str) -> str:
    return versions_url(project_id, str(version_id), "images", *rest)


def _refused(failure: ApiFailure) -> None:
    if failure.status in (403, 404):
        raise failure


async def _registries(web: SignedIn, team_id: str) -> list[tuple[str, str]]:
    listing = await web.api.get("/registries", teamId=team_id, per_page=100)
    return [(r["id"], f"{r['name']} ({r['type']}{', ' + r['url'] if r['url'] else ''})") for r in listing["items"]]


async def _version_page(web: SignedIn, project_id: UUID, version_id: UUID, *, status: int = 200,
                        values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                        error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    version = await web.api.get(versions_url(project_id, str(version_id)))
    powers = can(project)
    registries = await _registries(web, project["teamId"]) if powers["manage"] and version["mutable"] else []
    return web.page("versions/detail.html", status=status, project=project, version=version, can=powers,
                    registries=registries, deployments=(await deployed_by_version(web, project_id)).get(
                        version["id"], []),
                    values=values or {"registryId": registries[0][0] if registries else ""},
                    errors=errors or {}, error=error)


@router.get("")
async def version_page(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    return await _version_page(web, project_id, version_id)


def _add_errors(failure: ApiFailure) -> dict[str, str]:
    """`0.registryId` is the registry's select, `0.images.0` the name and tag typed."""
    errors: dict[str, str] = {}
    for name, message in failure.fields.items():
        key = "registryId" if name.endswith("registryId") else "name" if ".images" in name else name
        errors[key] = message or failure.message
    return errors


@router.post("/images")
async def add_image(web: SignedIn, project_id: UUID, version_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, *ADD_FIELDS)
    ref = f"{values['name']}:{values['tag']}" if values["tag"] else values["name"]
    try:
        (image,) = await web.api.post(_images_url(project_id, version_id),
                                      [{"registryId": values["registryId"] or None, "images": [ref]}])
    except ApiFailure as failure:
        _refused(failure)
        return await _version_page(web, project_id, version_id, status=failure.status, values=values,
                                   errors=_add_errors(failure), error=failure.message)
    return web.redirect(f"{versions_url(project_id, str(version_id))}#images",
                        say=f"Image {image['name']}:{image['tag']} added; it runs as {image['config']['name']}.")


@router.post("/images/{image_id}/move")
async def move_image(web: SignedIn, project_id: UUID, version_id: UUID, image_id: UUID) -> Response:
    """One place up or down: the whole new order, as the API takes it."""
    form = await web.form()
    direction = form_values(form, "direction")["direction"]
    ids = [image["id"] for image in await web.api.get(_images_url(project_id, version_id))]
    if str(image_id) in ids:
        at = ids.index(str(image_id))
        to = at - 1 if direction == "up" else at + 1
        if 0 <= to < len(ids):
            ids[at], ids[to] = ids[to], ids[at]
    try:
        await web.api.put(_images_url(project_id, version_id, "order"), ids)
    except ApiFailure as failure:
        _refused(failure)
        return web.redirect(f"{versions_url(project_id, str(version_id))}#images", say=failure.message)
    return web.redirect(f"{versions_url(project_id, str(version_id))}#images", say="The images' order is saved.")


async def _image_page(web: SignedIn, project_id: UUID, version_id: UUID, image_id: UUID, template: str, *,
                      status: int = 200, values: Mapping[str, Any] | None = None,
                      errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    version = await web.api.get(versions_url(project_id, str(version_id)))
    image = await web.api.get(_images_url(project_id, version_id, str(image_id)))
    return web.page(template, status=status, project=project, version=version, image=image, can=can(project),
                    values=values if values is not None else image_config.values_of(image), errors=errors or {},
                    error=error, restart=image_config.RESTART, expose=image_config.EXPOSE,
                    volume_types=image_config.VOLUME_TYPES, row_values=image_config.row_values,
                    controls=image_config.controls)


@router.get("/images/{image_id}")
async def image_page(web: SignedIn, project_id: UUID, version_id: UUID, image_id: UUID) -> Response:
    return await _image_page(web, project_id, version_id, image_id, "versions/image.html")


@router.post("/images/{image_id}")
async def save_image(web: SignedIn, project_id: UUID, version_id: UUID, image_id: UUID) -> Response:
    form = await web.form()
    sent = image_config.posted(form)
    image = await web.api.get(_images_url(project_id, version_id, str(image_id)))
    try:
        saved = await web.api.patch(_images_url(project_id, version_id, str(image_id)),
                                    image_config.body(sent, image))
    except ApiFailure as failure:
        _refused(failure)
        return await _image_page(web, project_id, version_id, image_id, "versions/image.html",
                                 status=failure.status, values=sent.values,
                                 errors=image_config.errors_of(failure, sent), error=failure.message)
    return web.redirect(_images_url(project_id, version_id, str(image_id)),
                        say=f"The config of {saved['name']}:{saved['tag']} is saved.")


@router.get("/images/{image_id}/delete")
async def delete_image_form(web: SignedIn, project_id: UUID, version_id: UUID, image_id: UUID) -> Response:
    return await _image_page(web, project_id, version_id, image_id, "versions/image_delete.html")


@router.post("/images/{image_id}/delete")
async def delete_image(web: SignedIn, project_id: UUID, version_id: UUID, image_id: UUID) -> Response:
    await web.form()
    image = await web.api.get(_images_url(project_id, version_id, str(image_id)))
    try:
        await web.api.delete(_images_url(project_id, version_id, str(image_id)))
    except ApiFailure as failure:
        _refused(failure)
        return await _image_page(web, project_id, version_id, image_id, "versions/image_delete.html",
                                 status=failure.status, error=failure.message)
    return web.redirect(f"{versions_url(project_id, str(version_id))}#images",
                        say=f"Image {image['name']}:{image['tag']} removed from the version.")
