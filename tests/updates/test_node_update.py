"""POST /nodes/{id}/update and the autoupdate jobs start guest_update.yml for the node's running database guests
(the playbook's own behaviour on real guests is in tests/nodes/test_guest_update.py). On the memory simulator
the guest Containr recorded is not on the node, so the run refuses before changing anything, naming it: the
wiring from the records to the playbook's vars is what is checked here."""

from __future__ import annotations

import pytest

from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes.models import Guest, GuestStatus, Node
from service.tasks import locks
from service.tasks.models import Task, TaskState
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
    # The run holds the database it updates, beside its node: the database's own actions wait or are refused.
    assert task.options["locks"] == [locks.resource_key("database", str(database.id))]
    done = await wait_task(client, headers, task.id)
    assert done["state"] == "failed" and "db-orders-test" in done["error"]["message"], done
    audit = (await client.get(f"/api/v1/nodes/{node['id']}/audit", headers=headers)).json()
    assert task.id in [item["data"].get("taskId") for item in audit["items"] if item["event"] == "task.appsUpdate"]

    # The scheduled box autoupdate does the same for every online node with running guests.
    started = await server.app.state.scheduler.run_job("boxAutoupdate")
    assert started is not None and started.type == "update" and started.resource_id == node["id"]
    await wait_task(client, headers, started.id)


async def test_a_database_and_its_nodes_update_wait_for_each_other(client, server, pve_sim):
    """Runs that hold a database among their other run locks (an update of its node, a full backup dumping it)
    make it busy; a database busy with its own run is left out of its node's update."""
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    record = await Node.get(id=node["id"])
    database = await Database.create(
        name="orders", type=DatabaseType.POSTGRESQL, node=record, db_name="orders", db_user="orders_app",
        sealed_password=server.app.state.databases_box.seal("a-password-of-the-test"), status=DatabaseStatus.RUNNING,
        server_version="15", host="10.213.0.10", port=5432)
    database.guest = await Guest.create(
        node=record, pve_node="pve", vmid=1000, hostname="db-orders-test", ip="10.213.0.10", resource_type="database",
        resource_id=str(database.id), status=GuestStatus.RUNNING)
    await database.save()
    url = f"/api/v1/databases/{database.id}"

    # Rows and run locks as the engine keeps them for runs in flight (a run here would end before the requests are
    # made).
    held = locks.resource_key("database", str(database.id))
    update = await Task.create(type="appsUpdate", playbook="guest_update.yml", resource_type="node",
                               resource_id=node["id"], state=TaskState.RUNNING, timeout=60)
    await locks.acquire(update.id, [locks.resource_key("node", node["id"]), held])
    busy = await client.post(f"{url}/restart", headers=headers)
    assert busy.status_code == 409 and busy.json()["details"]["taskId"] == update.id, busy.text
    await Task.filter(id=update.id).update(state=TaskState.SUCCESS)
    await locks.release(update.id)

    box = await Task.create(type="backup", playbook="backup_box.yml", resource_type="backups",
                            resource_id="repository", state=TaskState.RUNNING, timeout=60)
    await locks.acquire(box.id, [locks.resource_key("backups", "repository"), held])
    await Backup.create(type=BackupType.DATABASE, version="test", target="/nowhere", resource_type="database",
                        resource_id=str(database.id), state=BackupState.CREATING, task_id=box.id)
    dumping = await client.delete(url, headers=headers)
    assert dumping.status_code == 409 and dumping.json()["details"]["taskId"] == box.id, dumping.text
    await Task.filter(id=box.id).update(state=TaskState.SUCCESS)
    await locks.release(box.id)

    own = await Task.create(type="databaseBackup", playbook="database_backup.yml", resource_type="database",
                            resource_id=str(database.id), state=TaskState.RUNNING, timeout=60)
    await locks.acquire(own.id, [held])
    skipped = await client.post(f"/api/v1/nodes/{node['id']}/update", headers=headers, json={"mode": "apps"})
    assert skipped.status_code == 409 and skipped.json()["code"] == "nothing_to_update", skipped.text
    await Task.filter(id=own.id).update(state=TaskState.SUCCESS)
    await locks.release(own.id)
    assert (await Database.get(id=database.id)).status == DatabaseStatus.RUNNING
