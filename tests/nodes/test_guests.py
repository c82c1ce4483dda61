"""Guests on a simulated Proxmox VE node: race-free vmids and addresses, the container routes, the inventory."""

from __future__ import annotations

import asyncio
import json
import os
import sys

import pytest

from service.auth.models import User
from service.config import REPO_ROOT
from service.core.errors import ApiError, Conflict
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes import guests
from service.domains.nodes.models import Guest, GuestStatus, IpLease, Node
from service.tasks.models import Task
from tests.factories import online_node, owner_headers, wait_task

pytestmark = pytest.mark.ansible


def _deps(server):
    return server.engine, server.settings, server.app.state.nodes_box


async def test_concurrent_creates_get_distinct_vmids_and_addresses_until_the_pool_is_empty(client, server,
                                                                                         pve_sim):
    headers = await owner_headers(client)
    network = {"mode": "static", "cidr": "10.213.0.0/24", "gateway": "10.213.0.20", "rangeStart": "10.213.0.10",
               "rangeEnd": "10.213.0.30"}  # 21 addresses, one of them the gateway: room for 20 guests
    node = await Node.get(id=(await online_node(client, headers, pve_sim, network=network))["id"])
    owner = await User.get(username="owner")
    engine, settings, box = _deps(server)

    made = await asyncio.gather(*(
        guests.create_guest(engine, settings, box, node, hostname=f"db{i}", resource_type="database",
                            resource_id=f"r{i}", user=owner, taken_vmids={1003})
        for i in range(20)))
    vmids = [guest.vmid for guest, _ in made]
    addresses = [guest.ip for guest, _ in made]
    assert len(set(vmids)) == 20 and 1003 not in vmids and min(vmids) == 1000
    assert len(set(addresses)) == 20 and "10.213.0.20" not in addresses
    assert await IpLease.filter(node=node).count() == 20 and await Guest.filter(node=node).count() == 20

    # The pool is empty: refused, naming the field, and nothing recorded.
    with pytest.raises(ApiError) as refused:
        await guests.create_guest(engine, settings, box, node, hostname="one-more", resource_type="database",
                                  resource_id="r20", user=owner)
    assert refused.value.status == 422 and refused.value.details["field"] == "nodeId"
    assert "no free address" in refused.value.message
    with pytest.raises(Conflict) as twice:  # a host name is a node's once
        await guests.create_guest(engine, settings, box, node, hostname="db3", resource_type="database",
                                  resource_id="x", user=owner)
    assert twice.value.details == {"field": "hostname"}
    assert await Guest.filter(node=node).count() == 20 and await IpLease.filter(node=node).count() == 20

    # Runs stopped before they made anything give their addresses back and leave the guests in error.
    for _, task in made:
        current = await Task.get(id=task.id)
        if current.active:
            try:
                await engine.stop(current)
            except Conflict:  # only a run that ended since it was read may be past stopping
                assert not (await Task.get(id=task.id)).active
    for _, task in made:
        await wait_task(client, headers, task.id)
    leftover = await Guest.filter(node=node, status="running").values_list("id", flat=True)
    assert await IpLease.filter(node=node).count() == len(leftover)


