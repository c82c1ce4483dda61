"""Services end to end through the HTTP API on real LXC guests, with a real git server on the lane's bridge:
a Python app linked to a PostgreSQL database answers with a row it read there; a push webhook deploys a second
commit, a bad signature and another branch record nothing; a commit that fails its health check is rolled back
by the playbook and the build fails naming the check; rollback to the first release; stop, start, restart, the
journal; a rotated database password shows as needsRedeploy; delete frees the guest and its address. A Node app,
a static site and a cron job (whose timer's output reaches /logs) deploy too, and a repository the guest cannot
fetch fails its build naming the step while the running release stays. No secret reaches a log, a task's vars
or result, or a command line."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import subprocess
from typing import Any

import httpx
import psycopg
import pytest

from service.domains.nodes.models import IpLease
from service.domains.services.models import Build
from service.tasks.models import Task
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import lxc_node
from tests.factories import owner_headers, wait_task
from tests.harness.git_server import GitServer
from tests.harness.lxc import LxcSim
from tests.services import apps

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.prepared_guests]

RUN_TIMEOUT = 900
SECRET_VALUE = "sk-live-e2e-0123456789abcdef"


async def _done(client: httpx.AsyncClient, headers: dict[str, str], answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 202, answer.text
    return await wait_task(client, headers, answer.json()["taskId"], timeout=RUN_TIMEOUT)


async def _service(client: httpx.AsyncClient, headers: dict[str, str], service_id: str) -> dict[str, Any]:
    answer = await client.get(f"/api/v1/services/{service_id}", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


async def _page(url: str, *, tries: int = 40) -> str:
    """What the app answers at `url`, tried for a while: a restart takes a moment to listen again."""
    async with httpx.AsyncClient(timeout=5) as http:
        for _ in range(tries):
            try:
                answer = await http.get(url)
                if answer.status_code == 200:
                    return answer.text.strip()
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.5)
    raise AssertionError(f"{url} did not answer 200")


async def _refused(url: str) -> bool:
    async with httpx.AsyncClient(timeout=5) as http:
        try:
            await http.get(url)
        except httpx.ConnectError:
            return True
    return False


def _signed(secret: str, sha: str, branch: str = "main") -> tuple[bytes, dict[str, str]]:
    body = json.dumps({"ref": f"refs/heads/{branch}", "before": "0" * 40, "after": sha,
                       "head_commit": {"id": sha, "message": "pushed"}}).encode()
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return body, {"X-GitHub-Event": "push", "X-Hub-Signature-256": signature, "Content-Type": "application/json"}


async def _listed() -> list[str]:
    done = await asyncio.to_thread(subprocess.run, ["lxc-ls", "-1"], capture_output=True, text=True, check=True)
    return done.stdout.split()


async def _journal(client: httpx.AsyncClient, headers: dict[str, str], service_id: str, needle: str, *,
                   tries: int = 90) -> list[str]:
    """The service's journal once a line holds `needle` (a timer fires on the minute: up to about 90 s)."""
    lines: list[str] = []
    for _ in range(tries):
        answer = await client.get(f"/api/v1/services/{service_id}/logs?lines=50", headers=headers)
        assert answer.status_code == 200, answer.text
        lines = answer.json()["lines"]
        if any(needle in line for line in lines):
            return lines
        await asyncio.sleep(1)
    raise AssertionError(f"no line with {needle!r} in the journal: {lines}")


async def _postgresql(client: httpx.AsyncClient, headers: dict[str, str], project: dict[str, Any]) -> dict[str, Any]:
    answer = await client.post("/api/v1/databases", headers=headers, json={
        "name": "orders", "type": "postgresql", "projectId": project["id"], "resources": {"diskGb": 4}})
    database = answer.json()
    assert (await _done(client, headers, answer))["success"]
    credentials = (await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=headers)).json()
    with psycopg.connect(host=credentials["host"], port=credentials["port"], dbname=credentials["database"],
                         user=credentials["user"], password=credentials["password"], connect_timeout=10) as conn:
        conn.execute("CREATE TABLE containr_hello (id int PRIMARY KEY, message text)")
        conn.execute("INSERT INTO containr_hello VALUES (1, 'tea from postgres')")
    return {**database, "password": credentials["password"]}


