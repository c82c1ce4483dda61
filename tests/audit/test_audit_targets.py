"""Every change's audit record names what it acted on: a create its new resource, anything else the one its path
names, also when the change is refused; never a secret of the request or of the answer."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest

from service.core import audit
from service.core.models import AuditRecord
from tests.api.test_route_access import (
    ACCESS,
    V1,
    _api_routes,
    _call,
    _order,
    _world,
    git_providers,  # noqa: F401 - a fixture the walk's world needs
    settings,  # noqa: F401 - asks for `bind` (the conftest's), the nameserver the walk's dns_check asks
)
from tests.factories import PASSWORD, owner_headers

MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# What each create makes. A route that answers a new resource must be here, so that a new one says what it makes.
CREATES = {
    ("POST", f"{V1}/auth/register"): "user", ("POST", f"{V1}/users"): "user", ("POST", f"{V1}/groups"): "group",
    ("POST", f"{V1}/tokens"): "token", ("POST", f"{V1}/teams"): "team",
    ("POST", f"{V1}/teams/{{team_id}}/users"): "member", ("POST", f"{V1}/projects"): "project",
    ("POST", f"{V1}/projects/{{project_id}}/members"): "member",
    ("POST", f"{V1}/projects/{{project_id}}/environments"): "environment",
    ("POST", f"{V1}/projects/{{project_id}}/environments/{{env_id}}/clone"): "environment",
    ("POST", f"{V1}/projects/{{project_id}}/invites"): "invite", ("POST", f"{V1}/nodes"): "node",
    ("POST", f"{V1}/databases"): "database", ("POST", f"{V1}/databases/{{database_id}}/clone"): "database",
    ("POST", f"{V1}/git/providers"): "git_provider", ("POST", f"{V1}/templates"): "project",
    ("POST", f"{V1}/apps/install"): "app",
    ("POST", f"{V1}/apps/{{app_id}}/clone"): "app",
    ("POST", f"{V1}/storages"): "storage",
    ("POST", f"{V1}/registries"): "registry",
    ("POST", f"{V1}/projects/{{project_id}}/versions"): "version",
    ("POST", f"{V1}/projects/{{project_id}}/versions/{{version_id}}/increase"): "version",
    ("POST", f"{V1}/deployments"): "deployment",
    ("POST", f"{V1}/deployments/{{deployment_id}}/copy"): "deployment",
    ("POST", f"{V1}/step-images"): "step_image", ("POST", f"{V1}/projects/{{project_id}}/workflows"): "workflow",
    ("POST", f"{V1}/build-runners"): "build_runner",
    ("POST", f"{V1}/teams/{{team_id}}/notifications"): "notification",
    ("POST", f"{V1}/notifications/{{notification_id}}/test"): "delivery",
}
# The kind of thing each path parameter names; `token` (an invitation's secret) names nothing on record.
PARAM_KINDS = {
    "user_id": "user", "group_id": "group", "token_id": "token", "task_id": "task", "team_id": "team",
    "project_id": "project", "member_id": "member", "env_id": "environment", "invite_id": "invite",
    "node_id": "node", "database_id": "database", "provider_id": "git_provider", "service_id": "service",
    "build_id": "build", "domain": "domain", "app_id": "app",
    "storage_id": "storage", "registry_id": "registry", "version_id": "version", "image_id": "image",
    "deployment_id": "deployment", "instance_id": "instance", "step_image_id": "step_image",
    "workflow_id": "workflow", "runner_id": "build_runner", "step_id": "workflow_build_step",
    "notification_id": "notification",
}
NAMED = {"playbooks": "playbook", "containers": "container", "mailboxes": "mailbox"}
# Routes whose path names no resource: what a success of theirs acts on.
PATHLESS = {
    ("POST", f"{V1}/auth/login"): "user", ("PATCH", f"{V1}/user/profile"): "user",
    ("PUT", f"{V1}/user/profile"): "user", ("POST", f"{V1}/invites/{{token}}/accept"): "member",
    ("POST", f"{V1}/backups/create"): "task", ("POST", f"{V1}/backups/cleanup"): "task",
    ("POST", f"{V1}/domains"): "domain", ("POST", f"{V1}/certificates/renew"): "task",
    ("POST", f"{V1}/auth/password_reset"): "user",
}


def _path_target(path: str) -> tuple[str, str] | None:
    """The innermost resource the path names: (kind, parameter)."""
    found = None
    for before, param in re.findall(r"/([^/{}]+)/\{(\w+)\}", path):
        if param in PARAM_KINDS:
            found = (PARAM_KINDS[param], param)
        elif param == "name":
            found = (NAMED[before], param)
    return found


def _expected_pathless(method: str, path: str) -> str | None:
    if path.startswith(f"{V1}/settings/"):
        return "setting"
    return PATHLESS.get((method, path))


async def _record_after(last_id: int) -> AuditRecord:
    """The record of the request just answered: written after its answer, so it may take a moment."""
    for _ in range(500):
        record = await AuditRecord.filter(id__gt=last_id).order_by("id").first()
        if record is not None:
            return record
        await asyncio.sleep(0.01)
    raise AssertionError("no audit record was written")


async def _last_id() -> int:
    last = await AuditRecord.all().order_by("-id").first()
    return last.id if last else 0


def _check(method: str, path: str, world: dict[str, Any], status: int, answer: Any,
           record: AuditRecord) -> list[str]:
    """What is wrong with a request's record (nothing: an empty list)."""
    wrong = []
    route = (method, path)
    on_path = _path_target(path)
    ok = 200 <= status < 300
    answered = answer if isinstance(answer, dict) else {}
    path_id = str(world[ACCESS[route].params.get(on_path[1], on_path[1])]) if on_path else None
    new = ok and method == "POST" and "id" in answered and str(answered["id"]) != path_id
    if new and route not in CREATES:
        wrong.append("answers a new resource: add the route to CREATES")
    if record.status != status:
        wrong.append(f"status {record.status}")
    if route in CREATES and ok:
        seen = (record.target_kind, record.target_id, record.target_name)
        # An app is named by its fqdn, a deployment by its prefix.
        name = answered.get("name", answered.get("username", answered.get("fqdn", answered.get("prefix"))))
        if seen != (CREATES[route], str(answered["id"]), name):
            wrong.append(f"target {seen} is not the new {CREATES[route]} {answered.get('id')} {name!r}")
        for field, column in (("teamId", "team_id"), ("projectId", "project_id")):
            if answered.get(field) and str(getattr(record, column)) != answered[field]:
                wrong.append(f"{column} {getattr(record, column)} is not the new resource's {answered[field]}")
    elif on_path is not None:
        if (record.target_kind, record.target_id) != (on_path[0], path_id):
            wrong.append(f"target {(record.target_kind, record.target_id)} is not the path's {on_path[0]} {path_id}")
    elif ok and (record.target_kind, bool(record.target_id)) != (_expected_pathless(method, path), True):
        wrong.append(f"target {(record.target_kind, record.target_id)}: expected a {_expected_pathless(method, path)}")
    for column in ("team_id", "project_id"):
        in_path = world[ACCESS[route].params.get(column, column)] if f"{{{column}}}" in path else None
        if in_path is not None and str(getattr(record, column)) != str(in_path):
            wrong.append(f"{column} {getattr(record, column)} is not the path's")
    secrets = [answered.get("token"), answered.get("password"), answered.get("triggerSecret"), PASSWORD,
               world.get("token"), answered.get("resetToken")]
    text = repr([getattr(record, field) for field in AuditRecord._meta.fields])
    if any(secret and str(secret) in text for secret in secrets):
        wrong.append("a secret is on record")
    return wrong


