"""An app's backups, restore and clone through the API on a simulated node (no guest answers: the runs are
stopped or fail, which is what their ends are checked against): what is refused before anything is recorded (the
field or state named), what a backup records (its addon database's dump beside the app's backup, listed in
dependsOn; the app `pending_backup`, then `installed` again with the failure as its error), the app's backups
listed, and a restore's dumps and run. The data itself goes and comes back in
tests/app_playbooks/test_app_playbooks.py (the playbooks) and tests/apps/test_apps_e2e.py (through the API)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import pytest

from service.domains.apps.models import App, InstallationState, RunState
from service.domains.apps.secrets import own_box
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.dns.models import Domain
from service.domains.nodes.models import Guest, GuestStatus
from service.tasks.models import Task
from tests.backups.conftest import configure, filesystem_config, restic_repository
from tests.factories import online_node, owner_headers, wait_task

pytestmark = pytest.mark.ansible

NOTHING = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"
# Nothing answers SSH here: a refused connection ends a run at once (an address nobody has would wait).
NO_GUEST = "127.0.0.1"


def _field(answer: httpx.Response) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _counts() -> tuple[int, int]:
    return await Backup.all().count(), await Task.filter(type__in=["appBackup", "appRestore",
                                                                   "databaseBackup", "databaseRestore"]).count()


async def _world(client: httpx.AsyncClient, pve_sim: Any, server: Any) -> dict[str, Any]:
    """An installed wiki with a guest and a postgresql addon database, both recorded as running."""
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "wiki", "defaultNodeId": node["id"]})).json()
    domain = await Domain.create(domain="backups.test", zone_name="backups.test", provider="noop")
    app_id = uuid4()
    guest = await Guest.create(node_id=node["id"], pve_node="pve", vmid=4100, hostname="app-wiki", ip=NO_GUEST,
                               resource_type="app", resource_id=str(app_id), project_id=project["id"],
                               status=GuestStatus.RUNNING)
    database = await Database.create(
        project_id=project["id"], name="wiki-db", type=DatabaseType.POSTGRESQL, node_id=node["id"], db_name="wiki",
        db_user="wiki", host=NO_GUEST, port=5432, owner_type="app", owner_id=str(app_id),
        sealed_password=server.app.state.databases_box.seal("a-database-password"), status=DatabaseStatus.RUNNING)
    manifest = {"id": "org.example.wiki", "version": "1.0.0", "httpPort": 80, "healthCheckPath": "/",
                "addons": {"postgresql": {}}, "dataDirs": ["/var/lib/wiki"]}
    app = await App.create(id=app_id, app_store_id="org.example.wiki", manifest=manifest, project_id=project["id"],
                           node_id=node["id"], guest=guest, host=NO_GUEST, location="wiki", domain=domain,
                           fqdn="wiki.backups.test", installation_state=InstallationState.INSTALLED,
                           run_state=RunState.RUNNING, memory_mb=512, addon_choices={"postgresql": "postgresql"},
                           addon_databases={"postgresql": str(database.id)})
    return {"headers": headers, "app": app, "database": database, "project": project, "node": node}


async def test_refusals_name_the_field_or_state_and_record_nothing(client, pve_sim, server, tmp_path: Path) -> None:
    world = await _world(client, pve_sim, server)
    headers, app = world["headers"], world["app"]
    base = f"/api/v1/apps/{app.id}"

    unconfigured = await client.post(f"{base}/backup", headers=headers)
    assert unconfigured.status_code == 422, unconfigured.text  # no backup target yet
    await configure(client, headers, filesystem_config(restic_repository(tmp_path / "repo")))
    before = await _counts()

    assert (await client.post(f"/api/v1/apps/{NOTHING}/backup", headers=headers)).status_code == 404
    assert (await client.get(f"/api/v1/apps/{NOTHING}/backups", headers=headers)).status_code == 404
    unknown = await client.post(f"{base}/restore", headers=headers, json={"backupId": NOTHING})
    assert unknown.status_code == 422 and _field(unknown) == "backupId"
    missing = await client.post(f"{base}/restore", headers=headers, json={})
    assert missing.status_code == 422 and _field(missing).endswith("backupId")

    # Another app's backup, or one that did not finish, is not this app's to restore.
    other = await Backup.create(type=BackupType.APP, version="t", target="x", resource_type="app",
                                resource_id=NOTHING, state=BackupState.NORMAL, snapshot_id="0123abcd")
    unfinished = await Backup.create(type=BackupType.APP, version="t", target="x", resource_type="app",
                                     resource_id=str(app.id), state=BackupState.ERROR)
    for backup in (other, unfinished):
        refused = await client.post(f"{base}/restore", headers=headers, json={"backupId": str(backup.id)})
        assert refused.status_code == 422 and _field(refused) == "backupId", refused.text
    await Backup.filter(id__in=[other.id, unfinished.id]).delete()

    # A stopped app, an app still installing and an app whose database does not run are not backed up.
    for change, code in (({"run_state": RunState.STOPPED}, "app_stopped"),
                         ({"installation_state": InstallationState.PENDING_INSTALL}, "app_pending_install")):
        await App.filter(id=app.id).update(**change)
        refused = await client.post(f"{base}/backup", headers=headers)
        assert refused.status_code == 409 and refused.json()["code"] == code, refused.text
        await App.filter(id=app.id).update(run_state=RunState.RUNNING, installation_state=InstallationState.INSTALLED)
    await Database.filter(id=world["database"].id).update(status=DatabaseStatus.STOPPED)
    refused = await client.post(f"{base}/backup", headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "database_not_running"
    await Database.filter(id=world["database"].id).update(status=DatabaseStatus.RUNNING)

    assert await _counts() == before
    assert (await App.get(id=app.id)).installation_state == InstallationState.INSTALLED
    listed = await client.get(f"{base}/backups", headers=headers)
    assert listed.status_code == 200 and listed.json()["items"] == [] and listed.json()["total"] == 0


async def test_a_backup_records_its_dumps_and_its_failure(client, pve_sim, server, tmp_path: Path) -> None:
    world = await _world(client, pve_sim, server)
    headers, app, database = world["headers"], world["app"], world["database"]
    await configure(client, headers, filesystem_config(restic_repository(tmp_path / "repo")))
    base = f"/api/v1/apps/{app.id}"

    started = await client.post(f"{base}/backup", headers=headers)
    assert started.status_code == 202, started.text
    body = started.json()
    backup = await Backup.get(id=body["backupId"])
    dump = await Backup.get(id=backup.depends_on[0])
    assert (backup.type, backup.resource_id, backup.state, backup.task_id) == (
        BackupType.APP, str(app.id), BackupState.CREATING, body["taskId"])
    assert (dump.type, dump.resource_id, len(backup.depends_on)) == (BackupType.DATABASE, str(database.id), 1)
    assert (await client.get(base, headers=headers)).json()["installationState"] in ("pending_backup", "installed")
    # A second backup while this one runs is refused.
    busy = await client.post(f"{base}/backup", headers=headers)
    assert busy.status_code == 409, busy.text

    done = await wait_task(client, headers, body["taskId"], timeout=120)
    assert not done["success"]
    await wait_task(client, headers, dump.task_id, timeout=120)
    backup, dump = await Backup.get(id=backup.id), await Backup.get(id=dump.id)
    assert backup.state == BackupState.ERROR and backup.error_message
    assert dump.state == BackupState.ERROR
    shown = (await client.get(base, headers=headers)).json()
    assert shown["installationState"] == "installed" and "The backup failed" in shown["error"]["message"]

    listed = (await client.get(f"{base}/backups", headers=headers, params={"per_page": 1})).json()
    assert listed["total"] == 1 and [b["id"] for b in listed["items"]] == [str(backup.id)]
    assert listed["items"][0]["type"] == "app" and listed["items"][0]["dependsOn"] == [str(dump.id)]


async def test_a_restore_puts_the_dumps_back_then_the_data(client, pve_sim, server, tmp_path: Path) -> None:
    world = await _world(client, pve_sim, server)
    headers, app, database = world["headers"], world["app"], world["database"]
    await configure(client, headers, filesystem_config(restic_repository(tmp_path / "repo")))
    dump = await Backup.create(type=BackupType.DATABASE, version="t", target="x", resource_type="database",
                               resource_id=str(database.id), state=BackupState.NORMAL, snapshot_id="0123abcd0123")
    backup = await Backup.create(type=BackupType.APP, version="t", target="x", resource_type="app",
                                 resource_id=str(app.id), state=BackupState.NORMAL, snapshot_id="4567abcd4567",
                                 depends_on=[str(dump.id)])

    # A dump it was made with that is gone: nothing starts.
    await Backup.filter(id=dump.id).update(state=BackupState.ERROR)
    before = await _counts()
    gone = await client.post(f"/api/v1/apps/{app.id}/restore", headers=headers, json={"backupId": str(backup.id)})
    assert gone.status_code == 422 and _field(gone) == "backupId"
    assert await _counts() == before
    await Backup.filter(id=dump.id).update(state=BackupState.NORMAL)

    started = await client.post(f"/api/v1/apps/{app.id}/restore", headers=headers, json={"backupId": str(backup.id)})
    assert started.status_code == 202, started.text
    task = await Task.get(id=started.json()["taskId"])
    restores = await Task.filter(type="databaseRestore", resource_id=str(database.id))
    assert task.type == "appRestore" and len(restores) == 1
    assert (task.extra_vars or {})["app_restore_snapshot"] == "4567abcd4567"
    assert (restores[0].extra_vars or {})["database_restore_snapshot"] == "0123abcd0123"
    done = await wait_task(client, headers, task.id, timeout=120)
    assert not done["success"]
    shown = (await client.get(f"/api/v1/apps/{app.id}", headers=headers)).json()
    assert shown["installationState"] == "error" and "The restore failed" in shown["error"]["message"]


async def _clone_counts() -> tuple[int, ...]:
    return (await App.all().count(), await Guest.all().count(), await Database.all().count(),
            await Task.all().count())


async def test_a_clone_is_a_new_app_filled_from_the_backup(client, pve_sim, server, tmp_path: Path) -> None:
    world = await _world(client, pve_sim, server)
    headers, app, database = world["headers"], world["app"], world["database"]
    sealed = own_box(server.settings).seal({"adminPassword": "the-source-password"})
    await App.filter(id=app.id).update(sealed_secrets=sealed)
    app = await App.get(id=app.id)
    await configure(client, headers, filesystem_config(restic_repository(tmp_path / "repo")))
    dump = await Backup.create(type=BackupType.DATABASE, version="t", target="x", resource_type="database",
                               resource_id=str(database.id), state=BackupState.NORMAL, snapshot_id="0123abcd0123")
    backup = await Backup.create(type=BackupType.APP, version="t", target="x", resource_type="app",
                                 resource_id=str(app.id), state=BackupState.NORMAL, snapshot_id="4567abcd4567",
                                 depends_on=[str(dump.id)])
    clone = f"/api/v1/apps/{app.id}/clone"
    before = await _clone_counts()
    for body, status, field in (({"backupId": NOTHING, "location": "copy", "domain": "backups.test"}, 422, "backupId"),
                                ({"backupId": str(backup.id), "location": "wiki", "domain": "backups.test"}, 409,
                                 "location"),
                                ({"backupId": str(backup.id), "location": "copy", "domain": "nowhere.test"}, 422,
                                 "domain")):
        refused = await client.post(clone, headers=headers, json=body)
        assert refused.status_code == status and _field(refused) == field, refused.text
    assert await _clone_counts() == before

    started = await client.post(clone, headers=headers,
                                json={"backupId": str(backup.id), "location": "copy", "domain": "backups.test"})
    assert started.status_code == 202, started.text
    shown = started.json()
    assert shown["fqdn"] == "copy.backups.test" and shown["installationState"] == "pending_clone"
    assert shown["id"] != str(app.id) and shown["appStoreId"] == app.app_store_id
    copy = await App.get(id=shown["id"])
    assert copy.sealed_secrets == app.sealed_secrets and copy.guest_id not in (None, app.guest_id)
    made = await Database.get(id=copy.addon_databases["postgresql"])
    assert (made.owner_type, made.owner_id, made.type) == ("app", str(copy.id), DatabaseType.POSTGRESQL)
    filled = await Task.get(resource_type="database", resource_id=str(made.id))
    assert filled.type == "databaseClone" and filled.extra_vars["database_restore_snapshot"] == "0123abcd0123"
    run = await Task.get(id=shown["taskId"])
    assert run.type == "appClone" and run.extra_vars["app_restore_snapshot"] == "4567abcd4567"
    assert run.extra_vars["app_backup_dirs"] == ["/var/lib/wiki"] and run.extra_vars["app_fqdn"] == "copy.backups.test"
    for task in (run, filled):
        await client.post(f"/api/v1/tasks/{task.id}/stop", headers=headers)
    for task in (run, filled):
        await wait_task(client, headers, task.id, timeout=120)
    assert (await App.get(id=copy.id)).installation_state == InstallationState.ERROR


async def test_a_full_backup_includes_the_apps(client, pve_sim, server, tmp_path: Path) -> None:
    world = await _world(client, pve_sim, server)
    headers, app, database = world["headers"], world["app"], world["database"]
    await configure(client, headers, filesystem_config(restic_repository(tmp_path / "repo")))
    started = await client.post("/api/v1/backups/create", headers=headers)
    assert started.status_code == 202, started.text
    task = await Task.get(id=started.json()["taskId"])
    (entry,) = task.extra_vars["backup_apps"]
    assert entry["app_id"] == str(app.id) and entry["app_backup_dirs"] == ["/var/lib/wiki"]
    archive = await Backup.get(id=entry["backup_id"])
    dump = await Backup.get(type=BackupType.DATABASE, resource_id=str(database.id))
    box = await Backup.get(type=BackupType.BOX)
    assert archive.type == BackupType.APP and archive.depends_on == [str(dump.id)]
    assert set(box.depends_on) == {str(dump.id), str(archive.id)}

    done = await wait_task(client, headers, task.id, timeout=180)
    # Nothing answers SSH: the dump and the archive fail, named; the control plane is backed up all the same.
    assert not done["success"]
    assert "The data folders of 1 app(s) were not backed up" in done["error"]["message"]
    archive, box = await Backup.get(id=archive.id), await Backup.get(id=box.id)
    assert archive.state == BackupState.ERROR and archive.error_message
    assert box.state == BackupState.NORMAL and box.depends_on == []