@pytest.mark.lxc(lane=0)
async def test_a_python_service_linked_to_postgresql(client: httpx.AsyncClient, lxc_sim: LxcSim,
                                                     git_server: GitServer) -> None:
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    database = await _postgresql(client, headers, project)
    git_server.create("shop")
    first = git_server.push("shop", apps.python_web_app("release one"), message="First release")
    seen = [SECRET_VALUE, database["password"]]
    with argv_watch(watched=seen) as argv:
        answer = await client.post(f"/api/v1/projects/{project['id']}/services", headers=headers, json={
            "name": "web", "type": "web", "links": [database["id"]],
            "source": {"type": "git", "repository": git_server.url("shop", host=lxc_sim.env.gateway)},
            "buildConfig": {"environmentVariables": {"SHOP_SECRET": SECRET_VALUE}}})
        created = answer.json()
        secret = created["webhookSecret"]
        seen.append(secret)
        service_id = created["id"]
        assert (await _done(client, headers, answer))["success"]
        service = await _service(client, headers, service_id)
        assert service["status"] == "running" and service["stack"] == "python", service
        assert service["currentRelease"]["commitSha"] == first and service["url"] == f"http://{service['host']}:8000"
        assert await _page(service["url"]) == "release one: tea from postgres"
        build = (await client.get(f"/api/v1/builds/{created['buildId']}", headers=headers)).json()
        assert build["status"] == "success" and build["commitSha"] == first
        assert build["commitMessage"] == "First release" and build["trigger"] == "create"

        # A push to the branch, signed: a new release. A bad signature or another branch records nothing.
        second = git_server.push("shop", apps.python_web_app("release two"), message="Second release")
        builds = await Build.filter(service_id=service_id).count()
        body, signed = _signed("not-the-secret", second)
        assert (await client.post(f"/api/v1/services/{service_id}/webhook", content=body,
                                  headers=signed)).status_code == 401
        body, signed = _signed(secret, second, branch="feature")
        ignored = await client.post(f"/api/v1/services/{service_id}/webhook", content=body, headers=signed)
        assert ignored.status_code == 200 and "ignored" in ignored.json(), ignored.text
        assert await Build.filter(service_id=service_id).count() == builds
        body, signed = _signed(secret, second)
        pushed = await client.post(f"/api/v1/services/{service_id}/webhook", content=body, headers=signed)
        assert pushed.status_code == 202 and pushed.json()["trigger"] == "webhook", pushed.text
        assert (await _done(client, headers, pushed))["success"]
        assert await _page(service["url"]) == "release two: tea from postgres"

        # A release that fails its health check: the playbook switches back, the build fails saying so.
        git_server.push("shop", apps.python_web_app("broken", status=500), message="Broken release")
        failed = await _done(client, headers, await client.post("/api/v1/builds", headers=headers,
                                                                json={"serviceId": service_id}))
        assert failed["state"] == "failed"
        assert "Health check failed" in failed["error"]["message"] and second in failed["error"]["message"], failed
        assert await _page(service["url"]) == "release two: tea from postgres"
        service = await _service(client, headers, service_id)
        assert service["status"] == "running" and service["currentRelease"]["commitSha"] == second
        broken = (await client.get(f"/api/v1/builds?serviceId={service_id}&status=failed", headers=headers)).json()
        assert broken["total"] == 1 and "Health check failed" in broken["items"][0]["error"]

        # Rollback: the release before the current one.
        releases = (await client.get(f"/api/v1/services/{service_id}/releases", headers=headers)).json()
        assert [r["commitSha"] for r in releases["items"]] == [second, first] and releases["items"][0]["current"]
        assert (await _done(client, headers, await client.post(f"/api/v1/services/{service_id}/rollback",
                                                               headers=headers, json={})))["success"]
        assert await _page(service["url"]) == "release one: tea from postgres"
        assert (await _service(client, headers, service_id))["currentRelease"]["commitSha"] == first

        for action, status in (("stop", "stopped"), ("start", "running"), ("restart", "running")):
            done = await _done(client, headers, await client.post(f"/api/v1/services/{service_id}/{action}",
                                                                  headers=headers))
            assert done["success"], done
            assert (await _service(client, headers, service_id))["status"] == status
            if status == "stopped":
                assert await _refused(service["url"])
        assert await _page(service["url"]) == "release one: tea from postgres"
        assert any("listening on 8000" in line for line in await _journal(client, headers, service_id, "listening"))

        # A rotated password: the running release still has the old one until the service is deployed again.
        rotated = await _done(client, headers, await client.post(
            f"/api/v1/databases/{database['id']}/rotate-password", headers=headers))
        assert rotated["success"], rotated
        seen.append((await client.get(f"/api/v1/databases/{database['id']}/credentials",
                                      headers=headers)).json()["password"])
        assert (await _service(client, headers, service_id))["needsRedeploy"] is True

        refused = await client.delete(f"/api/v1/databases/{database['id']}", headers=headers)
        assert refused.status_code == 409 and refused.json()["code"] == "linked", refused.text
        deleted = await _done(client, headers, await client.delete(f"/api/v1/services/{service_id}",
                                                                   headers=headers))
        assert deleted["success"], deleted
    assert (await client.get(f"/api/v1/services/{service_id}", headers=headers)).status_code == 404
    assert lxc_sim.container(service["vmid"]) not in await _listed()
    assert not await IpLease.filter(address=service["host"]).exists()
    assert argv == []
    for task in await Task.all():
        log = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text
        for value in seen:
            assert value not in log and value not in str(task.extra_vars) and value not in str(task.result)
    gone = await _done(client, headers, await client.delete(f"/api/v1/databases/{database['id']}", headers=headers))
    assert gone["success"], gone