async def _walk(client, server, pve_sim, git_url: str, caller: str, key: str) -> tuple[list[Any], int]:
    """Every changing route of the access matrix, called by `caller` in a world of its own."""
    root = await owner_headers(client)
    world = await _world(client, server, root, key, caller, pve_sim, git_url)
    routes = [route for route in _order(_api_routes(server.app)) if route[0] in MUTATING]
    assert set(routes) <= set(ACCESS), "see test_route_access.test_every_route_has_an_access_rule"
    wrong, succeeded = [], 0
    for method, path in routes:
        last = await _last_id()
        response = await _call(client, method, path, ACCESS[(method, path)], world)
        answer = response.json() if response.content and "json" in response.headers.get("content-type", "") else None
        record = await _record_after(last)
        succeeded += response.status_code < 300
        problems = _check(method, path, world, response.status_code, answer, record)
        wrong += [(method, path, response.status_code, problem) for problem in problems]
    return wrong, succeeded


@pytest.mark.slow
@pytest.mark.one_database  # what is recorded does not depend on the database; test_audit_log runs on both
async def test_each_change_names_its_target(client, server, pve_sim, git_providers):  # noqa: F811
    wrong, succeeded = await _walk(client, server, pve_sim, git_providers.url("gitea"), "instance admin", "a1")
    assert not wrong, "\n".join(map(str, wrong))
    assert succeeded > 40  # the walk reached the routes, not only their refusals