@pytest.mark.slow
@pytest.mark.one_database  # playbook runs through the node routes; the allocation races run on both
async def test_a_guest_lives_and_dies_through_the_node_routes_and_the_inventory(client, server, pve_sim, tmp_path):
    headers = await owner_headers(client)
    node_out = await online_node(client, headers, pve_sim)
    node = await Node.get(id=node_out["id"])
    owner = await User.get(username="owner")
    base = f"/api/v1/nodes/{node.id}"

    guest, task = await guests.create_guest(*_deps(server), node, hostname="pg-main", resource_type="database",
                                            resource_id="db-1", user=owner)
    assert guest.status == "provisioning" and guest.ip == "10.213.0.10"
    done = await wait_task(client, headers, task.id)
    assert done["success"], done
    assert done["result"]["vmid"] == guest.vmid
    await guest.refresh_from_db()
    assert guest.status == "running" and guest.ip == "10.213.0.10"

    listed = (await client.get(f"{base}/containers", headers=headers)).json()
    ours = [c for c in listed if c["name"] == "pg-main"]
    assert ours and ours[0]["managed"] and ours[0]["state"] == "running" and ours[0]["vmid"] == guest.vmid
    assert "containr" in ours[0]["tags"] and "database" in ours[0]["tags"]

    stopped = await client.post(f"{base}/containers/pg-main/stop", headers=headers)
    assert stopped.status_code == 202, stopped.text
    assert (await wait_task(client, headers, stopped.json()["taskId"]))["success"]
    await guest.refresh_from_db()
    assert guest.status == "stopped"
    started = await client.post(f"{base}/containers/pg-main/start", headers=headers)
    assert (await wait_task(client, headers, started.json()["taskId"]))["success"]
    unknown = await client.post(f"{base}/containers/not-ours/restart", headers=headers)
    assert unknown.status_code == 404

    snapshot = await guests.snapshot_guest(*_deps(server), guest, name="before-upgrade", user=owner)
    assert (await wait_task(client, headers, snapshot.id))["success"]

    # The operator's inventory lists the guest, through the API and through the script.
    inventory = (await client.get("/api/v1/inventory", headers=headers)).json()
    host = inventory["_meta"]["hostvars"]["pg-main"]
    assert host["ansible_host"] == "10.213.0.10" and host["vmid"] == guest.vmid and host["node"] == "pve"
    assert host["ansible_user"] == "root" and host["ansible_ssh_private_key_file"].endswith("ssh/id_ed25519")
    assert "pg-main" in inventory[f"node_{node.name}"]["hosts"] and "pg-main" in inventory["kind_database"]["hosts"]
    token = (await client.post("/api/v1/tokens", headers=headers, json={"name": "inventory"})).json()["token"]
    env = {**os.environ, "CONTAINR_URL": server.url, "CONTAINR_TOKEN": token}
    process = await asyncio.create_subprocess_exec(
        os.path.join(os.path.dirname(sys.executable), "ansible-inventory"), "-i",
        str(REPO_ROOT / "inventory" / "containr.py"), "--list", env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    listed_by_ansible = json.loads(out)
    assert listed_by_ansible["_meta"]["hostvars"]["pg-main"]["ansible_host"] == "10.213.0.10"
    assert "pg-main" in listed_by_ansible["kind_database"]["hosts"]

    refused = await client.delete(base, headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "in_use"

    destroyed = await client.delete(f"{base}/containers/pg-main", headers=headers)
    assert destroyed.status_code == 202
    assert (await wait_task(client, headers, destroyed.json()["taskId"]))["success"]
    assert not await Guest.exists(id=guest.id) and not await IpLease.exists(node=node)
    assert not [c for c in (await client.get(f"{base}/containers", headers=headers)).json() if c["name"] == "pg-main"]

    events = [i["event"] for i in (await client.get(f"{base}/audit", headers=headers)).json()["items"]]
    for kind in ("task.nodeCheck", "task.guestCreate", "task.guestPower", "task.guestSnapshot", "task.guestDestroy"):
        assert kind in events, events
    assert (await client.delete(base, headers=headers)).status_code == 204


async def test_a_database_guest_is_left_to_the_database_routes(client, server, pve_sim):
    headers = await owner_headers(client)
    node = await Node.get(id=(await online_node(client, headers, pve_sim))["id"])
    database = await Database.create(
        name="orders", type=DatabaseType.POSTGRESQL, node=node, db_name="orders", db_user="orders_app",
        sealed_password=server.app.state.databases_box.seal("a-password-of-the-test"), status=DatabaseStatus.RUNNING,
        host="10.213.0.10", port=5432)
    await Guest.create(node=node, pve_node="pve", vmid=1000, hostname="db-orders", ip="10.213.0.10",
                       resource_type="database", resource_id=str(database.id), status=GuestStatus.RUNNING)
    base = f"/api/v1/nodes/{node.id}/containers/db-orders"
    for method, path in (("POST", f"{base}/stop"), ("POST", f"{base}/restart"), ("DELETE", base)):
        answer = await client.request(method, path, headers=headers)
        assert answer.status_code == 409, answer.text
        assert answer.json()["code"] == "owned" and answer.json()["details"]["databaseId"] == str(database.id)
        assert f"/api/v1/databases/{database.id}" in answer.json()["error"]
    assert not await Task.filter(type__in=["guestPower", "guestDestroy"]).exists()
    assert await Guest.exists(hostname="db-orders")
