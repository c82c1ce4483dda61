"""`containr restore`: a fresh data dir rebuilt from a box backup has its users, projects, databases and backups
again, the database backups of that full backup are settled from the repository, and what was queued or running
when the copy was taken is stopped, not run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from service.config import Settings
from service.domains.accounts.registration import create_user
from service.domains.backup_storage import restic
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backups.restore import repository, settle_databases
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes.models import Node, NodeStatus
from service.domains.projects.models import Environment, Project
from service.tasks.models import Task, TaskState
from tests.backups.conftest import KEY, configure, filesystem_config
from tests.conftest import Server
from tests.factories import PASSWORD, login, owner_headers, wait_task

pytestmark = pytest.mark.ansible


PASSWORD_OF_DATABASE = "a-database-password-kept-sealed"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    # One run at a time: the tasks a test leaves queued wait behind the backup's run, so the copy that run takes
    # holds them queued (with a free slot the engine could start one first, and the copy would hold it failed).
    return settings.model_copy(update={"max_runs": 1})


async def _stopped_database(server: Server, project_id: str) -> Database:
    """A database of the project as the records know it (stopped, so the full backup has nothing to dump)."""
    project = await Project.get(id=project_id)
    node = await Node.create(team_id=project.team_id, name="pve1", api_url="https://127.0.0.1:8006",
                             token_id="root@pam!containr", sealed_token_secret=server.app.state.nodes_box.seal("x"),
                             status=NodeStatus.ONLINE)
    return await Database.create(
        project=project, environment=await Environment.get(project=project, is_default=True), name="orders",
        type=DatabaseType.POSTGRESQL, node=node, db_name="orders", db_user="orders_app",
        sealed_password=server.app.state.databases_box.seal(PASSWORD_OF_DATABASE), status=DatabaseStatus.STOPPED,
        host="10.213.0.10", port=5432, server_version="15")


async def _pending_tasks(database: Database, folder: Path) -> tuple[Task, Task]:
    """A database backup queued and a node check running, as the engine records them (their playbooks do not
    exist: the live instance, which dispatches the queued one once the backup ends, runs nothing either)."""
    dump = await Backup.create(type=BackupType.DATABASE, version="t", target=str(folder), resource_type="database",
                               resource_id=str(database.id))
    queued = await Task.create(type="databaseBackup", playbook="/nonexistent/database_backup.yml", timeout=60,
                               resource_type="database", resource_id=str(database.id),
                               extra_vars={"database_backup_id": str(dump.id)})
    dump.task_id = queued.id
    await dump.save()
    running = await Task.create(type="nodeCheck", playbook="/nonexistent/node_check.yml", timeout=60,
                                state=TaskState.RUNNING, resource_type="node", resource_id=str(database.node_id))
    return queued, running


def _restore(settings: Settings, *args: str, key: str = KEY) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTAINR_DATA_DIR": str(settings.data_dir), "CONTAINR_BACKUP_KEY": key,
           "CONTAINR_SECRET_KEY": settings.secret_key or ""}
    env.pop("CONTAINR_DATABASE_URL", None)
    if settings.database_url:
        env["CONTAINR_DATABASE_URL"] = settings.database_url
    command = [str(Path(sys.executable).parent / "containr"), "restore", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
                          timeout=300)


@pytest.mark.slow
async def test_restore_on_a_clean_data_dir_brings_the_control_plane_back(client, server, settings, tmp_path,
                                                                         db_backend, request):
    headers = await owner_headers(client)
    await create_user(username="alice", email="alice@example.com", password=PASSWORD)
    alice = await login(client, "alice")
    project = (await client.post("/api/v1/projects", headers=alice, json={"name": "shop"})).json()
    database = await _stopped_database(server, project["id"])
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder))
    task_id = (await client.post("/api/v1/backups/create", headers=headers)).json()["taskId"]
    queued, running = await _pending_tasks(database, folder)  # in the copy, which the run takes seconds later
    assert (await wait_task(client, headers, task_id))["success"]
    backup = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]

    database_url = None
    if db_backend == "postgres":
        database_url = request.getfixturevalue("pg_cluster").create_database(f"containr_restored_{os.getpid()}")
    fresh = settings.model_copy(update={"data_dir": tmp_path / "fresh", "database_url": database_url})

    wrong = _restore(fresh, "--from", str(folder), key="not-the-key")
    assert wrong.returncode == 1 and "wrong password" in wrong.stderr and "not-the-key" not in wrong.stderr
    assert not (fresh.data_dir / "containr.sqlite3").exists()

    done = _restore(fresh, "--from", str(folder))
    assert done.returncode == 0, done.stderr
    assert backup["snapshotId"][:8] in done.stdout and KEY not in done.stdout + done.stderr

    again = _restore(fresh, "--from", str(folder))  # the data dir is not fresh any more
    if db_backend == "sqlite":
        assert again.returncode == 1 and "fresh data dir" in again.stderr

    restored = Server(fresh)
    await restored.start()
    try:
        async with httpx.AsyncClient(base_url=restored.url, timeout=60) as other:
            alice = await login(other, "alice", PASSWORD)
            projects = (await other.get("/api/v1/projects", headers=alice)).json()["items"]
            assert [p["id"] for p in projects] == [project["id"]]
            databases = (await other.get("/api/v1/databases", headers=alice)).json()["items"]
            assert [(d["id"], d["name"], d["status"]) for d in databases] == [(str(database.id), "orders", "stopped")]
            credentials = await other.get(f"/api/v1/databases/{database.id}/credentials", headers=alice)
            assert credentials.json()["password"] == PASSWORD_OF_DATABASE  # the restored key opens it
            headers = await login(other, "owner")
            backups = (await other.get("/api/v1/backups", headers=headers)).json()["backups"]
            assert [(b["id"], b["state"], b["snapshotId"]) for b in backups] == [
                (backup["id"], "normal", backup["snapshotId"])]
            task = (await other.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
            assert task["success"], task
            # What was queued or running when the copy was taken ends stopped, and nothing of it runs again.
            for pending, was in ((queued, "Queued"), (running, "Running")):
                stopped = (await other.get(f"/api/v1/tasks/{pending.id}", headers=headers)).json()
                assert (stopped["state"], stopped["error"]["code"]) == ("stopped", "stopped"), stopped
                assert stopped["error"]["message"].startswith(f"{was} when the backup was taken; not run")
                assert (await other.get(f"/api/v1/tasks/{pending.id}/logs", headers=headers)).text == ""
            dumps = (await other.get(f"/api/v1/databases/{database.id}/backups", headers=headers)).json()["items"]
            assert [(b["state"], b["taskId"], b["error"]) for b in dumps] == [
                ("error", queued.id, "Queued when the backup was taken; not run after the restore")]
            # The restored instance reads its stored target (sealed with the same key) and backs up again.
            assert (await other.get("/api/v1/settings/backup_config", headers=headers)).json()["backupFolder"] \
                == str(folder)
    finally:
        await restored.stop()


@pytest.mark.one_database
async def test_database_backups_of_a_full_backup_are_settled_from_the_repository(client, tmp_path):
    """The copy of the control plane is taken while its database backups are still `creating`: a restored
    instance finds each in the repository by its backup:<id> tag, or marks it failed and drops it from dependsOn."""
    headers = await owner_headers(client)
    folder = tmp_path / "repo"
    await configure(client, headers, filesystem_config(folder))
    stored = await Backup.create(type=BackupType.DATABASE, version="t", target=str(folder), resource_id="a")
    lost = await Backup.create(type=BackupType.DATABASE, version="t", target=str(folder), resource_id="b")
    box = await Backup.create(type=BackupType.BOX, version="t", target=str(folder),
                              depends_on=[str(stored.id), str(lost.id)])
    repo = repository(str(folder), KEY)
    await restic.run(repo, "backup", "--stdin", "--stdin-filename", "orders.pgdump", "--tag", "database",
                     "--tag", f"backup:{stored.id}", stdin=b"a dump")
    snapshot = (await restic.snapshots(repo, tag=f"backup:{stored.id}"))[0]

    assert [part.id for part in await settle_databases(repo, box)] == [lost.id]
    stored, lost = await Backup.get(id=stored.id), await Backup.get(id=lost.id)
    assert (stored.state, stored.snapshot_id) == (BackupState.NORMAL, snapshot["id"])
    assert lost.state == BackupState.ERROR and "not in the repository" in lost.error_message
    assert (await Backup.get(id=box.id)).depends_on == [str(stored.id)]  # only the dumps there are