@pytest.mark.slow
@pytest.mark.one_database
async def test_refused_changes_name_the_target_of_their_path(client, server, pve_sim, git_providers):  # noqa: F811
    wrong, succeeded = await _walk(client, server, pve_sim, git_providers.url("gitea"), "viewer", "v1")
    assert not wrong, "\n".join(map(str, wrong))


async def test_a_new_project_is_named_with_its_team(client):
    headers = await owner_headers(client)
    last = await _last_id()
    created = await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})
    assert created.status_code == 201, created.text
    project = created.json()
    await _record_after(last)  # written after the answer
    log = (await client.get("/api/v1/audit-log?filter=projects.create", headers=headers)).json()
    record = next(r for r in log["items"] if r["action"] == "projects.create")
    assert record["targetKind"] == "project" and record["targetId"] == project["id"]
    assert record["targetName"] == "shop" and record["status"] == 201
    assert record["teamId"] == project["teamId"] and record["projectId"] == project["id"]
    assert record["target"] == ""  # the path's ids, as before: a create's path names none
    by_id = (await client.get(f"/api/v1/audit-log?target_id={project['id']}", headers=headers)).json()
    assert [r["action"] for r in by_id["items"]] == ["projects.create"]
    by_name = (await client.get("/api/v1/audit-log?filter=shop", headers=headers)).json()
    assert by_name["total"] == 1
    team_log = (await client.get(f"/api/v1/teams/{project['teamId']}/audit-log", headers=headers)).json()
    assert project["id"] in [r["targetId"] for r in team_log["items"]]


def test_a_created_database_is_named_from_its_answer_and_nothing_else_is_taken():
    # The matrix's database creates are refused before any run starts; their answer is read the same way.
    route = audit._route("POST", "/databases")
    answer = {"id": "d1", "name": "orders", "projectId": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b", "taskId": 7,
              "password": "never", "token": "never"}
    target = audit._resolve(route, method="POST", status=202, params={}, answer=answer, noted=None)
    assert (target.kind, target.id, target.name) == ("database", "d1", "orders")
    assert str(target.project_id) == answer["projectId"]
    clone = audit._resolve(audit._route("POST", "/databases/{database_id}/clone"), method="POST", status=202,
                           params={"database_id": "d1"}, answer={"id": "d2", "name": "copy"}, noted=None)
    assert (clone.kind, clone.id, clone.name) == ("database", "d2", "copy")
    started = audit._resolve(audit._route("POST", "/databases/{database_id}/start"), method="POST", status=202,
                             params={"database_id": "d1"}, answer={"taskId": 8}, noted=None)
    assert (started.kind, started.id) == ("database", "d1")


def test_only_a_bounded_json_answer_is_read():
    def read(headers: list[tuple[bytes, bytes]], *chunks: bytes) -> dict[str, Any] | None:
        answer = audit._Answer()
        answer.start({"type": "http.response.start", "status": 201, "headers": headers})
        for chunk in chunks:
            answer.feed(chunk)
        return answer.fields()

    json_type = (b"content-type", b"application/json")
    assert read([json_type], b'{"id": 1,', b' "name": "a"}') == {"id": 1, "name": "a"}
    assert read([json_type], b"x" * (audit.ANSWER_CAP + 1)) is None
    assert read([json_type, (b"content-length", str(audit.ANSWER_CAP + 1).encode())], b"{}") is None
    assert read([(b"content-type", b"text/plain")], b'{"id": 1}') is None
