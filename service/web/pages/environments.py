"""A project's environments: creating, changing, cloning and deleting one, making it the default, and its
variables (added, changed and removed in one form; a secret's value is never shown and kept when left blank)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from uuid import UUID

from fastapi import APIRouter
from starlette.datastructures import FormData
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/projects/{project_id}/environments")

TYPES = [("production", "Production"), ("staging", "Staging"), ("development", "Development"),
         ("preview", "Preview")]
ENV_FIELDS = ("name", "displayName", "type", "description", "color", "gitBranch")
BLANK_ROWS = 3
MAX_ROWS = 600  # the API takes 500 variables; a few blank rows beyond that
ROW_ERROR = re.compile(r"^variables\.(\d+)\.(key|value|secret)$")


RANK = {"viewer": 0, "member": 1, "admin": 2, "owner": 3}
NEEDS_VALUE = re.compile(r"^Variable (\S+) needs a value")


def can(project: Mapping[str, Any]) -> dict[str, bool]:
    """What the caller may do in the project, from the role the API reports; the API still decides every
    change: members set variables, admins manage the rest, the owner deletes it."""
    rank = RANK[project["role"]]
    return {"variables": rank >= RANK["member"], "manage": rank >= RANK["admin"], "own": rank >= RANK["owner"]}


def _errors(failure: ApiFailure) -> dict[str, str]:
    return {name: message or failure.message for name, message in failure.fields.items()}


def _base(project_id: UUID, env_id: UUID | str) -> str:
    """The environment's page (and, under /api/v1, its API path)."""
    return f"/projects/{project_id}/environments/{env_id}"


def _body(values: Mapping[str, str]) -> dict[str, str | None]:
    return {"name": values["name"] or None, "displayName": values["displayName"] or None,
            "type": values["type"] or None, "description": values["description"], "color": values["color"] or None,
            "gitBranch": values["gitBranch"] or None}


@router.get("/new")
async def new_environment_form(web: SignedIn, project_id: UUID) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    return web.page("projects/environment_new.html", project=project, types=TYPES,
                    values={"type": "development"}, errors={}, error=None)


@router.post("")
async def create_environment(web: SignedIn, project_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, *ENV_FIELDS)
    body = {key: value for key, value in _body(values).items() if value is not None}
    try:
        environment = await web.api.post(f"/projects/{project_id}/environments", body)
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        project = await web.api.get(f"/projects/{project_id}")
        return web.page("projects/environment_new.html", status=failure.status, project=project, types=TYPES,
                        values=values, errors=_errors(failure), error=failure.message)
    return web.redirect(_base(project_id, environment["id"]),
                        say=f"Environment {environment['displayName'] or environment['name']} created.")


def _stored_rows(variables: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"key": v["key"], "value": v["value"] or "", "secret": v["secret"], "stored": v["secret"],
             "remove": False, "error": ""} for v in variables]


def _blank_rows(count: int = BLANK_ROWS) -> list[dict[str, Any]]:
    return [{"key": "", "value": "", "secret": False, "stored": False, "remove": False, "error": ""}
            for _ in range(count)]


