"""Where a database goes when neither the request nor the project names a node: the team's only online node;
with several or none, a 422 on nodeId that says how to set the project's default."""

from __future__ import annotations

import pytest

from service.domains.databases.models import Database
from service.domains.nodes.models import Node, NodeStatus
from service.tasks.models import Task
from tests.factories import TEMPLATE, owner_headers, wait_task

NETWORK = {"mode": "static", "cidr": "10.213.0.0/24", "gateway": "10.213.0.1", "range_start": "10.213.0.10",
           "range_end": "10.213.0.20"}  # stored as the API keeps defaults: snake_case


async def _node(server, team_id: str, name: str, *, status: NodeStatus = NodeStatus.ONLINE,
                api_url: str = "https://127.0.0.1:9", token: str = "root@pam!containr", secret: str = "s") -> Node:
    """A node recorded as its check would leave it: placement reads the record only."""
    return await Node.create(team_id=team_id, name=name, api_url=api_url, token_id=token,
                             sealed_token_secret=server.app.state.nodes_box.seal(secret), verify_tls=False,
                             defaults={"node": "pve", "template": TEMPLATE, "storage": "local-lvm",
                                       "bridge": "vmbr0", "network": NETWORK}, status=status)


async def _setup(client):
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    assert project["defaultNodeId"] is None
    return headers, project


def _old_postgres(project: dict) -> dict:
    # A version the node's Debian lacks: refused naming the node chosen, before anything is recorded or runs.
    return {"name": "orders", "type": "postgresql", "projectId": project["id"], "version": "9.6"}


async def test_the_only_online_node_is_the_default(client, server):
    headers, project = await _setup(client)
    await _node(server, project["teamId"], "broken", status=NodeStatus.ERROR)
    await _node(server, project["teamId"], "pve1")
    answer = await client.post("/api/v1/databases", headers=headers, json=_old_postgres(project))
    assert answer.status_code == 422 and "not available on node pve1" in answer.json()["error"], answer.text
    assert await Database.all().count() == 0


@pytest.mark.parametrize("online", [0, 2])
async def test_several_or_no_online_nodes_say_how_to_set_the_default(client, server, online):
    headers, project = await _setup(client)
    for index in range(online):
        await _node(server, project["teamId"], f"pve{index}")
    answer = await client.post("/api/v1/databases", headers=headers, json=_old_postgres(project))
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["code"] == "no_default_node" and body["details"] == {"field": "nodeId"}, body
    assert f"PUT /api/v1/projects/{project['id']}" in body["error"] and "defaultNodeId" in body["error"]
    assert ("several online nodes (pve0, pve1)" if online else "no online node") in body["error"]

    # Done as it says, the database goes to the project's default.
    node = await _node(server, project["teamId"], "chosen")
    put = await client.put(f"/api/v1/projects/{project['id']}", headers=headers, json={"defaultNodeId": str(node.id)})
    assert put.status_code == 200 and put.json()["defaultNodeId"] == str(node.id), put.text
    answer = await client.post("/api/v1/databases", headers=headers, json=_old_postgres(project))
    assert answer.status_code == 422 and "not available on node chosen" in answer.json()["error"], answer.text


@pytest.mark.ansible
async def test_a_database_without_a_node_is_created_on_the_only_one(client, server, pve_sim):
    headers, project = await _setup(client)
    sim, creds = pve_sim
    node = await _node(server, project["teamId"], "pve1", api_url=sim.url, token=f"{creds.user}!{creds.token_id}",
                       secret=creds.token_secret)
    answer = await client.post("/api/v1/databases", headers=headers,
                               json={"name": "orders", "type": "postgresql", "projectId": project["id"]})
    assert answer.status_code == 202, answer.text
    assert answer.json()["nodeId"] == str(node.id)
    # The run cannot finish on the memory backend (no server answers in its guest): stop it.
    task_id = answer.json()["taskId"]
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    await wait_task(client, headers, task_id)
    assert (await Task.get(id=task_id)).type == "databaseCreate"
