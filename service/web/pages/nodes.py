"""Proxmox VE nodes: the list, registering one (its check followed live), a node's page with its containers and
their power buttons and its edge, checking and updating it now, applying its edge, editing and deleting it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, Query
from pydantic.alias_generators import to_camel
from starlette.datastructures import FormData
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/nodes")

PER_PAGE = 25
MANAGERS = ("owner", "admin")
ACTIVE = ("queued", "running")
POWER = {"start": "Starting", "stop": "Stopping", "restart": "Restarting"}
# The form's field names are the API's (nested ones dotted), so the API's field errors land beside them.
TEXT = ("name", "description", "apiUrl", "tokenId", "fingerprint")
DEFAULTS = ("node", "storage", "templateStorage", "backupStorage", "template", "bridge", "vmidStart", "aptProxy",
            "pipIndexUrl", "npmRegistry")
NETWORK = ("mode", "cidr", "gateway", "rangeStart", "rangeEnd")
FIELDS = (*TEXT, "teamId", "verifyTls", *(f"defaults.{n}" for n in DEFAULTS),
          *(f"defaults.network.{n}" for n in NETWORK))
ContainerName = Annotated[str, Path(pattern=r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")]


async def _roles(web: SignedIn) -> dict[str, str | None]:
    """The caller's role in each of its teams, by team id."""
    return {team["id"]: team["role"] for team in await web.api.get("/teams")}


async def _may_manage(web: SignedIn, node: Mapping[str, Any]) -> bool:
    """As the API decides it: the node's team's owners and admins, and instance admins."""
    assert web.user is not None
    return web.user.is_admin or (await _roles(web)).get(node["teamId"]) in MANAGERS


def _body(values: Mapping[str, str], form: FormData) -> dict[str, Any]:
    """The API body from the form: blank optional fields are left out so that the API's defaults apply."""
    defaults: dict[str, Any] = {n: values[f"defaults.{n}"] for n in DEFAULTS if values[f"defaults.{n}"]}
    network = {n: values[f"defaults.network.{n}"] for n in NETWORK if values[f"defaults.network.{n}"]}
    if network:
        defaults["network"] = network
    body: dict[str, Any] = {"name": values["name"], "description": values["description"],
                            "apiUrl": values["apiUrl"], "tokenId": values["tokenId"],
                            "verifyTls": values["verifyTls"] == "true", "fingerprint": values["fingerprint"] or None,
                            "defaults": defaults}
    if secret := str(form.get("tokenSecret") or ""):
        body["tokenSecret"] = secret
    return body


def _node_values(node: Mapping[str, Any]) -> dict[str, str]:
    """A node as its edit form's values (the API answers its defaults as it keeps them, in snake case)."""
    values = {name: str(node[name] or "") for name in TEXT}
    values["verifyTls"] = "true" if node["verifyTls"] else ""
    defaults = {to_camel(key): value for key, value in (node["defaults"] or {}).items()}
    network = {to_camel(key): value for key, value in (defaults.pop("network", None) or {}).items()}
    values.update({f"defaults.{key}": "" if value is None else str(value) for key, value in defaults.items()})
    values.update({f"defaults.network.{key}": "" if value is None else str(value) for key, value in network.items()})
    return values


async def _new_page(web: SignedIn, *, status: int = 200, values: Mapping[str, str], errors: Mapping[str, str],
                    error: str | None) -> Response:
    assert web.user is not None
    teams = [team for team in await web.api.get("/teams") if team["role"] in MANAGERS or web.user.is_admin]
    return web.page("nodes/new.html", status=status, teams=[(t["id"], t["name"]) for t in teams], values=values,
                    errors=errors, error=error)


@router.get("")
async def node_list(web: SignedIn, page: Annotated[int, Query(ge=1, le=100000)] = 1) -> Response:
    assert web.user is not None
    listing = await web.api.get("/nodes", page=page, per_page=PER_PAGE)
    teams = await web.api.get("/teams")
    names = {team["id"]: team["name"] for team in teams}
    may_register = web.user.is_admin or any(team["role"] in MANAGERS for team in teams)
    return web.page("nodes/list.html", listing=listing, team_names=names, may_register=may_register)


@router.get("/new")
async def new_form(web: SignedIn) -> Response:
    return await _new_page(web, values={"verifyTls": "true", "defaults.network.mode": "dhcp"}, errors={},
                           error=None)


@router.post("")
async def register(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, *FIELDS)
    body = {**_body(values, form), "teamId": values["teamId"]}
    if "tokenSecret" not in body:
        body["tokenSecret"] = ""  # refused beside its field, like any other missing one
    try:
        node = await web.api.post("/nodes", body)
    except ApiFailure as failure:
        # The secret is never sent back: the form's password field starts empty again.
        return await _new_page(web, status=failure.status, values=values, errors=failure.fields,
                               error=failure.message)
    return web.redirect(f"/nodes/{node['id']}", say=f"Node {node['name']} registered: its check runs now "
                                                  f"(task #{node['taskId']}).")


async def _activity(web: SignedIn, node_id: UUID) -> list[dict[str, Any]]:
    return (await web.api.get(f"/nodes/{node_id}/audit", per_page=15))["items"]


