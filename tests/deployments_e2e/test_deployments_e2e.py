"""Deployments end to end (issue 21's acceptance) through the API on real LXC guests behind the PVE 9.1
simulator: a real registry on the lane's bridge (TLS from a test CA, htpasswd) holding the test image as 1.0 and
2.0 is registered (a wrong password refused), a versioned project's version holds the image with a variable, a
required secret and a port; its deployment waits for the secret, then runs a container whose page the host reads.
The increased version with the 2.0 tag replaces it (the old deployment obsolete, its container gone); a version
whose tag does not exist fails naming the instance and the pull while 2.0 still answers; the deployment token's
`curl` line alone starts a run; a copy under another prefix runs a second container, and its deletion takes it
away; a web service from the same image (source.type image) passes its health check and serves the page with its
variables, and its deletion takes its container away. The registry password, the secret's value and the token
reach no task log, answer, data-dir file or argv."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.config import Settings
from tests.conftest import Server, _free_port
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import lxc_node
from tests.factories import assert_secrets_nowhere, owner_headers, wait_task
from tests.harness.lxc import LxcSim
from tests.harness.oci_image import OciImage, build_image
from tests.harness.registry import Registry, start_registry
from tests.pvesim.lxc_setup import LxcEnvironment
from tests.versions.helpers import versions_url

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.lxc(lane=1)]

RUN_TIMEOUT = 900
URL = "/api/v1/deployments"
GREETING = "hello-from-the-version"
PREFIX = "web"


@pytest.fixture
def database_url() -> None:
    return None  # what is tested is the nodes' and the registry's side: SQLite alone


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Server]:
    """Containr whose public address is its own (the token's `curl` line calls it), with room for pulls."""
    port = _free_port()
    settings.public_url = f"http://127.0.0.1:{port}"
    settings.task_timeout = RUN_TIMEOUT
    running = Server(settings, port=port)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


@pytest.fixture
def hello_registry(tmp_path: Path, lxc_env: LxcEnvironment, oci_image: OciImage) -> Iterator[Registry]:
    """The registry on the lane's gateway (the node's side of the bridge) holding containr/hello 1.0 and 2.0."""
    with start_registry(tmp_path / "registry", address=lxc_env.gateway) as registry:
        registry.push(oci_image, "containr/hello", "1.0")
        registry.push(build_image(tmp_path / "hello-2.0", tag="2.0"), "containr/hello", "2.0")
        yield registry


def _guests(lxc_sim: LxcSim) -> set[int]:
    """The vmids the simulated node lists (GET /nodes/pve/lxc)."""
    with httpx.Client(base_url=lxc_sim.server.url + "/api2/json", verify=False, timeout=30,
                      headers={"Authorization": lxc_sim.credentials.token_header}) as api:
        answer = api.get("/nodes/pve/lxc")
        assert answer.status_code == 200, answer.text
        return {int(guest["vmid"]) for guest in answer.json()["data"]}


def _page(ip: str, *, seconds: float = 60) -> str:
    """The test image's page from the host at the container's address."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            answer = httpx.get(f"http://{ip.split('/')[0]}:8080/", timeout=3)
            if answer.status_code == 200:
                return answer.text
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, f"{ip}:8080 did not answer"
        time.sleep(0.3)


async def _get(client: httpx.AsyncClient, headers: dict[str, str], deployment_id: str) -> dict[str, Any]:
    answer = await client.get(f"{URL}/{deployment_id}", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


async def _until(client: httpx.AsyncClient, headers: dict[str, str], deployment_id: str,
                 settled: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    """The deployment once `settled` holds for it: a run's end is recorded by the task's finish hook, which
    runs just after the task shows as ended."""
    deadline = asyncio.get_running_loop().time() + 30
    while not settled(shown := await _get(client, headers, deployment_id)):
        assert asyncio.get_running_loop().time() < deadline, shown
        await asyncio.sleep(0.2)
    return shown


async def _version(client: httpx.AsyncClient, headers: dict[str, str], project_id: str, source: dict[str, Any],
                   *, name: str) -> dict[str, Any]:
    """`source` increased to `name`, its one image tagged `name` (the tag of the image pushed as that version)."""
    increased = await client.post(versions_url(project_id, source["id"], "increase"), headers=headers,
                                  json={"name": name})
    assert increased.status_code == 201, increased.text
    (image,) = (await client.get(versions_url(project_id, increased.json()["id"]), headers=headers)).json()["images"]
    tagged = await client.patch(versions_url(project_id, increased.json()["id"], "images", image["id"]),
                                headers=headers, json={"tag": name})
    assert tagged.status_code == 200, tagged.text
    return increased.json()


async def _prepared(client: httpx.AsyncClient, headers: dict[str, str], *, version_id: str, node_id: str,
                    secret: str) -> dict[str, Any]:
    """A deployment of the version under PREFIX whose one instance has the secret's value."""
    made = await client.post(URL, headers=headers, json={"versionId": version_id, "nodeId": node_id,
                                                         "prefix": PREFIX, "note": "e2e"})
    assert made.status_code == 201 and made.json()["status"] == "preparing", made.text
    deployment = await _get(client, headers, made.json()["id"])
    assert len(deployment["instances"]) == 1, deployment
    instance = f"{URL}/{deployment['id']}/instances/{deployment['instances'][0]['id']}"
    patched = await client.patch(instance, headers=headers,
                                 json={"config": {"secrets": [{"key": "SECRET_TOKEN", "value": secret}]}})
    assert patched.status_code == 200 and secret not in patched.text, patched.text
    keys = (await client.get(f"{instance}/secrets", headers=headers)).json()
    assert keys["keys"] == ["SECRET_TOKEN"] and keys["publicKey"] is None, keys
    return deployment


async def _run(client: httpx.AsyncClient, headers: dict[str, str], deployment_id: str) -> tuple[dict[str, Any],
                                                                                                dict[str, Any]]:
    """Starts the deployment; its task once ended, and the deployment then."""
    started = await client.post(f"{URL}/{deployment_id}/start", headers=headers, json={})
    assert started.status_code == 202, started.text
    assert started.json()["deployment"]["id"] == deployment_id
    task = await wait_task(client, headers, started.json()["taskId"], timeout=RUN_TIMEOUT)
    assert task["type"] == "deploymentStart", task
    return task, await _until(client, headers, deployment_id, lambda shown: shown["status"] != "in_progress")


def _container(deployment: dict[str, Any]) -> dict[str, Any]:
    (instance,) = deployment["instances"]
    assert instance["state"] == "running" and instance["container"], instance
    return instance["container"]


async def _triggered_with_curl(client: httpx.AsyncClient, headers: dict[str, str], deployment: dict[str, Any],
                               watched: list[str]) -> None:
    """A deployment token made for `deployment` (watched for from then on), whose `curl` line run by bash and
    nothing else starts a run that succeeds (followed through the deployment)."""
    made = await client.put(f"{URL}/{deployment['id']}/token", headers=headers,
                            json={"name": "ci", "expirationInDays": 1})
    assert made.status_code == 201, made.text
    token, curl = made.json()["token"], made.json()["curl"]
    watched.append(token)
    assert token in curl and curl.startswith("curl ") and curl.endswith(f"/api/v1/deployments/{deployment['id']}"
                                                                         "/trigger"), curl
    again = await client.put(f"{URL}/{deployment['id']}/token", headers=headers, json={"name": "ci-2"})
    assert again.status_code == 409 and again.json()["code"] == "taken"
    ran = await asyncio.to_thread(subprocess.run, ["bash", "-c", curl], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    task_id = json.loads(ran.stdout)["taskId"]
    assert task_id != deployment["taskId"]
    deadline = asyncio.get_running_loop().time() + RUN_TIMEOUT
    while True:
        task = (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
        shown = await _get(client, headers, deployment["id"])
        if shown["taskId"] == task_id and shown["status"] != "in_progress" and not task["active"]:
            break
        assert asyncio.get_running_loop().time() < deadline, (shown, task)
        await asyncio.sleep(1)
    assert task["success"] and task["type"] == "deploymentStart", task
    assert shown["status"] == "successful" and shown["tokenName"] == "ci", shown
    # The same version again: the playbook's second run with the same instances changes nothing.
    log = (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text
    assert re.search(r"localhost\s*: ok=\d+\s+changed=0\s+unreachable=0\s+failed=0", log), log[-3000:]


async def _image_service(client: httpx.AsyncClient, headers: dict[str, str], *, project_id: str, node_id: str,
                         registry_id: str, secret: str) -> dict[str, Any]:
    """A running web service from containr/hello:2.0 of the registry, as its GET answers once the run is over."""
    made = await client.post(f"/api/v1/projects/{project_id}/services", headers=headers, json={
        "name": "hello", "type": "web", "nodeId": node_id, "port": 8080, "healthCheckPath": "/",
        "source": {"type": "image", "image": "containr/hello:2.0", "registryId": registry_id},
        "buildConfig": {"environmentVariables": {"GREETING": GREETING, "SECRET_TOKEN": secret}}})
    assert made.status_code == 202, made.text
    task = await wait_task(client, headers, made.json()["taskId"], timeout=RUN_TIMEOUT)
    assert task["success"], task
    shown = (await client.get(f"/api/v1/services/{made.json()['id']}", headers=headers)).json()
    assert shown["status"] == "running" and shown["currentRelease"]["image"].endswith("/containr/hello:2.0"), shown
    return shown


async def test_versions_deployed_replaced_failed_triggered_copied_and_removed(
        client: httpx.AsyncClient, server: Server, settings: Settings, lxc_sim: LxcSim,
        hello_registry: Registry) -> None:
    lxc_sim.server.sim.set_release("9.1")
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    secret = secrets.token_urlsafe(24)
    watched = [hello_registry.password, secret]

    # 1. The registry (a wrong password refused, naming the field), a versioned project, its version 1.0.
    details = {"url": hello_registry.url, "user": hello_registry.username, "caBundle": hello_registry.ca_bundle}
    wrong = await client.post("/api/v1/registries", headers=headers, json={
        "name": "lane", "type": "v2", "details": details | {"token": "not-the-password"}})
    assert wrong.status_code == 422 and wrong.json()["details"] == {"field": "details.token"}, wrong.text
    registry = await client.post("/api/v1/registries", headers=headers, json={
        "name": "lane", "type": "v2", "details": details | {"token": hello_registry.password}})
    assert registry.status_code == 201, registry.text
    project = await client.post("/api/v1/projects", headers=headers, json={"name": "hello", "type": "versioned"})
    assert project.status_code == 201, project.text
    project_id = project.json()["id"]
    first_version = await client.post(versions_url(project_id), headers=headers, json={"name": "1.0"})
    assert first_version.status_code == 201, first_version.text
    images = await client.post(versions_url(project_id, first_version.json()["id"], "images"), headers=headers,
                               json=[{"registryId": registry.json()["id"], "images": ["containr/hello:1.0"]}])
    assert images.status_code == 201, images.text
    configured = await client.patch(versions_url(project_id, first_version.json()["id"], "images",
                                                 images.json()[0]["id"]), headers=headers, json={"config": {
        "environment": [{"key": "GREETING", "value": GREETING}],
        "secrets": [{"key": "SECRET_TOKEN", "required": True}], "ports": [{"internal": 8080}]}})
    assert configured.status_code == 200, configured.text

    with argv_watch(watched=watched) as argv:
        # 2. Deployed under PREFIX: refused without the secret's value, then running with it.
        made = await client.post(URL, headers=headers, json={"versionId": first_version.json()["id"],
                                                             "nodeId": node["id"], "prefix": PREFIX})
        assert made.status_code == 201, made.text
        first = await _get(client, headers, made.json()["id"])
        assert (first["status"], first["project"]["id"], first["node"]["id"]) == ("preparing", project_id,
                                                                                   node["id"]), first
        (instance,) = first["instances"]
        missing = await client.post(f"{URL}/{first['id']}/start", headers=headers, json={})
        assert missing.status_code == 422 and missing.json()["code"] == "missing_secrets", missing.text
        assert missing.json()["details"] == {"field": f"instances.{instance['id']}.secrets",
                                             "keys": ["SECRET_TOKEN"]}
        patched = await client.patch(f"{URL}/{first['id']}/instances/{instance['id']}", headers=headers,
                                     json={"config": {"secrets": [{"key": "SECRET_TOKEN", "value": secret}]}})
        assert patched.status_code == 200 and secret not in patched.text, patched.text
        task, first = await _run(client, headers, first["id"])
        assert task["success"] and first["status"] == "successful" and first["taskId"] == task["id"], (task, first)
        old = _container(first)
        page = await asyncio.to_thread(_page, old["ip"])
        assert f"greeting={GREETING}" in page and f"secret-length={len(secret)}" in page and "version=1.0" in page

        # 3. The increased version with the 2.0 tag, on the same node and prefix, replaces it.
        second_version = await _version(client, headers, project_id, first_version.json(), name="2.0")
        second = await _prepared(client, headers, version_id=second_version["id"], node_id=node["id"],
                                 secret=secret)
        task, second = await _run(client, headers, second["id"])
        assert task["success"] and second["status"] == "successful", (task, second)
        current = _container(second)
        page = await asyncio.to_thread(_page, current["ip"])
        assert "version=2.0" in page and f"greeting={GREETING}" in page and f"secret-length={len(secret)}" in page
        await _until(client, headers, first["id"], lambda shown: shown["status"] == "obsolete")
        guests = await asyncio.to_thread(_guests, lxc_sim)
        assert current["vmid"] != old["vmid"] and old["vmid"] not in guests and current["vmid"] in guests, guests

        # 4. A version whose tag the registry does not have fails naming the instance and the pull; 2.0 answers.
        broken_version = await _version(client, headers, project_id, second_version, name="9.9")
        broken = await _prepared(client, headers, version_id=broken_version["id"], node_id=node["id"],
                                 secret=secret)
        task, broken = await _run(client, headers, broken["id"])
        broken = await _until(client, headers, broken["id"], lambda shown: shown["instances"][0]["state"] is not None)
        assert not task["success"] and broken["status"] == "failed", (task, broken)
        (failed,) = broken["instances"]
        assert failed["state"] == "failed" and failed["container"], failed
        error = task["error"]["message"]
        assert f"instance {failed['container']['name']}" in error, error
        assert "pulling" in error and f"{hello_registry.host}/containr/hello:9.9" in error, error
        assert (await _get(client, headers, second["id"]))["status"] == "successful"
        assert "version=2.0" in await asyncio.to_thread(_page, current["ip"])

        # 5. The deployment token's curl line, and nothing else, starts a run of the 2.0 deployment.
        await _triggered_with_curl(client, headers, second, watched)
        assert "version=2.0" in await asyncio.to_thread(_page, current["ip"])

        # 6. A copy under another prefix runs a second container beside it.
        copied = await client.post(f"{URL}/{second['id']}/copy", headers=headers,
                                   json={"nodeId": node["id"], "prefix": "copy", "note": "the copy"})
        assert copied.status_code == 201, copied.text
        assert (copied.json()["status"], copied.json()["prefix"]) == ("preparing", "copy")
        task, copy = await _run(client, headers, copied.json()["id"])  # the secret came along
        assert task["success"] and copy["status"] == "successful", (task, copy)
        beside = _container(copy)
        page = await asyncio.to_thread(_page, beside["ip"])
        assert "version=2.0" in page and f"secret-length={len(secret)}" in page
        assert beside["vmid"] != current["vmid"] and beside["ip"] != current["ip"]
        assert (await _get(client, headers, second["id"]))["status"] == "successful"
        assert "version=2.0" in await asyncio.to_thread(_page, current["ip"])

        # 9. A web service from the same image (source.type image), pulled with the registry's credentials, its
        # variables in its environment, its health check passed before the run succeeds.
        service = await _image_service(client, headers, project_id=project_id, node_id=node["id"],
                                       registry_id=registry.json()["id"], secret=secret)
        page = await asyncio.to_thread(_page, service["host"])
        assert "version=2.0" in page and f"greeting={GREETING}" in page and f"secret-length={len(secret)}" in page

    # The only command lines holding a secret are the curl line's own (bash -c and curl, run by the test).
    assert [line for line in argv if "/trigger" not in line] == [], argv

    # 8. The deployment's log: its status changes and the runs' lines.
    log = await client.get(f"{URL}/{second['id']}/log", headers=headers, params={"skip": 0, "take": 100})
    assert log.status_code == 200, log.text
    items = log.json()["items"]
    assert log.json()["total"] >= len(items) > 0
    assert {"in_progress", "successful"} <= {i["deploymentStatus"] for i in items if i["type"] == "deploymentStatus"}
    assert any(i["type"] == "log" and any("PLAY RECAP" in line for line in i["log"]) for i in items), items

    # Deleting the copy takes its container away, then the record.
    deleted = await client.delete(f"{URL}/{copy['id']}", headers=headers)
    assert deleted.status_code == 202, deleted.text
    assert (await wait_task(client, headers, deleted.json()["taskId"], timeout=RUN_TIMEOUT))["success"]
    assert beside["vmid"] not in await asyncio.to_thread(_guests, lxc_sim)
    deadline = asyncio.get_running_loop().time() + 30
    while (await client.get(f"{URL}/{copy['id']}", headers=headers)).status_code != 404:  # the hook drops it
        assert asyncio.get_running_loop().time() < deadline, "the deleted deployment stays"
        await asyncio.sleep(0.2)
    assert "version=2.0" in await asyncio.to_thread(_page, current["ip"])

    # The service's delete destroys its container.
    deleted = await client.delete(f"/api/v1/services/{service['id']}", headers=headers)
    assert deleted.status_code == 202, deleted.text
    assert (await wait_task(client, headers, deleted.json()["taskId"], timeout=RUN_TIMEOUT))["success"]
    assert service["vmid"] not in await asyncio.to_thread(_guests, lxc_sim)

    # 7. No registry password, secret value or token in a task's answer or log, an API answer, or a data-dir file.
    deployments = [first["id"], second["id"], broken["id"]]
    await assert_secrets_nowhere(client, headers, settings.data_dir, watched, answers=(
        URL, "/api/v1/registries", *(f"{URL}/{d}" for d in deployments), *(f"{URL}/{d}/log" for d in deployments),
        f"{URL}/{second['id']}/instances/{second['instances'][0]['id']}",
        f"{URL}/{second['id']}/instances/{second['instances'][0]['id']}/secrets",
        versions_url(project_id, second_version["id"]), f"/api/v1/services/{service['id']}"))