async def _environment_page(web: SignedIn, project_id: UUID, env_id: UUID, *, status: int = 200,
                            rows: list[dict[str, Any]] | None = None, error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    environment = await web.api.get(_base(project_id, env_id))
    variables = (await web.api.get(f"{_base(project_id, env_id)}/variables"))["variables"]
    databases = await web.api.get("/databases", projectId=str(project_id), environmentId=str(env_id), per_page=50)
    return web.page("projects/environment.html", status=status, project=project, environment=environment,
                    can=can(project), variables=variables, databases=databases,
                    rows=rows if rows is not None else _stored_rows(variables) + _blank_rows(), error=error)


@router.get("/{env_id}")
async def environment_page(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    return await _environment_page(web, project_id, env_id)


def _posted_rows(form: FormData) -> list[dict[str, Any]]:
    try:
        count = min(max(int(str(form.get("rows") or 0)), 0), MAX_ROWS)
    except ValueError:
        count = 0
    rows = []
    for i in range(count):
        value = form.get(f"value-{i}")
        rows.append({"key": str(form.get(f"key-{i}") or "").strip(),
                     "value": value if isinstance(value, str) else "",
                     "secret": form.get(f"secret-{i}") is not None, "stored": form.get(f"stored-{i}") == "1",
                     "remove": form.get(f"remove-{i}") is not None, "error": ""})
    return rows


@router.post("/{env_id}/variables")
async def save_variables(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    form = await web.form()
    rows = _posted_rows(form)
    sent = [row for row in rows if row["key"] and not row["remove"]]
    # A secret left blank goes as null: the API keeps the value it has (and refuses a new one without a value).
    body = {"variables": [{"key": row["key"], "secret": row["secret"],
                           "value": None if row["secret"] and not row["value"] else row["value"]} for row in sent]}
    try:
        await web.api.put(f"{_base(project_id, env_id)}/variables", body)
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        for name, message in failure.fields.items():
            if (found := ROW_ERROR.match(name)) and int(found.group(1)) < len(sent):
                sent[int(found.group(1))]["error"] = f"{found.group(2)}: {message}"
        if needs := NEEDS_VALUE.match(failure.message):
            for row in sent:
                if row["key"] == needs.group(1) and not row["error"]:
                    row["error"] = failure.message
        for row in rows:
            if row["secret"]:
                row["value"] = ""  # a secret typed in is never sent back to the browser
        return await _environment_page(web, project_id, env_id, status=failure.status,
                                       rows=[row for row in rows if row["key"] or row["remove"]] + _blank_rows(),
                                       error=failure.message)
    return web.redirect(f"{_base(project_id, env_id)}#variables",
                        say=f"{len(sent)} variable{'s' if len(sent) != 1 else ''} saved.")


async def _edit_page(web: SignedIn, project_id: UUID, env_id: UUID, *, status: int = 200,
                     values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                     error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    environment = await web.api.get(_base(project_id, env_id))
    if values is None:
        values = {name: environment[name] or "" for name in ENV_FIELDS}
    return web.page("projects/environment_edit.html", status=status, project=project, environment=environment,
                    types=TYPES, values=values, errors=errors or {}, error=error)


@router.get("/{env_id}/edit")
async def edit_form(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    return await _edit_page(web, project_id, env_id)


@router.post("/{env_id}/edit")
async def edit(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, *ENV_FIELDS)
    try:
        await web.api.put(_base(project_id, env_id), _body(values))
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        return await _edit_page(web, project_id, env_id, status=failure.status, values=values,
                                errors=_errors(failure), error=failure.message)
    return web.redirect(_base(project_id, env_id), say="Environment saved.")


@router.post("/{env_id}/set-default")
async def set_default(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    await web.form()
    environment = await web.api.post(f"{_base(project_id, env_id)}/set-default")
    return web.redirect(_base(project_id, env_id),
                        say=f"{environment['displayName'] or environment['name']} is now the default environment.")


async def _clone_page(web: SignedIn, project_id: UUID, env_id: UUID, *, status: int = 200,
                      values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                      error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    environment = await web.api.get(_base(project_id, env_id))
    databases = await web.api.get("/databases", projectId=str(project_id), environmentId=str(env_id), per_page=1)
    return web.page("projects/environment_clone.html", status=status, project=project, environment=environment,
                    databases=databases["total"], types=TYPES,
                    values=values or {"name": f"{environment['name']}-copy"[:63], "type": "development"},
                    errors=errors or {}, error=error)


@router.get("/{env_id}/clone")
async def clone_form(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    return await _clone_page(web, project_id, env_id)


@router.post("/{env_id}/clone")
async def clone(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, "name", "type", "description")
    try:
        copy = await web.api.post(f"{_base(project_id, env_id)}/clone",
                                  {"name": values["name"], "type": values["type"] or "development",
                                   "description": values["description"]})
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        return await _clone_page(web, project_id, env_id, status=failure.status, values=values,
                                 errors=_errors(failure), error=failure.message)
    return web.redirect(_base(project_id, copy["id"]),
                        say=f"Environment {copy['name']} cloned with the variables; its databases' creates run "
                            "as tasks.")


async def _delete_page(web: SignedIn, project_id: UUID, env_id: UUID, *, status: int = 200,
                       error: str | None = None) -> Response:
    project = await web.api.get(f"/projects/{project_id}")
    environment = await web.api.get(_base(project_id, env_id))
    databases = await web.api.get("/databases", projectId=str(project_id), environmentId=str(env_id), per_page=100)
    return web.page("projects/environment_delete.html", status=status, project=project, environment=environment,
                    databases=databases, error=error)


@router.get("/{env_id}/delete")
async def delete_form(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    return await _delete_page(web, project_id, env_id)


@router.post("/{env_id}/delete")
async def delete(web: SignedIn, project_id: UUID, env_id: UUID) -> Response:
    form = await web.form()
    force = form.get("force") is not None
    try:
        await web.api.call("DELETE", _base(project_id, env_id), params={"force": "true" if force else None})
    except ApiFailure as failure:
        if failure.status in (403, 404):
            raise
        return await _delete_page(web, project_id, env_id, status=failure.status, error=failure.message)
    return web.redirect(f"/projects/{project_id}#environments", say="Environment deleted.")
