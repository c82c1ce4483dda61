"""Deployments (dyrector's): the list with its filters, the create form, a deployment's page (summary, instances
and their containers, note and prefix, copy, start, token), its event log page by page, and its deletion through
a confirmation page. Instances and the token have their own module, deployment_instances."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred
from service.web.pages.deployments_forms import (
    MANAGERS,
    STATUSES,
    env_list,
    env_text,
    errors_of,
    node_options,
    refuse_forbidden,
    text_values,
    version_options,
)

router = APIRouter(prefix="/deployments")

PER_PAGE = 25
LOG_TAKE = 50
CREATE_FIELDS = ("versionId", "nodeId", "prefix", "note")
FORMS = ("edit", "copy", "token")


@router.get("")
async def deployment_list(web: SignedIn, status: Annotated[str | None, Query(max_length=16)] = None,
                          project_id: Annotated[UUID | None, Query(alias="projectId")] = None,
                          search: Annotated[str | None, Query(max_length=100)] = None,
                          page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    state = status if status in STATUSES else None  # any other word filters nothing out
    listing = await web.api.get("/deployments", status=state, projectId=project_id, search=search, page=page,
                                per_page=PER_PAGE)
    projects = [p for p in await first_hundred(web, "/projects") if p.get("type") == "versioned"]
    kept = {key: value for key, value in (("status", state), ("projectId", project_id), ("search", search)) if value}
    base = f"/deployments?{urlencode(kept)}&" if kept else "/deployments?"
    return web.page("deployments/list.html", listing=listing, projects=projects, statuses=STATUSES, base=base,
                    filters={"status": state or "", "projectId": str(project_id or ""), "search": search or ""})


async def _create_form(web: SignedIn, *, status: int = 200, values: Mapping[str, str],
                       errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    return web.page("deployments/new.html", status=status, values=values, errors=errors or {}, error=error,
                    versions=await version_options(web), nodes=await node_options(web))


@router.get("/new")
async def new_deployment_form(web: SignedIn, version_id: Annotated[str, Query(alias="versionId",
                                                                             max_length=64)] = "") -> Response:
    """The create form; `?versionId=` chooses the version (a version's page links here to deploy it)."""
    return await _create_form(web, values={"versionId": version_id})


@router.post("")
async def create_deployment(web: SignedIn) -> Response:
    values = form_values(await web.form(), *CREATE_FIELDS)
    body = {name: values[name] for name in CREATE_FIELDS}
    try:
        made = await web.api.post("/deployments", body)
    except ApiFailure as failure:
        refuse_forbidden(failure)
        return await _create_form(web, status=failure.status, values=values, errors=errors_of(failure),
                                  error=failure.message)
    return web.redirect(f"/deployments/{made['id']}",
                        say=f"Deployment {made['prefix']} of {made['project']['name']} {made['version']['name']} "
                            f"made on {made['node']['name']}: set its secrets, then start it.")


async def show_deployment(web: SignedIn, deployment_id: UUID, *, status: int = 200, form: str | None = None,
                           values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                           error: str | None = None) -> Response:
    """The deployment's page; `form` names the form a refused submit re-shows with its values and errors."""
    deployment = await web.api.get(f"/deployments/{deployment_id}")
    project = await web.api.get(f"/projects/{deployment['project']['id']}")
    manage = project["role"] in MANAGERS
    defaults: dict[str, dict[str, str]] = {
        "edit": {"note": deployment["note"], "prefix": deployment["prefix"],
                 "environment": env_text(deployment["environment"])},
        "copy": {"nodeId": deployment["node"]["id"], "prefix": "", "note": deployment["note"]},
        "token": {"name": "ci", "expirationInDays": ""}}
    shown_errors: dict[str, Mapping[str, str]] = {name: {} for name in FORMS}
    if form is not None:
        defaults[form] = dict(values or {})
        shown_errors[form] = errors or {}
    return web.page("deployments/detail.html", status=status, deployment=deployment, project=project,
                    manage=manage, nodes=await node_options(web) if manage else [], values=defaults,
                    errors=shown_errors, error=error, form=form)


@router.get("/{deployment_id}")
async def deployment_page(web: SignedIn, deployment_id: UUID) -> Response:
    return await show_deployment(web, deployment_id)


@router.post("/{deployment_id}/edit")
async def edit(web: SignedIn, deployment_id: UUID) -> Response:
    values = text_values(await web.form(), "note", "prefix", "environment")
    body: dict[str, Any] = {"note": values["note"]}
    if values["prefix"]:  # the field is there only while the deployment is preparing
        body["prefix"] = values["prefix"]
    current = await web.api.get(f"/deployments/{deployment_id}")
    variables, wrong = env_list(values["environment"])
    if values["environment"] != env_text(current["environment"]):  # unchanged: its variables keep their ids
        body["environment"] = variables
    if wrong:
        return await show_deployment(web, deployment_id, status=422, form="edit", values=values,
                                     errors={"environment": wrong}, error="Some fields need another look.")
    try:
        await web.api.patch(f"/deployments/{deployment_id}", body)
    except ApiFailure as failure:
        refuse_forbidden(failure)
        return await show_deployment(web, deployment_id, status=failure.status, form="edit", values=values,
                                      errors=errors_of(failure), error=failure.message)
    return web.redirect(f"/deployments/{deployment_id}", say="Saved.")


@router.post("/{deployment_id}/copy")
async def copy(web: SignedIn, deployment_id: UUID) -> Response:
    values = form_values(await web.form(), "nodeId", "prefix", "note")
    try:
        made = await web.api.post(f"/deployments/{deployment_id}/copy", dict(values))
    except ApiFailure as failure:
        refuse_forbidden(failure)
        return await show_deployment(web, deployment_id, status=failure.status, form="copy", values=values,
                                      errors=errors_of(failure), error=failure.message)
    return web.redirect(f"/deployments/{made['id']}",
                        say=f"Copied to {made['prefix']} on {made['node']['name']}: start it when ready.")


@router.post("/{deployment_id}/start")
async def start(web: SignedIn, deployment_id: UUID) -> Response:
    chosen = [str(value) for value in (await web.form()).getlist("instance")]
    try:  # none chosen: every instance
        started = await web.api.post(f"/deployments/{deployment_id}/start", {"instances": chosen} if chosen else {})
    except ApiFailure as failure:
        return web.redirect(f"/deployments/{deployment_id}", say=f"Refused: {failure.message}")
    return web.redirect(f"/tasks/{started['taskId']}",
                        say=f"Deploying {started['deployment']['prefix']}: task #{started['taskId']}.")


async def _delete_form(web: SignedIn, deployment: dict[str, Any], *, status: int = 200,
                       values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                       error: str | None = None) -> Response:
    containers = [i for i in deployment["instances"] if i["container"]]
    return web.page("deployments/delete.html", status=status, deployment=deployment, containers=containers,
                    values=values or {}, errors=errors or {}, error=error)


@router.get("/{deployment_id}/delete")
async def delete_form(web: SignedIn, deployment_id: UUID) -> Response:
    return await _delete_form(web, await web.api.get(f"/deployments/{deployment_id}"))


@router.post("/{deployment_id}/delete")
async def delete(web: SignedIn, deployment_id: UUID) -> Response:
    values = form_values(await web.form(), "confirm")
    deployment = await web.api.get(f"/deployments/{deployment_id}")
    if values["confirm"] != deployment["prefix"]:
        return await _delete_form(web, deployment, status=422, values=values,
                                  errors={"confirm": f"Type {deployment['prefix']} to confirm."})
    try:
        answer = await web.api.delete(f"/deployments/{deployment_id}")
    except ApiFailure as failure:
        refuse_forbidden(failure)
        return await _delete_form(web, deployment, status=failure.status, values=values,
                                  errors=errors_of(failure), error=failure.message)
    if answer is None:  # 204: it never made a container, and is gone
        return web.redirect("/deployments", say=f"Deleted deployment {deployment['prefix']}.")
    return web.redirect(f"/tasks/{answer['taskId']}",
                        say=f"Removing the containers of {deployment['prefix']}: task #{answer['taskId']}.")


@router.get("/{deployment_id}/log")
async def log_page(web: SignedIn, deployment_id: UUID, skip: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
                   take: Annotated[int, Query(ge=1, le=1000)] = LOG_TAKE) -> Response:
    deployment = await web.api.get(f"/deployments/{deployment_id}")
    log = await web.api.get(f"/deployments/{deployment_id}/log", skip=skip, take=take)
    names = {i["id"]: i["image"]["name"] for i in deployment["instances"]}
    return web.page("deployments/log.html", deployment=deployment, log=log, skip=skip, take=take, names=names)
