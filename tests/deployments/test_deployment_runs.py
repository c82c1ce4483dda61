"""Deployments run through the API against the PVE 9.1 simulator (memory backend, a registry the node pulls from
anonymously): a start makes the containers and records them, a newer version replaces the older one (obsolete,
its containers gone), a failed one leaves the running one alone, the token's trigger starts it, DELETE removes
everything; the log tells each step, and no secret shows anywhere."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from service.domains.nodes.models import Guest
from service.domains.registries.models import Registry
from tests.deployments.helpers import URL, deploy, world
from tests.factories import assert_secrets_nowhere, owner_headers, wait_task
from tests.versions.helpers import versions_url

HOST = "registry.test:5000"
IMAGE = {"Entrypoint": ["/bin/sh", "/start.sh"], "Env": ["PATH=/bin", "PORT=8080", "GREETING=from-image"]}
SECRET = "s3cr3t-of-the-deployment-7731"
CONFIG = {"environment": [{"key": "GREETING", "value": "hello-world"}],
          "secrets": [{"key": "SECRET_TOKEN", "required": True}]}


def _guests(pve: httpx.Client) -> dict[int, dict]:
    return {g["vmid"]: g for g in pve.get("/cluster/resources", params={"type": "vm"}).json()["data"]}


async def _start(client: httpx.AsyncClient, headers: dict[str, str], deployment_id: str) -> dict:
    started = await client.post(f"{URL}/{deployment_id}/start", headers=headers, json={})
    assert started.status_code == 202, started.text
    assert started.json()["deployment"]["status"] == "in_progress"
    return await wait_task(client, headers, started.json()["taskId"], timeout=300)


async def _secret(client: httpx.AsyncClient, headers: dict[str, str], deployment: dict) -> None:
    detail = (await client.get(f"{URL}/{deployment['id']}", headers=headers)).json()
    for instance in detail["instances"]:
        answer = await client.patch(f"{URL}/{deployment['id']}/instances/{instance['id']}", headers=headers,
                                    json={"config": {"secrets": [{"key": "SECRET_TOKEN", "value": SECRET}]}})
        assert answer.status_code == 200, answer.text


@pytest.mark.slow
@pytest.mark.one_database  # runs and their records; the records themselves are tested on both (test_deployments_api)
async def test_deploy_replace_fail_trigger_and_delete(client, server, pve91, settings):
    sim, creds = pve91
    for tag in ("1.0", "2.0"):
        sim.sim.backend.registries.add(f"{HOST}/containr/hello:{tag}", {**IMAGE, "Labels": {"v": tag}})
    headers = await owner_headers(client)
    made = await world(client, server, pve91, headers, images=["containr/hello:1.0"], config=CONFIG)
    await Registry.filter(id=made["registry"]).update(url=f"https://{HOST}")
    with httpx.Client(base_url=sim.url + "/api2/json", verify=False,
                      headers={"Authorization": creds.token_header}) as pve:
        await _scenario(client, headers, made, pve, settings.data_dir)


async def _scenario(client: httpx.AsyncClient, headers: dict[str, str], made: dict, pve: httpx.Client,
                    data_dir: Path) -> None:

    first = await deploy(client, headers, made)
    await _secret(client, headers, first)
    task = await _start(client, headers, first["id"])
    assert task["state"] == "success", task
    detail = (await client.get(f"{URL}/{first['id']}", headers=headers)).json()
    assert detail["status"] == "successful"
    (instance,) = detail["instances"]
    container = instance["container"]
    assert instance["state"] == "running" and container["name"].startswith("web-hello-")
    config = pve.get(f"/nodes/pve/lxc/{container['vmid']}/config").json()["data"]
    env = dict(item.split("=", 1) for item in config["env"].split("\0"))
    assert env["GREETING"] == "hello-world" and env["SECRET_TOKEN"] == SECRET and env["PORT"] == "8080"
    assert _guests(pve)[container["vmid"]]["status"] == "running"
    guest = await Guest.get(vmid=container["vmid"])
    assert guest.resource_type == "deployment" and guest.ip == container["ip"]
    # The version is frozen now; its increase takes the new tag and deploys over it under the same prefix.
    newer = (await client.post(versions_url(made["project"]["id"], made["version"]["id"], "increase"),
                               headers=headers, json={"name": "2.0"})).json()
    image = (await client.get(versions_url(made["project"]["id"], newer["id"], "images"), headers=headers)).json()[0]
    await client.patch(versions_url(made["project"]["id"], newer["id"], "images", image["id"]), headers=headers,
                       json={"tag": "2.0"})
    second = await deploy(client, headers, made, version_id=newer["id"])
    await _secret(client, headers, second)
    assert (await _start(client, headers, second["id"]))["state"] == "success"
    assert (await client.get(f"{URL}/{first['id']}", headers=headers)).json()["status"] == "obsolete"
    assert container["vmid"] not in _guests(pve) and not await Guest.exists(vmid=container["vmid"])
    replacing = (await client.get(f"{URL}/{second['id']}", headers=headers)).json()["instances"][0]
    now = replacing["container"]
    assert replacing["image"]["tag"] == "2.0" and now["vmid"] != container["vmid"] and now["ip"] != container["ip"]
    # A tag that does not exist: the run fails naming the instance and the pull; the running one stays.
    broken = (await client.post(versions_url(made["project"]["id"], newer["id"], "increase"), headers=headers,
                                json={"name": "9.9"})).json()
    image = (await client.get(versions_url(made["project"]["id"], broken["id"], "images"), headers=headers)).json()[0]
    await client.patch(versions_url(made["project"]["id"], broken["id"], "images", image["id"]), headers=headers,
                       json={"tag": "9.9"})
    third = await deploy(client, headers, made, version_id=broken["id"])
    await _secret(client, headers, third)
    failed = await _start(client, headers, third["id"])
    assert failed["state"] == "failed" and "web-hello-" in failed["error"]["message"], failed
    assert "9.9" in failed["error"]["message"]
    assert (await client.get(f"{URL}/{third['id']}", headers=headers)).json()["status"] == "failed"
    assert (await client.get(f"{URL}/{second['id']}", headers=headers)).json()["status"] == "successful"
    assert _guests(pve)[now["vmid"]]["status"] == "running"
    # The token's trigger runs the deployment again: nothing to change.
    token = (await client.put(f"{URL}/{second['id']}/token", headers=headers, json={"name": "ci"})).json()["token"]
    triggered = await client.post(f"{URL}/{second['id']}/trigger", headers={"Authorization": f"Bearer {token}"})
    assert triggered.status_code == 202, triggered.text
    again = await wait_task(client, headers, triggered.json()["taskId"], timeout=300)
    assert again["state"] == "success" and again["result"]["deployment_instances"][0]["vmid"] == now["vmid"]
    log = (await client.get(f"{URL}/{second['id']}/log", headers=headers, params={"take": 1000})).json()
    kinds = [item["type"] for item in log["items"]]
    assert kinds.count("log") == 2 and "containerState" in kinds
    assert [i["deploymentStatus"] for i in log["items"] if i["type"] == "deploymentStatus"][:2] == [
        "in_progress", "successful"]
    await assert_secrets_nowhere(client, headers, data_dir, [SECRET, token],
                                 answers=(f"{URL}/{second['id']}", f"{URL}/{second['id']}/log"))
    # DELETE removes the containers, then the record.
    for deployment in (first, second, third):
        answer = await client.delete(f"{URL}/{deployment['id']}", headers=headers)
        if answer.status_code == 202:
            assert (await wait_task(client, headers, answer.json()["taskId"], timeout=300))["state"] == "success"
        else:
            assert answer.status_code == 204, answer.text
        assert (await client.get(f"{URL}/{deployment['id']}", headers=headers)).status_code == 404
    assert not [g for g in _guests(pve).values() if g.get("tags", "").find("deployment") >= 0]
    assert not await Guest.filter(resource_type="deployment").exists()
