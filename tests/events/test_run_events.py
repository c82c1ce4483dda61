"""Events recorded where runs end, through the real engine against the Proxmox VE simulator: a node added, a node
going offline (once per transition), a failing database create (database.failed and task.failed), a failed
database backup (backup.failed and task.failed) and a deployment that succeeds then one that fails; each once, and
each failure delivered once to every active notification that wants it (a loopback receiver), to no other."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from service.domains.registries.models import Registry
from tests.backups.conftest import configure, filesystem_config
from tests.backups.test_full_backup_parts import _running_database
from tests.deployments.helpers import URL as DEPLOYMENTS
from tests.deployments.helpers import deploy, world
from tests.events.helpers import events, of_type
from tests.factories import node_body, online_node, owner_headers, personal_team, wait_task
from tests.notifications.receiver import Receiver

pytestmark = pytest.mark.ansible

MISSING_TEMPLATE = "local:vztmpl/missing-template_amd64.tar.zst"
FAILURES = ["database.failed", "backup.failed", "deployment.failed"]


async def _notifications(client: httpx.AsyncClient, headers: dict[str, str], team_id: str,
                         receiver: Receiver) -> dict[str, str]:
    """A webhook wanting every failure, a Slack one wanting database failures only, and an inactive one: ids."""
    made = {}
    for name, kind, wanted, active in (("failures", "webhook", FAILURES, True),
                                       ("databases", "slack", ["database.failed"], True),
                                       ("muted", "webhook", FAILURES, False)):
        answer = await client.post(f"/api/v1/teams/{team_id}/notifications", headers=headers, json={
            "name": name, "type": kind, "url": receiver.url(f"/{name}"), "enabledEvents": wanted, "active": active})
        assert answer.status_code == 201, answer.text
        made[name] = answer.json()["id"]
    return made


async def _deliveries(client: httpx.AsyncClient, headers: dict[str, str], notification_id: str) -> list[dict]:
    answer = await client.get(f"/api/v1/notifications/{notification_id}/deliveries", headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


async def _delivered_once(client: httpx.AsyncClient, headers: dict[str, str], made: dict[str, str],
                          receiver: Receiver, event: dict) -> None:
    """The event reaches each active notification that wants it once, and no other."""
    wanting = ["failures"] + (["databases"] if event["type"] == "database.failed" else [])
    for _ in range(300):  # the worker is woken by the event: this is a bound on polls, not a time
        states = [d["status"] for name in wanting for d in await _deliveries(client, headers, made[name])]
        if len(states) == len(wanting) and set(states) == {"delivered"}:
            break
        await asyncio.sleep(0.1)
    for name in wanting:
        (delivery,) = await _deliveries(client, headers, made[name])
        assert delivery["eventId"] == event["id"] and delivery["status"] == "delivered", delivery
        assert delivery["attempts"] == 1
    (signed,) = receiver.to("/failures")
    assert signed.headers["x-containr-event"] == event["type"] and signed.json()["id"] == event["id"]
    assert len(receiver.to("/databases")) == len(wanting) - 1
    assert receiver.to("/muted") == [] and await _deliveries(client, headers, made["muted"]) == []


async def _by_type(client: httpx.AsyncClient, headers: dict[str, str], team_id: str) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for event in await events(client, headers, team_id):
        found.setdefault(event["type"], []).append(event)
    return found


@pytest.mark.one_database  # runs; the events' records are tested on both databases in test_events_api
async def test_a_node_added_then_offline_once_per_transition(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    team_id = node["teamId"]
    (added,) = await of_type(client, headers, team_id, "node.added")
    assert added["resource"] == {"kind": "node", "id": node["id"], "name": node["name"]}
    assert await of_type(client, headers, team_id, "node.offline") == []

    # A wrong token secret: the check after it fails, the node was online: offline, once.
    for _ in range(2):
        changed = await client.put(f"/api/v1/nodes/{node['id']}", headers=headers,
                                   json={"tokenSecret": "not-the-secret"})
        assert changed.status_code == 200, changed.text
        assert (await wait_task(client, headers, changed.json()["taskId"]))["state"] == "failed"
    found = await _by_type(client, headers, team_id)
    (offline,) = found["node.offline"]
    assert offline["resource"]["id"] == node["id"] and offline["data"]["error"]
    assert "not-the-secret" not in str(found)
    failed = found["task.failed"]
    assert len(failed) == 2 and {e["resource"]["kind"] for e in failed} == {"node"}
    assert {e["data"]["taskType"] for e in failed} == {"nodeCheck"}

    # Back online, then failing again: a second transition, a second event.
    _, creds = pve_sim
    fixed = await client.put(f"/api/v1/nodes/{node['id']}", headers=headers, json={"tokenSecret": creds.token_secret})
    assert (await wait_task(client, headers, fixed.json()["taskId"]))["state"] == "success"
    broken = await client.put(f"/api/v1/nodes/{node['id']}", headers=headers, json={"tokenSecret": "wrong-again"})
    assert (await wait_task(client, headers, broken.json()["taskId"]))["state"] == "failed"
    assert len(await of_type(client, headers, team_id, "node.offline")) == 2
    assert len(await of_type(client, headers, team_id, "node.added")) == 1


@pytest.mark.one_database
async def test_a_failing_database_create_records_database_failed_and_task_failed_once(client, pve_sim, receiver):
    headers = await owner_headers(client)
    server, creds = pve_sim
    team_id = await personal_team(client, headers)
    made_notifications = await _notifications(client, headers, team_id, receiver)
    body = node_body(server.url, creds, team_id)
    body["defaults"]["template"] = MISSING_TEMPLATE  # Proxmox VE refuses the guest: the create fails at once
    made = await client.post("/api/v1/nodes", headers=headers, json=body)
    assert made.status_code == 202, made.text
    await wait_task(client, headers, made.json()["taskId"])
    node = (await client.get(f"/api/v1/nodes/{made.json()['id']}", headers=headers)).json()
    assert node["status"] == "online", node
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    answer = await client.post("/api/v1/databases", headers=headers, json={
        "name": "orders", "type": "redis", "projectId": project["id"], "resources": {"memoryMb": 256}})
    assert answer.status_code == 202, answer.text
    database = answer.json()
    task = await wait_task(client, headers, database["taskId"])
    assert task["state"] == "failed", task

    found = await _by_type(client, headers, node["teamId"])
    (failed,) = found["database.failed"]
    assert failed["resource"] == {"kind": "database", "id": database["id"], "name": "orders"}
    assert failed["data"]["taskId"] == task["id"] and failed["data"]["action"] == "create"
    assert failed["data"]["status"] == "failed" and failed["data"]["error"]
    (task_failed,) = found["task.failed"]
    assert task_failed["resource"] == failed["resource"]
    assert task_failed["data"]["taskId"] == task["id"] and task_failed["data"]["taskType"] == "databaseCreate"
    password = (await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=headers)).json()
    assert password["password"] not in str(found)
    await _delivered_once(client, headers, made_notifications, receiver, failed)


@pytest.mark.one_database
async def test_a_failed_database_backup_records_backup_failed_once(client, server, tmp_path, receiver):
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    made_notifications = await _notifications(client, headers, team_id, receiver)
    await configure(client, headers, filesystem_config(tmp_path / "repo"))
    database = await _running_database(server, "orders")  # its guest does not answer: the dump fails
    answer = await client.post(f"/api/v1/databases/{database.id}/backup", headers=headers)
    assert answer.status_code == 202, answer.text
    task = await wait_task(client, headers, answer.json()["taskId"])
    assert task["state"] == "failed", task

    found = await _by_type(client, headers, team_id)
    (failed,) = found["backup.failed"]
    assert failed["resource"]["kind"] == "backup" and failed["resource"]["name"] == "orders"
    assert failed["data"]["resourceType"] == "database" and failed["data"]["resourceId"] == str(database.id)
    assert failed["data"]["error"]
    (task_failed,) = found["task.failed"]
    assert task_failed["data"]["taskType"] == "databaseBackup"
    assert "database.failed" not in found  # a backup that fails changes nothing of the database
    assert "a-password-of-the-test" not in str(found)
    await _delivered_once(client, headers, made_notifications, receiver, failed)


@pytest.mark.one_database
async def test_a_deployment_succeeds_then_one_fails_each_once(client, server, pve91, receiver):
    sim, _ = pve91
    host = "registry.test:5000"
    sim.sim.backend.registries.add(f"{host}/containr/hello:1.0", {"Entrypoint": ["/bin/sh"], "Env": ["PATH=/bin"]})
    headers = await owner_headers(client)
    made = await world(client, server, pve91, headers)
    await Registry.filter(id=made["registry"]).update(url=f"https://{host}")
    team_id = made["project"]["teamId"]
    made_notifications = await _notifications(client, headers, team_id, receiver)
    first = await deploy(client, headers, made)
    started = await client.post(f"{DEPLOYMENTS}/{first['id']}/start", headers=headers, json={})
    assert started.status_code == 202, started.text
    assert (await wait_task(client, headers, started.json()["taskId"], timeout=300))["state"] == "success"

    # A tag the registry does not have: the pull fails.
    project_id, version_id = made["project"]["id"], made["version"]["id"]
    broken = (await client.post(f"/api/v1/projects/{project_id}/versions/{version_id}/increase", headers=headers,
                                json={"name": "9.9"})).json()
    versions = f"/api/v1/projects/{project_id}/versions/{broken['id']}/images"
    image = (await client.get(versions, headers=headers)).json()[0]
    await client.patch(f"{versions}/{image['id']}", headers=headers, json={"tag": "9.9"})
    second = await deploy(client, headers, made, version_id=broken["id"])
    started = await client.post(f"{DEPLOYMENTS}/{second['id']}/start", headers=headers, json={})
    failed_task = await wait_task(client, headers, started.json()["taskId"], timeout=300)
    assert failed_task["state"] == "failed", failed_task

    found = await _by_type(client, headers, team_id)
    (succeeded,) = found["deployment.succeeded"]
    assert succeeded["resource"] == {"kind": "deployment", "id": first["id"], "name": "web"}
    assert succeeded["data"]["status"] == "successful"
    (failed,) = found["deployment.failed"]
    assert failed["resource"]["id"] == second["id"] and failed["data"]["taskId"] == failed_task["id"]
    assert "9.9" in failed["data"]["error"] and failed["data"]["status"] == "failed"
    (task_failed,) = found["task.failed"]
    assert task_failed["resource"] == failed["resource"] and task_failed["data"]["taskType"] == "deploymentStart"
    assert len(found["deployment.created"]) == 2
    await _delivered_once(client, headers, made_notifications, receiver, failed)
