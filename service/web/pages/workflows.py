"""Workflows of a project: the list, a workflow's page (its steps as a table in the waves they run in), making
one and changing one through a form whose steps are YAML or JSON text (the API checks them: a cycle, an unknown
dependency or image is shown naming the step), and deleting one through a confirmation page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages import workflows_forms as forms
from service.web.pages.environments import can

router = APIRouter(prefix="/projects/{project_id}/workflows")

PER_PAGE = 25
SHOWN = ("name", "steps")


def _url(project_id: UUID | str, *rest: object) -> str:
    return "/".join([f"/projects/{project_id}/workflows", *map(str, rest)])


def _refused(failure: ApiFailure) -> None:
    """What a page shows as the forbidden or not-found page rather than beside a field."""
    if failure.status in (401, 403, 404):
        raise failure


async def _workflow(web: SignedIn, project_id: UUID, workflow_id: UUID) -> dict[str, Any]:
    """The workflow, when it is this project's: another project's id in the address names nothing here."""
    workflow: dict[str, Any] = await web.api.get(f"/workflows/{workflow_id}")
    if workflow["projectId"] != str(project_id):
        raise ApiFailure(404, {"error": f"No workflow {workflow_id} in this project", "code": "not_found"})
    return workflow


@router.get("")
async def workflow_list(web: SignedIn, project_id: UUID, search: Annotated[str, Query(max_length=100)] = "",
                        page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    search = search.strip()
    listing = await web.api.get(_url(project_id), search=search or None, page=page, per_page=PER_PAGE)
    base = f"{_url(project_id)}?" + (f"{urlencode({'search': search})}&" if search else "")
    return web.page("workflows/list.html", project=project, can=can(project), listing=listing, search=search,
                    base=base)


async def _form_page(web: SignedIn, project_id: UUID, *, workflow: Mapping[str, Any] | None = None,
                     status: int = 200, values: Mapping[str, str] | None = None,
                     errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    if values is None:
        values = {"name": workflow["name"], "steps": forms.steps_text(workflow["steps"])} if workflow else \
            {"name": "", "steps": forms.EXAMPLE}
    return web.page("workflows/form.html", status=status, project=project, can=can(project), workflow=workflow,
                    values=values, errors=errors or {}, error=error, shown=SHOWN)


async def _save(web: SignedIn, project_id: UUID, workflow: Mapping[str, Any] | None, *,
                values: Mapping[str, str]) -> Response:
    steps, wrong = forms.parse_steps(values["steps"])
    if wrong:
        return await _form_page(web, project_id, workflow=workflow, status=422, values=values,
                                errors={"steps": wrong}, error="The steps need another look.")
    body = {"name": values["name"], "steps": steps}
    try:
        saved = await (web.api.put(f"/workflows/{workflow['id']}", body) if workflow
                       else web.api.post(_url(project_id), body))
    except ApiFailure as failure:
        _refused(failure)
        return await _form_page(web, project_id, workflow=workflow, status=failure.status, values=values,
                                errors=forms.step_errors(failure.fields, steps, failure.message),
                                error=failure.message)
    if workflow is None and saved.get("triggerSecret"):
        return _secret_page(web, project_id, saved, made=True)
    return web.redirect(_url(project_id, saved["id"]), say=f"Saved the workflow {saved['name']}.")


def _secret_page(web: SignedIn, project_id: UUID, workflow: Mapping[str, Any], *, made: bool) -> Response:
    """The workflow's trigger secret, on this answer only: never in a redirect, a flash or a cache."""
    base = str(web.request.base_url).rstrip("/")
    response = web.page("workflows/secret.html", status=201 if made else 200, workflow=workflow, made=made,
                        project_id=str(project_id), webhook_url=f"{base}/api/v1/workflows/{workflow['id']}/webhook",
                        trigger_url=f"{base}/api/v1/workflows/{workflow['id']}/trigger")
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/new")
async def new_form(web: SignedIn, project_id: UUID) -> Response:
    return await _form_page(web, project_id)


@router.post("")
async def create(web: SignedIn, project_id: UUID) -> Response:
    return await _save(web, project_id, None, values=form_values(await web.form(), *SHOWN))


@router.get("/{workflow_id}")
async def workflow_page(web: SignedIn, project_id: UUID, workflow_id: UUID) -> Response:
    workflow = await _workflow(web, project_id, workflow_id)
    project = await web.api.get(f"/projects/{project_id}")
    return web.page("workflows/detail.html", project=project, can=can(project), workflow=workflow,
                    waves=forms.waves(workflow["steps"]))


@router.get("/{workflow_id}/edit")
async def edit_form(web: SignedIn, project_id: UUID, workflow_id: UUID) -> Response:
    return await _form_page(web, project_id, workflow=await _workflow(web, project_id, workflow_id))


@router.post("/{workflow_id}/edit")
async def edit(web: SignedIn, project_id: UUID, workflow_id: UUID) -> Response:
    values = form_values(await web.form(), *SHOWN)  # the form's token first: a forged post learns nothing
    return await _save(web, project_id, await _workflow(web, project_id, workflow_id), values=values)


@router.post("/{workflow_id}/trigger-secret")
async def new_trigger_secret(web: SignedIn, project_id: UUID, workflow_id: UUID) -> Response:
    await web.form()  # the form's token first: a forged post learns nothing
    workflow = await _workflow(web, project_id, workflow_id)
    made = await web.api.post(f"/workflows/{workflow_id}/trigger-secret", {})
    return _secret_page(web, project_id, {**workflow, "triggerSecret": made["triggerSecret"]}, made=False)


@router.get("/{workflow_id}/delete")
async def delete_form(web: SignedIn, project_id: UUID, workflow_id: UUID) -> Response:
    workflow = await _workflow(web, project_id, workflow_id)
    return web.page("workflows/delete.html", project=await web.api.get(f"/projects/{project_id}"),
                    workflow=workflow, error=None)


@router.post("/{workflow_id}/delete")
async def delete(web: SignedIn, project_id: UUID, workflow_id: UUID) -> Response:
    await web.form()
    workflow = await _workflow(web, project_id, workflow_id)
    await web.api.delete(f"/workflows/{workflow_id}")
    return web.redirect(_url(project_id), say=f"Deleted the workflow {workflow['name']}.")