@pytest.mark.lxc(lane=1)
async def test_node_static_and_cron_services(client: httpx.AsyncClient, lxc_sim: LxcSim,
                                             git_server: GitServer) -> None:
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "site", "defaultNodeId": node["id"]})).json()
    made: dict[str, tuple[dict[str, Any], int]] = {}
    for name, files in (("api", apps.node_web_app("hello from node")), ("site", apps.static_site("static hello")),
                        ("tick", apps.cron_job("tick from cron"))):
        git_server.create(name)
        git_server.push(name, files, message=f"The {name}")
        body = {"name": name, "type": "cron" if name == "tick" else "web",
                "source": {"type": "git", "repository": git_server.url(name, host=lxc_sim.env.gateway)}}
        if name == "tick":
            body["schedule"] = "* * * * *"
        answer = await client.post(f"/api/v1/projects/{project['id']}/services", headers=headers, json=body)
        assert answer.status_code == 202, answer.text
        made[name] = (answer.json(), answer.json()["taskId"])
    # The three builds run side by side, each in its own guest.
    for name, (_, task_id) in made.items():
        done = await wait_task(client, headers, task_id, timeout=RUN_TIMEOUT)
        assert done["success"], (name, done)
    api, site, tick = [await _service(client, headers, made[name][0]["id"]) for name in ("api", "site", "tick")]
    assert (api["stack"], site["stack"]) == ("node", "static")
    assert await _page(api["url"]) == "hello from node"
    assert "static hello" in await _page(site["url"])
    assert tick["status"] == "running" and tick["url"] is None
    await _journal(client, headers, tick["id"], "tick from cron")

    # A repository the guest cannot fetch: the build fails naming the step; the site's release still serves.
    changed = await client.put(f"/api/v1/services/{site['id']}", headers=headers, json={
        "source": {"type": "git", "repository": git_server.url("missing", host=lxc_sim.env.gateway)}})
    failed = await _done(client, headers, changed)
    assert failed["state"] == "failed" and "fetch" in failed["error"]["message"].lower(), failed
    assert "static hello" in await _page(site["url"])
    assert (await _service(client, headers, site["id"]))["status"] == "running"

    for service in (api, site, tick):
        deleted = await _done(client, headers, await client.delete(f"/api/v1/services/{service['id']}",
                                                                   headers=headers))
        assert deleted["success"], deleted
    listed = await _listed()
    for service in (api, site, tick):
        assert lxc_sim.container(service["vmid"]) not in listed
        assert not await IpLease.filter(address=service["host"]).exists()
