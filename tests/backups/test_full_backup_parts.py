"""A full backup's parts: what its start leaves behind when it cannot queue the run (nothing), a guest archive that
cannot start beside it (logged, not an error), and a database whose dump fails (recorded in error while the others
and the control plane are backed up, the task failed naming it). The databases are recorded by hand, running at an
address where nothing answers SSH, so their dumps fail at once without a guest."""

from __future__ import annotations

import pytest

from service.backups import box, vzdump
from service.models import (
    Backup,
    Database,
    DatabaseStatus,
    DatabaseType,
    Guest,
    GuestStatus,
    Node,
    NodeStatus,
    Task,
    TaskState,
    Team,
    User,
)
from tests.backups.conftest import configure, filesystem_config
from tests.factories import owner_headers, wait_task

pytestmark = [pytest.mark.ansible, pytest.mark.one_database]

NOWHERE = "127.0.0.1"  # no SSH server listens here in the tests: a dump fails with "Connection refused"


async def _running_database(server, name: str, *, host: str = NOWHERE, **extra) -> Database:
    node = await Node.get_or_none(name="pve1") or await Node.create(
        team=await Team.first(), name="pve1", api_url="https://127.0.0.1:8006", token_id="root@pam!containr",
        sealed_token_secret=server.app.state.nodes_box.seal("x"), status=NodeStatus.ONLINE)
    return await Database.create(
        name=name, type=DatabaseType.POSTGRESQL, node=node, db_name=name, db_user=f"{name}_app",
        sealed_password=server.app.state.databases_box.seal("a-password-of-the-test"),
        status=DatabaseStatus.RUNNING, server_version="15", host=host, port=5432, **extra)


async def test_a_start_that_fails_before_its_run_leaves_no_record(client, server, tmp_path, monkeypatch):
    headers = await owner_headers(client)
    await configure(client, headers, filesystem_config(tmp_path / "repo"))
    await _running_database(server, "orders")

    def no_key(_settings):
        raise OSError("the data dir is read-only")

    monkeypatch.setattr(box.ssh_keys, "ensure_key", no_key)
    with pytest.raises(OSError, match="read-only"):
        await box.start_backup(server.engine, server.settings, user=await User.get(username="owner"))
    assert await Backup.all().count() == 0 and await Task.all().count() == 0


async def test_an_archive_that_cannot_start_does_not_fail_the_backup(client, server, tmp_path, monkeypatch):
    headers = await owner_headers(client)
    await configure(client, headers, filesystem_config(tmp_path / "repo"))
    await _running_database(server, "orders", vzdump_backups=True)

    async def broken(*_args, **_kwargs):
        raise RuntimeError("the node's token cannot be opened")

    monkeypatch.setattr(vzdump, "start", broken)
    answer = await client.post("/api/v1/backups/create", headers=headers)
    assert answer.status_code == 202, answer.text
    task_id = answer.json()["taskId"]
    backup = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]
    assert backup["taskId"] == task_id and backup["state"] == "creating"
    assert await Task.filter(type=vzdump.GUEST_BACKUP.task_type).count() == 0
    assert await Backup.filter(format=vzdump.FORMAT).count() == 0
    await wait_task(client, headers, task_id)


async def test_a_busy_guest_skips_the_archive_of_a_database_backup(client, server, tmp_path):
    headers = await owner_headers(client)
    await configure(client, headers, filesystem_config(tmp_path / "repo"))
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    database = await _running_database(server, "orders", vzdump_backups=True, project_id=project["id"])
    database.guest = await Guest.create(node=await database.node, pve_node="pve", vmid=1000, hostname="db-orders",
                                        ip=NOWHERE, resource_type="database", resource_id=str(database.id),
                                        status=GuestStatus.RUNNING)
    await database.save()
    busy = await Task.create(type="guestPower", playbook="guest_power.yml", state=TaskState.RUNNING,
                             resource_type="guest", resource_id=str(database.guest.id), timeout=60)

    answer = await client.post(f"/api/v1/databases/{database.id}/backup", headers=headers)
    assert answer.status_code == 202, answer.text
    body = answer.json()
    assert body["vzdumpTaskId"] is None and body["vzdumpBackupId"] is None, body
    dump = await Task.get(id=body["taskId"])
    assert dump.type == "databaseBackup" and dump.resource_id == str(database.id)
    assert await Backup.filter(format=vzdump.FORMAT).count() == 0
    done = await wait_task(client, headers, dump.id)
    assert done["state"] == "failed", done
    busy.finish(TaskState.STOPPED, message="Stopped")
    await busy.save()

    openapi = (await client.get("/openapi.json")).json()
    described = openapi["paths"]["/api/v1/databases/{database_id}/backup"]["post"]["responses"]["202"]["description"]
    assert "guest was busy" in described
