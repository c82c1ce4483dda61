"""A full backup's parts: what its start leaves behind when it cannot queue the run (nothing), a guest archive that
cannot start beside it (logged, not an error), and a database whose dump fails (recorded in error while the others
and the control plane are backed up, the task failed naming it). The databases are recorded by hand, running at an
address where nothing answers SSH, so their dumps fail at once without a guest."""

from __future__ import annotations

import uuid

import pytest

from service.auth.models import User
from service.domains.backup_storage.models import Backup
from service.domains.backups import platform, vzdump
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes.models import Guest, GuestStatus, Node, NodeStatus
from service.domains.teams.models import Team
from service.tasks.models import Task, TaskState
from tests.backups.conftest import configure, filesystem_config, restic_snapshots
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

    monkeypatch.setattr(platform.ssh_keys, "ensure_key", no_key)
    with pytest.raises(OSError, match="read-only"):
        await platform.start_platform_backup(server.engine, server.settings, user=await User.get(username="owner"))
    assert await Backup.all().count() == 0 and await Task.all().count() == 0


async def test_an_archive_that_cannot_start_does_not_fail_the_backup(client, server, tmp_path, monkeypatch):
    headers = await owner_headers(client)
    await configure(client, headers, filesystem_config(tmp_path / "repo"))
    database = await _running_database(server, "orders", vzdump_backups=True)

    async def broken(*_args, **_kwargs):
        raise RuntimeError("the node's token cannot be opened")

    monkeypatch.setattr(vzdump, "start", broken)
    answer = await client.post("/api/v1/backups/create", headers=headers)
    assert answer.status_code == 202, answer.text
    task_id = answer.json()["taskId"]
    backup = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]
    assert backup["taskId"] == task_id and backup["state"] == "creating"
    # The run holds each database it dumps (its actions are refused meanwhile, in any process).
    assert (await Task.get(id=task_id)).options["locks"] == [f"database:{database.id}"]
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


@pytest.mark.slow
async def test_a_failing_dump_leaves_the_others_and_the_control_plane_backed_up(client, server, tmp_path):
    headers = await owner_headers(client)
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder))
    orders, users = await _running_database(server, "orders"), await _running_database(server, "users")

    task_id = (await client.post("/api/v1/backups/create", headers=headers)).json()["taskId"]
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "failed", task
    assert task["error"]["message"] == (f"The dumps of 2 database(s) failed: orders ({orders.id}), users ({users.id})."
                                        " The control plane was backed up"), task
    box_backup = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]
    assert (box_backup["state"], box_backup["dependsOn"], box_backup["taskId"]) == ("normal", [], task_id)
    assert [snap["id"] for snap in restic_snapshots(str(folder))] == [box_backup["snapshotId"]]
    for database in (orders, users):
        dump = await Backup.get(resource_id=str(database.id))
        assert dump.state == "error" and dump.snapshot_id is None and dump.task_id == task_id
        assert dump.error_message.startswith("The postgresql dump in the guest failed"), dump.error_message
    assert not restic_snapshots(str(folder), tag="database")


async def test_the_end_of_a_full_backup_keeps_the_dumps_that_were_stored(server, tmp_path):
    """Settled from a run's stats: a dump stored is done and in dependsOn, one that failed is in error with its
    own reason, and the run's summary, not the failure of the task it ended on, is the task's error."""
    made = [await Backup.create(type="database", version="t", target=str(tmp_path), resource_type="database",
                                resource_id=str(uuid.uuid4())) for _ in range(3)]
    backup = await Backup.create(type="box", version="t", target=str(tmp_path), depends_on=[str(b.id) for b in made])
    stored, failed, unreported = made
    task = await Task.create(type="backup", playbook="backup_box.yml", state=TaskState.RUNNING, timeout=60,
                             extra_vars={"backup_box_id": str(backup.id),
                                         "backup_databases": [{"backup_id": str(b.id)} for b in made]})
    summary = "The dumps of 1 database(s) failed: b (b). The control plane was backed up"
    task.finish(TaskState.FAILED, message="Task 'Check the dump succeeded' failed on localhost: refused",
                result={"backup_id": str(backup.id), "snapshot_id": "f00d", "size": 7, "error": summary,
                        "snapshot_time": "2026-01-02T03:04:05.123456+00:00",
                        "databases": [{"backup_id": str(stored.id), "snapshot_id": "beef", "size": 3,
                                       "snapshot_time": "2026-01-02T03:04:00+00:00"},
                                      {"backup_id": str(failed.id), "error": "The dump failed: refused"}]})
    await platform._backup_finished(task)

    assert (task.message, task.error_message) == (summary, summary)
    backup, stored, failed, unreported = [await Backup.get(id=b.id) for b in (backup, *made)]
    assert (backup.state, backup.snapshot_id, backup.depends_on) == ("normal", "f00d", [str(stored.id)])
    assert (stored.state, stored.snapshot_id, stored.size) == ("normal", "beef", 3)
    assert (failed.state, failed.error_message) == ("error", "The dump failed: refused")
    assert (unreported.state, unreported.error_message) == ("error", summary)
