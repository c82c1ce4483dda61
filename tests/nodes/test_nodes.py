"""Nodes against a Proxmox VE simulator: registration and its check, validation, deletion, live containers."""

from __future__ import annotations

import asyncio

import psutil
import pytest

from service.domains.accounts.registration import create_user
from service.domains.nodes.models import Node, NodeTask
from service.tasks.models import Task
from tests.factories import PASSWORD, login, node_body, online_node, owner_headers, personal_team, wait_task

pytestmark = pytest.mark.ansible


async def test_a_wrong_token_ends_the_check_failed_and_the_node_in_error(client, pve_sim):
    headers = await owner_headers(client)
    server, creds = pve_sim
    body = node_body(server.url, creds, await personal_team(client, headers), secret="not-the-secret")
    response = await client.post("/api/v1/nodes", headers=headers, json=body)
    assert response.status_code == 202, response.text
    created = response.json()
    assert created["status"] == "checking" and created["taskId"] and "tokenSecret" not in created

    task = await wait_task(client, headers, created["taskId"])
    assert task["state"] == "failed"
    assert "token" in task["error"]["message"].lower(), task["error"]
    node = (await client.get(f"/api/v1/nodes/{created['id']}", headers=headers)).json()
    assert node["status"] == "error" and node["statusMessage"] == task["error"]["message"]
    assert node["lastCheckedAt"] and node["storages"] == []


