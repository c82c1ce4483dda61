"""POST /nodes/{id}/update and the autoupdate jobs start guest_update.yml for the node's running database guests
(the playbook's own behaviour on real guests is in tests/guests/test_guest_update.py). On the memory simulator
the guest Containr recorded is not on the node, so the run refuses before changing anything, naming it: the
wiring from the records to the playbook's vars is what is checked here."""

from __future__ import annotations

import pytest

from service.models import Database, DatabaseStatus, DatabaseType, Guest, GuestStatus, Node, Task
from tests.factories import online_node, owner_headers, wait_task

pytestmark = [pytest.mark.ansible, pytest.mark.one_database]


async def test_an_update_runs_for_the_nodes_running_guests(client, server, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    nothing = await client.post(f"/api/v1/nodes/{node['id']}/update", headers=headers)
    assert nothing.status_code == 409 and nothing.json()["code"] == "nothing_to_update"

    record = await Node.get(id=node["id"])
    database = await Database.create(
        name="orders", type=DatabaseType.POSTGRESQL, node=record, db_name="orders", db_user="orders_app",
        sealed_password=server.app.state.databases_box.seal("a-password-of-the-test"), status=DatabaseStatus.RUNNING,
        server_version="15", host="10.213.0.10", port=5432)
    guest = await Guest.create(node=record, pve_node="pve", vmid=1000, hostname="db-orders-test", ip="10.213.0.10",
                               resource_type="database", resource_id=str(database.id), status=GuestStatus.RUNNING)
    database.guest = guest
    await database.save()
    bad = await client.post(f"/api/v1/nodes/{node['id']}/update", headers=headers, json={"mode": "nightly"})
    assert bad.status_code == 422

    answer = await client.post(f"/api/v1/nodes/{node['id']}/update", headers=headers, json={"mode": "apps"})
    assert answer.status_code == 202, answer.text
    task = await Task.get(id=answer.json()["taskId"])
    assert task.type == "appsUpdate" and task.extra_vars["guest_update_mode"] == "apps"
    assert task.extra_vars["guest_update_guests"] == [
        {"hostname": "db-orders-test", "vmid": 1000, "node": "pve", "ip": "10.213.0.10", "type": "postgresql"}]
    done = await wait_task(client, headers, task.id)
    assert done["state"] == "failed" and "db-orders-test" in done["error"]["message"], done
    audit = (await client.get(f"/api/v1/nodes/{node['id']}/audit", headers=headers)).json()
    assert task.id in [item["data"].get("taskId") for item in audit["items"] if item["event"] == "task.appsUpdate"]

    # The scheduled box autoupdate does the same for every online node with running guests.
    started = await server.app.state.scheduler.run_job("boxAutoupdate")
    assert started is not None and started.type == "update" and started.resource_id == node["id"]
    await wait_task(client, headers, started.id)
