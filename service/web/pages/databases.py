"""Databases: the list, the create form, a database's page (connection facts, credentials on request, power,
password rotation, resize, settings, backups with restore and clone, its tasks), its live server log and its
deletion through a confirmation page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from urllib.parse import urlencode
from uuid import UUID

from fastapi import APIRouter, Query
from starlette.responses import Response

from service.domains.databases.api import database_logstream
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred, placement_options

router = APIRouter(prefix="/databases")

PER_PAGE = 25
ACTIONS = {"start": "Starting", "stop": "Stopping", "restart": "Restarting", "rotate-password":
           "Rotating the password of", "retry": "Running the create again for"}
RESOURCES = ("cores", "memoryMb", "diskGb")
CREATE_FIELDS = ("name", "placement", "nodeId", "type", "version", *RESOURCES)
# The API's field names as the forms name them: the project and environment are one select, resources flat.
FORM_FIELD = {"projectId": "placement", "environmentId": "placement",
              **{f"resources.{name}": name for name in RESOURCES}}
TYPE_LABELS = {"postgresql": "PostgreSQL", "mysql": "MySQL (MariaDB)", "redis": "Redis"}


def _choices(web: SignedIn) -> dict[str, Any]:
    """What the create form offers, from the API's own OpenAPI document: the types a database answers with and
    the resources' defaults and limits (the versions are a node's: _version_field asks the API for them)."""
    schemas = web.request.app.openapi()["components"]["schemas"]
    create = schemas["DatabaseCreate"]["properties"]
    resources = schemas[create["resources"]["$ref"].rsplit("/", 1)[-1]]["properties"]
    types = schemas["DatabaseOut"]["properties"]["type"]["enum"]
    return {"types": types, "type_options": [(name, name) for name in types],
            "resources": {name: {key: _whole(resources[name].get(key)) for key in ("default", "minimum", "maximum")}
                          for name in RESOURCES}}


def _whole(value: Any) -> Any:
    """A JSON schema's limit as the integer it is (pydantic writes `ge=1` as 1.0)."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _errors(failure: ApiFailure) -> dict[str, str]:
    """The failure's field errors under the forms' names (a conflict names its field with no message)."""
    return {FORM_FIELD.get(name, name): message or failure.message for name, message in failure.fields.items()}


def _number(value: str) -> int | str:
    return int(value) if value.isdigit() else value  # anything else goes as typed: the API names the field


def _target_node(values: Mapping[str, str], nodes: list[dict[str, Any]], projects: list[dict[str, Any]],
                 placements: list[tuple[str, str]]) -> dict[str, Any] | None:
    """The node a create from these values would go to, as far as the form can tell: the one chosen, else the
    project's default node (the first placement's when none is chosen yet: the browser selects it), else the
    first online node, else the first one."""
    by_id = {node["id"]: node for node in nodes}
    if values.get("nodeId") in by_id:
        return by_id[values["nodeId"]]
    placement = values.get("placement") or (placements[0][0] if placements else "")
    project = next((p for p in projects if p["id"] == placement.partition("/")[0]), None)
    if project and project.get("defaultNodeId") in by_id:
        return by_id[project["defaultNodeId"]]
    return next((node for node in nodes if node["status"] == "online"), nodes[0] if nodes else None)


async def _version_field(web: SignedIn, values: Mapping[str, str], *, nodes: list[dict[str, Any]],
                         projects: list[dict[str, Any]], placements: list[tuple[str, str]],
                         only_type: str | None = None, keep_asked: bool = True) -> dict[str, Any]:
    """The version select: the versions the API says the target node offers, grouped by type (only `only_type`'s
    when the type is known), and (`keep_asked`) a version asked for that is not among them, so that a refused
    form keeps it."""
    node = _target_node(values, nodes, projects, placements)
    offered: dict[str, list[str]] = {}
    if node is not None:
        try:
            offered = await web.api.get(f"/nodes/{node['id']}/database-versions")
        except ApiFailure:
            offered = {}  # the form still works: the create names what the node has if it refuses
    groups = [(TYPE_LABELS.get(kind, kind), [(v, f"{TYPE_LABELS.get(kind, kind)} {v}") for v in found])
              for kind, found in offered.items() if found and only_type in (None, kind)]
    asked = values.get("version", "")
    if keep_asked and asked and all(asked != value for _, options in groups for value, _ in options):
        groups.append(("Asked for", [(asked, asked)]))
    hint = (f"The versions node {node['name']} offers; another node may offer others, and a version the chosen "
            f"node lacks is refused, naming those it has." if node else "Registered nodes offer their versions.")
    return {"version_groups": groups, "version_hint": hint}