async def test_a_good_token_makes_the_node_online_and_its_secret_is_never_shown(client, server, pve_sim, caplog):
    headers = await owner_headers(client)
    sim, creds = pve_sim
    secret = creds.token_secret
    body = node_body(sim.url, creds, await personal_team(client, headers))
    response = await client.post("/api/v1/nodes", headers=headers, json=body)
    assert response.status_code == 202, response.text
    answers = [response.text]
    task_id = response.json()["taskId"]

    # The process list while the check runs: the secret is on no command line.
    argv_seen = 0
    while (state := (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json())["active"]:
        for process in psutil.process_iter(["cmdline"]):
            cmdline = " ".join(process.info["cmdline"] or [])
            argv_seen += "ansible" in cmdline
            assert secret not in cmdline
        await asyncio.sleep(0.05)
    assert state["success"], state
    assert argv_seen, "the run was never seen in the process list"

    node = (await client.get(f"/api/v1/nodes/{response.json()['id']}", headers=headers)).json()
    assert node["status"] == "online" and node["pveVersion"] and node["statusMessage"] == ""
    assert {s["storage"] for s in node["storages"]} >= {"local", "local-lvm"}
    assert [n["name"] for n in node["nodes"]] == ["pve"] and node["templateFound"] is True
    assert node["tokenId"] == "root@pam!containr" and node["hasToken"] and node["inUse"] is False

    for path in (f"/api/v1/nodes/{node['id']}", "/api/v1/nodes", f"/api/v1/tasks/{task_id}",
                 f"/api/v1/tasks/{task_id}/logs", "/api/v1/audit-log", f"/api/v1/nodes/{node['id']}/audit",
                 "/api/v1/tasks"):
        answer = await client.get(path, headers=headers)
        assert answer.status_code == 200, (path, answer.text)
        answers.append(answer.text)
    assert not [text for text in answers if secret in text]
    assert "PLAY RECAP" in answers[4]
    assert secret not in caplog.text
    for path in server.settings.data_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path
    stored = await Node.get(id=node["id"])
    assert secret not in stored.sealed_token_secret and (await Task.get(id=task_id)).sealed_secrets is None


async def test_bad_input_is_refused_naming_the_field_and_records_nothing(client, pve_sim):
    headers = await owner_headers(client)
    server, creds = pve_sim
    team = await personal_team(client, headers)
    good = node_body(server.url, creds, team)
    cases = [
        ({"apiUrl": "http://pve.example.com:8006"}, "apiUrl"),
        ({"apiUrl": "https://pve.example.com:8006/some/path"}, "apiUrl"),
        ({"tokenId": "root@pam"}, "tokenId"),
        ({"tokenId": "root!containr"}, "tokenId"),
        ({"tokenSecret": ""}, "tokenSecret"),
        ({"name": "Bad Name"}, "name"),
        ({"defaults": {"network": {"mode": "static", "cidr": "10.0.0.0/24", "gateway": "10.0.1.1",
                                   "rangeStart": "10.0.0.10", "rangeEnd": "10.0.0.20"}}}, "defaults.network.gateway"),
        ({"defaults": {"network": {"mode": "static", "cidr": "10.0.0.0/24",
                                   "rangeStart": "10.0.0.10", "rangeEnd": "10.0.9.20"}}}, "defaults.network.rangeEnd"),
        ({"defaults": {"network": {"mode": "static", "cidr": "10.0.0.0/33",
                                   "rangeStart": "10.0.0.10", "rangeEnd": "10.0.0.20"}}}, "defaults.network.cidr"),
        ({"defaults": {"network": {"mode": "static", "cidr": "10.0.0.0/24"}}}, "defaults.network.rangeStart"),
        ({"defaults": {"bridge": "vmbr0; rm -rf /"}}, "defaults.bridge"),
        ({"defaults": {"storage": "{{ lookup('pipe','id') }}"}}, "defaults.storage"),
        ({"defaults": {"template": "no volume id"}}, "defaults.template"),
    ]
    for change, field in cases:
        response = await client.post("/api/v1/nodes", headers=headers, json={**good, **change})
        assert response.status_code == 422, (change, response.text)
        error = response.json()
        fields = [d["field"] for d in error["details"]] if isinstance(error["details"], list) \
            else [error["details"]["field"]]
        assert field in fields, (change, error)
    assert await Node.all().count() == 0 and await Task.all().count() == 0



async def test_change_recheck_visibility_and_delete(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    url = f"/api/v1/nodes/{node['id']}"
    server, creds = pve_sim
    taken = await client.post("/api/v1/nodes", headers=headers,
                              json=node_body(server.url, creds, node["teamId"], name=node["name"]))
    assert taken.status_code == 409 and taken.json()["details"] == {"field": "name"}

    # Another team's member neither sees the node nor registers one in its team.
    await create_user(username="stranger", email="stranger@example.com", password=PASSWORD)
    stranger = await login(client, "stranger")
    assert (await client.get(url, headers=stranger)).status_code == 404
    assert (await client.put(url, headers=stranger, json={"name": "x"})).status_code == 404
    assert (await client.get("/api/v1/nodes", headers=stranger)).json()["total"] == 0
    refused = await client.post("/api/v1/nodes", headers=stranger,
                                json=node_body(server.url, creds, node["teamId"], name="mine"))
    assert refused.status_code == 422 and refused.json()["details"] == {"field": "teamId"}

    renamed = await client.put(url, headers=headers, json={"name": "renamed", "description": "lab"})
    assert renamed.status_code == 200 and renamed.json()["taskId"] is None and renamed.json()["name"] == "renamed"

    wrong = await client.put(url, headers=headers, json={"tokenSecret": "wrong"})
    assert wrong.status_code == 200 and wrong.json()["status"] == "checking"
    busy = await client.post(f"{url}/check", headers=headers)
    assert busy.status_code == 409 and busy.json()["code"] == "busy"
    assert not (await wait_task(client, headers, wrong.json()["taskId"]))["success"]
    assert (await client.get(url, headers=headers)).json()["status"] == "error"

    fixed = await client.put(url, headers=headers, json={"tokenSecret": creds.token_secret})
    assert (await wait_task(client, headers, fixed.json()["taskId"]))["success"]
    assert (await client.get(url, headers=headers)).json()["status"] == "online"

    audit = (await client.get(f"{url}/audit", headers=headers)).json()
    events = [item["event"] for item in audit["items"]]
    # Four changes asked for: three by the owner and the stranger's refused one.
    assert events.count("task.nodeCheck") == 3 and events.count("nodes.update") == 4 and "nodes.check" in events
    assert events.count("nodes.create") == 1  # named by its answer, not by a path
    assert audit["total"] == len(events) and await NodeTask.filter(node_id=node["id"]).count() == 3
    page = (await client.get(f"{url}/audit", headers=headers, params={"per_page": 2, "page": 2})).json()
    assert [item["event"] for item in page["items"]] == events[2:4]

    # Live reads of a node that does not answer: a clear 502, naming the node.
    server.stop()
    response = await client.get(f"{url}/containers", headers=headers)
    assert response.status_code == 502, response.text
    assert response.json()["code"] == "node_unreachable" and "renamed" in response.json()["error"]

    assert (await client.delete(url, headers=headers)).status_code == 204
    assert (await client.get(url, headers=headers)).status_code == 404