def _last_check(activity: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((item["data"] for item in activity if item["event"] == "task.nodeCheck"), None)


def _status_context(node: Mapping[str, Any], activity: list[dict[str, Any]]) -> dict[str, Any]:
    check = _last_check(activity)
    settling = node["status"] == "checking" or (check is not None and check["state"] in ACTIVE)
    return {"node": node, "check": check, "settling": settling}


@router.get("/{node_id}")
async def node_page(web: SignedIn, node_id: UUID) -> Response:
    node = await web.api.get(f"/nodes/{node_id}")
    activity = await _activity(web, node_id)
    containers, unreachable = [], None
    try:
        containers = await web.api.get(f"/nodes/{node_id}/containers")
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        unreachable = failure.message
    # Each container of Containr's with the last run made for it (the audit names the guest as its resource).
    last_runs: dict[str, dict[str, Any]] = {}
    for item in activity:
        if item["event"].startswith("task.") and item["event"] != "task.nodeCheck":
            last_runs.setdefault(str((item["data"].get("resource") or {}).get("id")), item["data"])
    manage = await _may_manage(web, node)
    edge = await web.api.get(f"/nodes/{node_id}/edge")
    return web.page("nodes/detail.html", **_status_context(node, activity), manage=manage, activity=activity,
                    containers=containers, unreachable=unreachable, last_runs=last_runs, power=POWER, edge=edge)


@router.get("/{node_id}/status")
async def node_status(web: SignedIn, node_id: UUID) -> Response:
    """The node's status and its check's run, polled by its page while the check runs."""
    node = await web.api.get(f"/nodes/{node_id}")
    manage = await _may_manage(web, node)
    return web.page("nodes/_status.html", **_status_context(node, await _activity(web, node_id)), manage=manage)


async def _started(web: SignedIn, node_id: UUID, path: str, body: dict[str, Any] | None, done: str) -> Response:
    """A run started through the API: back to the node's page naming its task, or naming why not."""
    try:
        answer = await web.api.post(path, body)
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        return web.redirect(f"/nodes/{node_id}", say=failure.message)
    return web.redirect(f"/nodes/{node_id}", say=f"{done}: task #{answer['taskId']}.")


@router.post("/{node_id}/check")
async def check(web: SignedIn, node_id: UUID) -> Response:
    await web.form()
    return await _started(web, node_id, f"/nodes/{node_id}/check", None, "Checking the node")


@router.post("/{node_id}/update")
async def update_guests(web: SignedIn, node_id: UUID) -> Response:
    form = await web.form()
    mode = form_values(form, "mode")["mode"] or "box"
    return await _started(web, node_id, f"/nodes/{node_id}/update", {"mode": mode},
                          "Updating the guests' packages" if mode == "box" else "Updating the guests' servers")


@router.post("/{node_id}/edge/apply")
async def apply_edge(web: SignedIn, node_id: UUID) -> Response:
    """Apply the node's edge again as recorded (records, routes, certificates): off to the run's page."""
    await web.form()
    try:
        answer = await web.api.post(f"/nodes/{node_id}/edge/apply")
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        return web.redirect(f"/nodes/{node_id}", say=failure.message)
    return web.redirect(f"/tasks/{answer['taskId']}", say=f"Applying the edge: task #{answer['taskId']}.")


@router.get("/{node_id}/containers/{name}/destroy")
async def destroy_form(web: SignedIn, node_id: UUID, name: ContainerName) -> Response:
    node = await web.api.get(f"/nodes/{node_id}")
    containers = await web.api.get(f"/nodes/{node_id}/containers")
    container = next((c for c in containers if c["name"] == name and c["managed"]), None)
    if container is None:
        raise ApiFailure(404, {"error": f"No container {name} of Containr's on node {node['name']}"})
    return web.page("nodes/destroy.html", node=node, container=container)


@router.post("/{node_id}/containers/{name}/destroy")
async def destroy(web: SignedIn, node_id: UUID, name: ContainerName) -> Response:
    await web.form()
    try:
        answer = await web.api.delete(f"/nodes/{node_id}/containers/{name}")
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        return web.redirect(f"/nodes/{node_id}", say=failure.message)
    return web.redirect(f"/nodes/{node_id}", say=f"Destroying {name}: task #{answer['taskId']}.")


@router.post("/{node_id}/containers/{name}/{action}")
async def power(web: SignedIn, node_id: UUID, name: ContainerName,
                action: Annotated[str, Path(pattern="^(start|stop|restart)$")]) -> Response:
    await web.form()
    return await _started(web, node_id, f"/nodes/{node_id}/containers/{name}/{action}", None,
                          f"{POWER[action]} {name}")


@router.get("/{node_id}/edit")
async def edit_form(web: SignedIn, node_id: UUID) -> Response:
    node = await web.api.get(f"/nodes/{node_id}")
    return web.page("nodes/edit.html", node=node, values=_node_values(node), errors={}, error=None)


@router.post("/{node_id}/edit")
async def edit(web: SignedIn, node_id: UUID) -> Response:
    form = await web.form()
    values = form_values(form, *FIELDS)
    try:
        node = await web.api.put(f"/nodes/{node_id}", _body(values, form))
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        node = await web.api.get(f"/nodes/{node_id}")
        return web.page("nodes/edit.html", status=failure.status, node=node, values=values, errors=failure.fields,
                        error=failure.message)
    again = f": the connection changed, so it is checked again (task #{node['taskId']})" if node["taskId"] else ""
    return web.redirect(f"/nodes/{node_id}", say=f"Node {node['name']} saved{again}.")


@router.get("/{node_id}/delete")
async def delete_form(web: SignedIn, node_id: UUID) -> Response:
    node = await web.api.get(f"/nodes/{node_id}")
    return web.page("nodes/delete.html", node=node, error=None)


@router.post("/{node_id}/delete")
async def delete(web: SignedIn, node_id: UUID) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/nodes/{node_id}")
    except ApiFailure as failure:
        if failure.status == 404:
            raise
        node = await web.api.get(f"/nodes/{node_id}")
        return web.page("nodes/delete.html", status=failure.status, node=node, error=failure.message)
    return web.redirect("/nodes", say="Node deleted. Proxmox VE itself is untouched.")