async def _create_form(web: SignedIn, *, status: int = 200, values: Mapping[str, str],
                       errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    choices = _choices(web)
    nodes = await first_hundred(web, "/nodes")
    projects = await first_hundred(web, "/projects")
    options = await placement_options(web, projects)
    version = await _version_field(web, values, nodes=nodes, projects=projects, placements=options)
    return web.page("databases/new.html", status=status, values=values, errors=errors or {}, error=error,
                    choices=choices, placements=options, **version,
                    nodes=[("", "The project's default node"),
                           *((n["id"], f"{n['name']} ({n['status']})") for n in nodes)])


@router.get("")
async def database_list(web: SignedIn, project_id: Annotated[UUID | None, Query(alias="projectId")] = None,
                        type: Annotated[str | None, Query(max_length=16)] = None,
                        search: Annotated[str | None, Query(max_length=100)] = None,
                        page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    listing = await web.api.get("/databases", projectId=project_id, type=type, search=search, page=page,
                                per_page=PER_PAGE)
    projects = {p["id"]: p for p in await first_hundred(web, "/projects")}  # for the filter
    kept = {key: value for key, value in (("projectId", project_id), ("type", type), ("search", search)) if value}
    base = f"/databases?{urlencode(kept)}&" if kept else "/databases?"
    return web.page("databases/list.html", listing=listing, projects=projects, types=_choices(web)["types"], base=base,
                    filters={"projectId": str(project_id or ""), "type": type or "", "search": search or ""})


@router.get("/new")
async def new_database_form(web: SignedIn) -> Response:
    resources = _choices(web)["resources"]
    values = {name: str(limits["default"] or "") for name, limits in resources.items()}
    return await _create_form(web, values={"backupsEnabled": "on", **values})


@router.get("/new/versions")
async def version_field(web: SignedIn, node_id: Annotated[str, Query(alias="nodeId", max_length=64)] = "",
                        placement: Annotated[str, Query(max_length=100)] = "",
                        type: Annotated[str, Query(max_length=16)] = "",
                        version: Annotated[str, Query(max_length=16)] = "") -> Response:
    """The create form's version field again, for the node and type now chosen (htmx swaps it in)."""
    values = {"nodeId": node_id, "placement": placement, "type": type, "version": version}
    # The form sends its placement: no need to list the environments for the first one.
    field = await _version_field(web, values, nodes=await first_hundred(web, "/nodes"),
                                 projects=await first_hundred(web, "/projects"), placements=[],
                                 only_type=type if type in _choices(web)["types"] else None,
                                 keep_asked=False)  # another type or node: the last one's version goes
    return web.page("databases/_version.html", values=values, errors={}, **field)


@router.post("")
async def create_database(web: SignedIn) -> Response:
    form = await web.form()
    values = {**form_values(form, *CREATE_FIELDS, "backupsEnabled", "vzdumpBackups")}
    project_id, _, environment_id = values["placement"].partition("/")
    body: dict[str, Any] = {
        "name": values["name"], "type": values["type"], "version": values["version"] or None,
        "projectId": project_id or None, "environmentId": environment_id or None, "nodeId": values["nodeId"] or None,
        "resources": {name: _number(values[name]) for name in RESOURCES if values[name]},
        "backupsEnabled": bool(values["backupsEnabled"]), "vzdumpBackups": bool(values["vzdumpBackups"])}
    try:
        database = await web.api.post("/databases", body)
    except ApiFailure as failure:
        return await _create_form(web, status=failure.status, values=values, errors=_errors(failure),
                                  error=failure.message)
    return web.redirect(f"/tasks/{database['taskId']}",
                        say=f"Creating database {database['name']}: task #{database['taskId']}.")


async def _database_page(web: SignedIn, database_id: UUID, *, status: int = 200, form: str | None = None,
                         values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                         error: str | None = None) -> Response:
    """The database's page; `form` names the form a refused submit re-shows with its values and errors."""
    assert web.user is not None
    database = await web.api.get(f"/databases/{database_id}")
    project = environment = node = None
    environments: list[dict[str, Any]] = []
    if database["projectId"]:
        project = await web.api.get(f"/projects/{database['projectId']}")
        environments = await web.api.get(f"/projects/{database['projectId']}/environments")
        environment = next((e for e in environments if e["id"] == database["environmentId"]), None)
    try:
        node = await web.api.get(f"/nodes/{database['nodeId']}")
    except ApiFailure:
        node = None  # a node of another team: the page names it by id
    manage = project["role"] != "viewer" if project else web.user.is_admin
    backups = await web.api.get(f"/databases/{database_id}/backups", per_page=20)
    # The API lists the caller's own tasks on it (an admin's: everyone's).
    tasks = (await web.api.get("/tasks", resourceType="database", resourceId=str(database_id), per_page=10))["tasks"]
    resources = {name: str(database["resources"][name]) for name in RESOURCES}
    defaults = {"resize": resources, "settings": {"name": database["name"],
                                                  "backupsEnabled": "on" if database["backupsEnabled"] else "",
                                                  "vzdumpBackups": "on" if database["vzdumpBackups"] else ""},
                "clone": {"environmentId": database["environmentId"] or ""}}
    shown = {key: dict(value) for key, value in defaults.items()}
    shown_errors: dict[str, Mapping[str, str]] = {key: {} for key in defaults}
    if form is not None:
        shown[form] = dict(values or {})
        shown_errors[form] = errors or {}
    return web.page("databases/detail.html", status=status, database=database, project=project,
                    environment=environment, environments=environments, node=node, manage=manage,
                    backups=backups, tasks=tasks, values=shown, errors=shown_errors, error=error, form=form,
                    limits=_choices(web)["resources"])


@router.get("/{database_id}")
async def database_page(web: SignedIn, database_id: UUID) -> Response:
    return await _database_page(web, database_id)


@router.get("/{database_id}/credentials")
async def credentials(web: SignedIn, database_id: UUID) -> Response:
    """The password, fetched only when asked (the API audit-logs each reveal); never kept by a cache."""
    found = await web.api.get(f"/databases/{database_id}/credentials")
    response = web.page("databases/credentials.html", credentials=found, database_id=database_id,
                        fragment=bool(web.request.headers.get("HX-Request")))
    response.headers["Cache-Control"] = "no-store"
    return response


async def _started(web: SignedIn, database_id: UUID, path: str, body: Any, doing: str) -> Response:
    """Start an action; back on the database's page, naming its task or why it was refused."""
    back = f"/databases/{database_id}"
    try:
        answer = await web.api.post(f"{back}/{path}", body)
    except ApiFailure as failure:
        return web.redirect(back, say=f"Refused: {failure.message}")
    return web.redirect(back, say=f"{doing}: task #{answer['taskId']}.")


async def _update(web: SignedIn, database_id: UUID, form_name: str, values: Mapping[str, str],
                  body: dict[str, Any]) -> Response:
    try:
        answer = await web.api.put(f"/databases/{database_id}", body)
    except ApiFailure as failure:
        return await _database_page(web, database_id, status=failure.status, form=form_name, values=values,
                                    errors=_errors(failure), error=failure.message)
    task = answer.get("taskId") if form_name == "resize" else None
    say = f"Resizing {answer['name']}: task #{task}." if task else f"Saved {answer['name']}."
    return web.redirect(f"/databases/{database_id}", say=say)


@router.post("/{database_id}/resize")
async def resize(web: SignedIn, database_id: UUID) -> Response:
    values = form_values(await web.form(), *RESOURCES)
    body = {"resources": {name: _number(values[name]) for name in RESOURCES if values[name]}}
    return await _update(web, database_id, "resize", values, body)


@router.post("/{database_id}/settings")
async def change_settings(web: SignedIn, database_id: UUID) -> Response:
    values = form_values(await web.form(), "name", "backupsEnabled", "vzdumpBackups")
    body = {"name": values["name"], "backupsEnabled": bool(values["backupsEnabled"]),
            "vzdumpBackups": bool(values["vzdumpBackups"])}
    return await _update(web, database_id, "settings", values, body)


@router.post("/{database_id}/clone")
async def clone(web: SignedIn, database_id: UUID) -> Response:
    values = form_values(await web.form(), "backupId", "name", "environmentId")
    body = {"backupId": values["backupId"], "name": values["name"], "environmentId": values["environmentId"] or None}
    try:
        made = await web.api.post(f"/databases/{database_id}/clone", body)
    except ApiFailure as failure:
        return await _database_page(web, database_id, status=failure.status, form="clone", values=values,
                                    errors=_errors(failure), error=failure.message)
    return web.redirect(f"/tasks/{made['taskId']}", say=f"Cloning into {made['name']}: task #{made['taskId']}.")


async def _delete_form(web: SignedIn, database: dict[str, Any], *, status: int = 200,
                       values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                       error: str | None = None) -> Response:
    backups = await web.api.get(f"/databases/{database['id']}/backups", per_page=1)
    return web.page("databases/delete.html", status=status, database=database, backups=backups["total"],
                    values=values or {}, errors=errors or {}, error=error)


@router.get("/{database_id}/delete")
async def delete_form(web: SignedIn, database_id: UUID) -> Response:
    return await _delete_form(web, await web.api.get(f"/databases/{database_id}"))


@router.post("/{database_id}/delete")
async def delete(web: SignedIn, database_id: UUID) -> Response:
    values = form_values(await web.form(), "confirm", "deleteBackups")
    database = await web.api.get(f"/databases/{database_id}")
    if values["confirm"] != database["name"]:
        return await _delete_form(web, database, status=422, values=values,
                                  errors={"confirm": f"Type {database['name']} to confirm."})
    try:
        answer = await web.api.call("DELETE", f"/databases/{database_id}",
                                    params={"deleteBackups": "true" if values["deleteBackups"] else None})
    except ApiFailure as failure:
        return await _delete_form(web, database, status=failure.status, values=values, errors=_errors(failure),
                                  error=failure.message)
    task = answer["taskId"]
    return web.redirect("/databases", say=f"Deleting {database['name']}: task #{task}." if task else
                        f"Deleted {database['name']}.")


@router.get("/{database_id}/logs")
async def logs_page(web: SignedIn, database_id: UUID) -> Response:
    return web.page("databases/logs.html", database=await web.api.get(f"/databases/{database_id}"))


@router.get("/{database_id}/logstream-web")
async def log_stream(web: SignedIn, database_id: UUID, after: Annotated[int, Query(ge=0, le=10**9)] = 0) -> Response:
    """The API's live stream of the server's log, for the signed-in browser (EventSource sends cookies, not bearer
    tokens): the last 100 lines, then each new one. `after` is what the page's script sends; unused here."""
    assert web.user is not None
    return await database_logstream(database_id, web.user, web.request.app.state.settings, lines=100)


# Last: the named POST routes above take their paths first.
@router.post("/{database_id}/{action}")
async def act(web: SignedIn, database_id: UUID, action: str) -> Response:
    form = await web.form()
    if action == "backup":
        return await _started(web, database_id, "backup", None, "Backing up")
    if action == "restore":
        body = {"backupId": str(form.get("backupId") or "")}
        return await _started(web, database_id, "restore", body, f"Restoring backup {body['backupId']}")
    if action not in ACTIONS:
        return web.redirect(f"/databases/{database_id}", say=f"No action {action!r}.")
    return await _started(web, database_id, action, None, f"{ACTIONS[action]} the database")
