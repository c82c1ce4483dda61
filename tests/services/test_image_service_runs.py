"""An image service's runs through the API against the PVE 9.1 simulator (memory backend, a registry the node pulls
from anonymously): the create runs the image as an application container with the app's variables, a new tag
replaces it at the same vmid, a tag that does not exist fails before the container is touched, PVE stops and
starts it, a rollback deploys the release before, and the delete destroys it; no variable's value shows anywhere."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from service.domains.nodes.models import Guest
from tests.factories import assert_secrets_nowhere, node_record, owner_headers, wait_task
from tests.versions.helpers import project, registry

HOST = "registry.test:5000"
IMAGE = {"Entrypoint": ["/bin/sh", "/start.sh"], "Env": ["PATH=/bin", "GREETING=from-image"]}
SECRET = "image-service-secret-5521"


def _config(pve: httpx.Client, vmid: int) -> dict:
    return pve.get(f"/nodes/pve/lxc/{vmid}/config").json()["data"]


def _status(pve: httpx.Client, vmid: int) -> str | None:
    found = {g["vmid"]: g for g in pve.get("/cluster/resources", params={"type": "vm"}).json()["data"]}
    return found[vmid]["status"] if vmid in found else None


async def _done(client: httpx.AsyncClient, headers: dict[str, str], answer: httpx.Response) -> dict:
    assert answer.status_code == 202, answer.text
    return await wait_task(client, headers, answer.json()["taskId"], timeout=300)


@pytest.mark.slow
@pytest.mark.one_database  # runs and their records; the refusals are tested on both (test_image_services_api)
async def test_an_image_service_deploys_replaces_powers_rolls_back_and_goes(client, server, pve91, settings):
    sim, creds = pve91
    for tag in ("1.0", "2.0"):
        sim.sim.backend.registries.add(f"{HOST}/containr/hello:{tag}", {**IMAGE, "Labels": {"v": tag}})
    headers = await owner_headers(client)
    shop = await project(client, headers)
    node = await node_record(server, pve91, shop["teamId"], "main")
    reg = await registry(shop["teamId"])
    made = await client.post(f"/api/v1/projects/{shop['id']}/services", headers=headers, json={
        "name": "hello", "type": "worker", "nodeId": node,
        "source": {"type": "image", "image": "containr/hello:1.0", "registryId": reg},
        "buildConfig": {"environmentVariables": {"SECRET_TOKEN": SECRET, "GREETING": "hello-world"},
                        "startCommand": "/bin/sh /start.sh --verbose"}})
    assert made.status_code == 202, made.text
    service = made.json()
    url = f"/api/v1/services/{service['id']}"
    assert service["source"]["image"] == "containr/hello:1.0" and service["source"]["registryId"] == reg
    task = await wait_task(client, headers, service["taskId"], timeout=300)
    assert task["state"] == "success" and task["type"] == "serviceImageDeploy", task
    first = (await client.get(url, headers=headers)).json()
    assert first["status"] == "running" and first["currentRelease"]["image"] == f"{HOST}/containr/hello:1.0"
    vmid = first["vmid"]
    guest = await Guest.get(vmid=vmid)
    assert guest.resource_type == "service" and first["host"] == guest.ip
    pve = httpx.Client(base_url=sim.url + "/api2/json", verify=False, headers={"Authorization": creds.token_header})
    try:
        await _scenario(client, headers, pve, url=url, vmid=vmid, guest=guest, data_dir=settings.data_dir)
    finally:
        pve.close()


async def _scenario(client: httpx.AsyncClient, headers: dict[str, str], pve: httpx.Client, *, url: str, vmid: int,
                    guest: Guest, data_dir: Path) -> None:
    config = _config(pve, vmid)
    env = dict(item.split("=", 1) for item in config["env"].split("\0"))
    assert env["GREETING"] == "hello-world" and env["SECRET_TOKEN"] == SECRET and env["PATH"] == "/bin"
    assert config["entrypoint"] == "/bin/sh /start.sh --verbose" and config["hostname"] == guest.hostname
    assert _status(pve, vmid) == "running"
    # A new tag: the container is made again from it, at the same vmid and address.
    assert (await _done(client, headers, await client.put(url, headers=headers, json={
        "source": {"image": "containr/hello:2.0"}})))["state"] == "success"
    second = (await client.get(url, headers=headers)).json()
    assert second["currentRelease"]["image"] == f"{HOST}/containr/hello:2.0" and second["vmid"] == vmid
    assert _status(pve, vmid) == "running"
    # A tag that is not there: the pull fails, the 2.0 container runs on and the service says so.
    failed = await _done(client, headers, await client.put(url, headers=headers, json={
        "source": {"image": "containr/hello:9.9"}}))
    assert failed["state"] == "failed" and "pulling" in failed["error"]["message"], failed
    broken = (await client.get(url, headers=headers)).json()
    assert broken["status"] == "running" and "9.9" in broken["statusMessage"]
    assert broken["currentRelease"]["id"] == second["currentRelease"]["id"] and _status(pve, vmid) == "running"
    # PVE stops and starts it.
    for action, state in (("stop", "stopped"), ("start", "running")):
        powered = await _done(client, headers, await client.post(f"{url}/{action}", headers=headers))
        assert powered["state"] == "success" and powered["type"] == "serviceImagePower", powered
        assert _status(pve, vmid) == state
        assert (await client.get(url, headers=headers)).json()["status"] == state
    # Roll back: the release before (1.0) goes live again, as a new release.
    back = await client.post(f"{url}/rollback", headers=headers)
    assert (await _done(client, headers, back))["state"] == "success"
    releases = (await client.get(f"{url}/releases", headers=headers)).json()["items"]
    assert [r["image"].rsplit(":", 1)[1] for r in releases] == ["1.0", "2.0", "1.0"] and releases[0]["current"]
    builds = (await client.get("/api/v1/builds", headers=headers, params={"serviceId": url.rsplit("/", 1)[1]})).json()
    assert {b["image"] for b in builds["items"]} >= {f"{HOST}/containr/hello:9.9"}
    await assert_secrets_nowhere(client, headers, data_dir, [SECRET], answers=(url, f"{url}/releases"))
    # The delete destroys the container and frees its address.
    gone = await _done(client, headers, await client.delete(url, headers=headers))
    assert gone["state"] == "success"
    assert (await client.get(url, headers=headers)).status_code == 404
    assert _status(pve, vmid) is None and not await Guest.exists(vmid=vmid)

