"""Guest-level backups: a database with vzdumpBackups gets a vzdump archive of its guest (guest_backup.yml, the
real community.proxmox module against the simulator) with each backup, recorded beside its dump backups; such an
archive is not something restore or clone take."""

from __future__ import annotations

import pytest

from service.auth.models import User
from service.domains.backup_storage.models import Backup
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes import guests
from service.domains.nodes.models import Node
from service.tasks.models import Task
from tests.backups.conftest import configure, filesystem_config
from tests.factories import online_node, owner_headers, wait_task

pytestmark = [pytest.mark.ansible, pytest.mark.one_database]


@pytest.mark.slow
async def test_a_backup_archives_the_guest_with_vzdump(client, server, pve_sim, tmp_path):
    headers = await owner_headers(client)
    node = await Node.get(id=(await online_node(client, headers, pve_sim))["id"])
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": str(node.id)})).json()
    owner = await User.get(username="owner")
    guest, made = await guests.create_guest(server.engine, server.settings, server.app.state.nodes_box, node,
                                            hostname="db-orders", resource_type="database", resource_id="x",
                                            user=owner)
    assert (await wait_task(client, headers, made.id))["success"]
    database = await Database.create(
        project_id=project["id"], name="orders", type=DatabaseType.POSTGRESQL, node=node, guest=guest,
        db_name="orders", db_user="orders_app", sealed_password=server.app.state.databases_box.seal("p" * 20),
        status=DatabaseStatus.RUNNING, host=guest.ip, port=5432, server_version="15")
    url = f"/api/v1/databases/{database.id}"
    assert (await client.put(url, headers=headers, json={"vzdumpBackups": True})).json()["vzdumpBackups"] is True
    await configure(client, headers, filesystem_config(tmp_path / "backups"))

    started = await client.post(f"{url}/backup", headers=headers)
    assert started.status_code == 202, started.text
    body = started.json()
    archived = await wait_task(client, headers, body["vzdumpTaskId"])
    assert archived["success"], archived
    assert (await Task.get(id=body["vzdumpTaskId"])).resource_type == "guest"
    await client.post(f"/api/v1/tasks/{body['taskId']}/stop", headers=headers)  # no server answers the dump here
    await wait_task(client, headers, body["taskId"])

    archive = await Backup.get(id=body["vzdumpBackupId"])
    assert archive.format == "vzdump" and archive.state == "normal" and archive.target == f"{node.name}:local"
    assert archive.snapshot_id.startswith(f"local:backup/vzdump-lxc-{guest.vmid}-")
    listed = (await client.get(f"{url}/backups", headers=headers)).json()
    assert {(b["format"], b["state"]) for b in listed["items"]} == {("vzdump", "normal"), ("restic", "error")}

    refused = await client.post(f"{url}/restore", headers=headers, json={"backupId": str(archive.id)})
    assert refused.status_code == 422 and refused.json()["code"] == "vzdump_archive"
