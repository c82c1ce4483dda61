"""Databases on a simulated node (memory backend: guests exist only in the simulator, so no server ever answers
and runs are stopped): what is refused before anything is recorded, what a create records, the retry and delete
paths of a failed create, credentials, and what project and environment deletes and clones do to databases.
The servers themselves run in tests/databases (real LXC guests)."""

from __future__ import annotations

import pytest

from service.actions import catalogue
from service.core.errors import Conflict
from service.core.models import AuditRecord
from service.domains.accounts.registration import create_user
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.databases import recovery
from service.domains.databases.models import Database
from service.domains.nodes.models import Guest, IpLease
from service.domains.projects.models import Environment
from service.tasks.models import Task
from tests.factories import PASSWORD, login, online_node, owner_headers, wait_task

pytestmark = pytest.mark.ansible

SMALL_POOL = {"mode": "static", "cidr": "10.213.0.0/24", "gateway": "10.213.0.1", "rangeStart": "10.213.0.10",
              "rangeEnd": "10.213.0.11"}


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _counts() -> tuple[int, int, int, int]:
    return (await Database.all().count(), await Guest.all().count(), await IpLease.all().count(),
            await Task.filter(type="databaseCreate").count())


async def _setup(client, pve_sim, **node):
    headers = await owner_headers(client)
    found = await online_node(client, headers, pve_sim, **node)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": found["id"]})).json()
    return headers, found, project


async def _stop(client, headers, task_id: int) -> dict:
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    return await wait_task(client, headers, task_id)


async def test_bad_input_is_refused_naming_the_field_and_records_nothing(client, pve_sim):
    headers, node, project = await _setup(client, pve_sim, network=SMALL_POOL)
    good = {"name": "orders", "type": "postgresql", "projectId": project["id"]}
    before = await _counts()
    cases = [
        ({"name": "Orders!"}, 422, "name"),
        ({"name": "x" * 41}, 422, "name"),
        ({"name": "containr-restore-scratch"}, 422, "name"),
        ({"type": "oracle"}, 422, "type"),
        ({"type": "mongodb"}, 422, "type"),
        ({"version": "9.6"}, 422, "version"),
        ({"version": "15; drop"}, 422, "version"),
        ({"projectId": "00000000-0000-0000-0000-000000000000"}, 404, "projectId"),
        ({"environmentId": "00000000-0000-0000-0000-000000000000"}, 422, "environmentId"),
        ({"nodeId": "00000000-0000-0000-0000-000000000000"}, 422, "nodeId"),
        ({"resources": {"memoryMb": 1}}, 422, "resources.memoryMb"),
        ({"name": "{{ lookup('pipe','id') }}"}, 422, "name"),
    ]
    for change, status, field in cases:
        answer = await client.post("/api/v1/databases", headers=headers, json={**good, **change})
        assert answer.status_code == status, (change, answer.text)
        assert _field(answer) == field, (change, answer.json())
        assert await _counts() == before, change
    mongodb = await client.post("/api/v1/databases", headers=headers, json={**good, "type": "mongodb"})
    assert "not packaged in Debian" in mongodb.text
    version = await client.post("/api/v1/databases", headers=headers, json={**good, "version": "9.6"})
    assert version.json()["details"]["available"] == ["15"]

    # Another account's project is not seen; a viewer may look but not create.
    await create_user(username="mallory", email="mallory@example.com", password=PASSWORD)
    mallory = await login(client, "mallory")
    hidden = await client.post("/api/v1/databases", headers=mallory, json=good)
    assert hidden.status_code == 404 and _field(hidden) == "projectId"
    member = await client.post(f"/api/v1/projects/{project['id']}/members", headers=headers,
                               json={"userId": (await client.get("/api/v1/user/profile", headers=mallory)).json()["id"],
                                     "role": "viewer"})
    assert member.status_code == 201, member.text
    assert (await client.post("/api/v1/databases", headers=mallory, json=good)).status_code == 403
    assert await _counts() == before

    # The pool has two addresses: two databases take them, a third is refused and nothing of it is kept.
    made = []
    for name in ("one", "two"):
        answer = await client.post("/api/v1/databases", headers=headers, json={**good, "name": name})
        assert answer.status_code == 202, answer.text
        made.append(answer.json())
    taken = await client.post("/api/v1/databases", headers=headers, json={**good, "name": "one"})
    assert taken.status_code == 409 and _field(taken) == "name"
    full = await client.post("/api/v1/databases", headers=headers, json={**good, "name": "three"})
    assert full.status_code == 422 and _field(full) == "nodeId", full.text
    assert await Database.all().count() == 2 and await IpLease.all().count() == 2
    for database in made:
        await _stop(client, headers, database["taskId"])


async def test_a_failed_create_can_be_retried_and_deleted_without_leaving_a_guest(client, pve_sim):
    headers, node, project = await _setup(client, pve_sim)
    answer = await client.post("/api/v1/databases", headers=headers, json={
        "name": "orders", "type": "redis", "projectId": project["id"], "resources": {"memoryMb": 256}})
    assert answer.status_code == 202, answer.text
    database = answer.json()
    assert database["status"] == "provisioning" and database["type"] == "redis" and database["vmid"] >= 1000
    assert database["host"].startswith("10.213.0.") and database["port"] == 6379
    assert database["connectionUrl"] == f"redis://orders_app@{database['host']}:6379/0"
    assert database["resources"] == {"cores": 1, "memoryMb": 256, "diskGb": 8}
    assert (await client.get("/api/v1/databases", headers=headers)).json()["total"] == 1

    credentials = await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=headers)
    assert credentials.status_code == 200
    password = credentials.json()["password"]
    assert len(password) >= 24 and credentials.json()["connectionUrl"].startswith(f"redis://orders_app:{password}@")
    assert await AuditRecord.filter(action="databases.credentials", target=f"database_id={database['id']}").exists()
    shown = (await client.get(f"/api/v1/databases/{database['id']}", headers=headers)).text
    assert password not in shown
    task = await Task.get(id=database["taskId"])
    assert password not in str(task.extra_vars) and task.type == "databaseCreate"

    busy = await client.post(f"/api/v1/databases/{database['id']}/retry", headers=headers)
    assert busy.status_code == 409
    stopped = await _stop(client, headers, database["taskId"])
    assert stopped["state"] == "stopped"
    failed = (await client.get(f"/api/v1/databases/{database['id']}", headers=headers)).json()
    assert failed["status"] == "failed" and failed["statusMessage"]
    assert (await client.post(f"/api/v1/databases/{database['id']}/stop", headers=headers)).status_code == 409
    url = f"/api/v1/databases/{database['id']}"
    shrink = await client.put(url, headers=headers, json={"name": "renamed", "resources": {"diskGb": 4}})
    assert shrink.status_code == 422 and _field(shrink) == "resources.diskGb"
    not_running = await client.put(url, headers=headers, json={"resources": {"memoryMb": 1024}})
    assert not_running.status_code == 409 and not_running.json()["code"] == "database_failed"
    same = await client.put(url, headers=headers, json={"name": "renamed", "resources": {"memoryMb": 256}})
    assert same.status_code == 200 and same.json()["name"] == "renamed" and same.json()["taskId"] == database["taskId"]

    retried = await client.post(f"/api/v1/databases/{database['id']}/retry", headers=headers)
    assert retried.status_code == 202, retried.text
    retry = await Task.get(id=retried.json()["taskId"])
    assert retry.extra_vars["proxmox_guest_vmid"] == database["vmid"]
    assert retry.extra_vars["proxmox_guest_ip"].startswith(database["host"] + "/")
    await _stop(client, headers, retry.id)

    # A delete that fails leaves the database failed, and retry then refuses: it repeats only the run that makes
    # the database (a clone's retry would restore an old backup over the data). Deleting again is the way on.
    first = await client.delete(f"/api/v1/databases/{database['id']}", headers=headers)
    assert first.status_code == 202, first.text
    assert (await _stop(client, headers, first.json()["taskId"]))["state"] == "stopped"
    broken = (await client.get(f"/api/v1/databases/{database['id']}", headers=headers)).json()
    assert broken["status"] == "failed" and broken["statusMessage"].startswith("Delete failed")
    refused = await client.post(f"/api/v1/databases/{database['id']}/retry", headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "not_retriable", refused.text
    assert refused.json()["details"]["taskId"] == first.json()["taskId"]

    # Its backups stay unless asked; forgetting them needs the repository they are in.
    await Backup.create(type=BackupType.DATABASE, version="test", target="/nowhere", resource_type="database",
                        resource_id=database["id"], state=BackupState.NORMAL, snapshot_id="0123abcd")
    unconfigured = await client.delete(f"/api/v1/databases/{database['id']}?deleteBackups=true", headers=headers)
    assert unconfigured.status_code == 422 and unconfigured.json()["code"] == "not_configured"
    deleted = await client.delete(f"/api/v1/databases/{database['id']}", headers=headers)
    assert deleted.status_code == 202, deleted.text
    done = await wait_task(client, headers, deleted.json()["taskId"])
    assert done["success"], done
    assert (await client.get(f"/api/v1/databases/{database['id']}", headers=headers)).status_code == 404
    assert await Guest.all().count() == 0 and await IpLease.all().count() == 0
    assert await Backup.filter(resource_id=database["id"]).count() == 1
    containers = (await client.get(f"/api/v1/nodes/{node['id']}/containers", headers=headers)).json()
    assert containers == []


async def test_environments_and_projects_take_their_databases_along(client, pve_sim):
    headers, node, project = await _setup(client, pve_sim)
    base = f"/api/v1/projects/{project['id']}/environments"
    staging = (await client.post(base, headers=headers, json={"name": "staging"})).json()
    answer = await client.post("/api/v1/databases", headers=headers, json={
        "name": "cache", "type": "redis", "version": "7.0", "projectId": project["id"],
        "environmentId": staging["id"], "resources": {"cores": 2, "memoryMb": 256, "diskGb": 4}})
    assert answer.status_code == 202, answer.text
    await _stop(client, headers, answer.json()["taskId"])

    clone = await client.post(f"{base}/{staging['id']}/clone", headers=headers, json={"name": "preview"})
    assert clone.status_code == 201, clone.text
    cloned = (await client.get(f"/api/v1/databases?environmentId={clone.json()['id']}", headers=headers)).json()
    assert [(d["name"], d["type"], d["version"], d["resources"]) for d in cloned["items"]] == [
        ("cache", "redis", "7.0", {"cores": 2, "memoryMb": 256, "diskGb": 4})]
    assert cloned["items"][0]["id"] != answer.json()["id"]
    await _stop(client, headers, cloned["items"][0]["taskId"])

    refused = await client.delete(f"{base}/{staging['id']}", headers=headers)
    assert refused.status_code == 409 and refused.json()["code"] == "not_empty"
    assert (await client.delete(f"{base}/{staging['id']}?force=true", headers=headers)).status_code == 204
    gone = await Database.get(id=answer.json()["id"])
    assert gone.status == "deleting" and gone.environment_id is None
    await wait_task(client, headers, gone.task_id)
    assert not await Database.exists(id=gone.id)

    assert (await client.delete(f"/api/v1/projects/{project['id']}", headers=headers)).status_code == 204
    left = await Database.get(id=cloned["items"][0]["id"])
    assert left.status == "deleting" and left.project_id is None
    await wait_task(client, headers, left.task_id)
    assert await Database.all().count() == 0 and await Guest.all().count() == 0


async def test_a_start_the_engine_refuses_changes_nothing_and_unstarted_ones_fail_at_start_up(client, pve_sim,
                                                                                          monkeypatch):
    headers, node, project = await _setup(client, pve_sim)
    answer = await client.post("/api/v1/databases", headers=headers, json={
        "name": "orders", "type": "redis", "projectId": project["id"]})
    await _stop(client, headers, answer.json()["taskId"])
    database = await Database.get(id=answer.json()["id"])
    assert database.status == "failed"

    async def refused(*args, **kwargs):  # the engine's own busy check, lost to a run that started elsewhere
        raise Conflict("Resource database is busy with task 999", code="busy")

    monkeypatch.setattr(catalogue, "start", refused)
    for path in (f"/api/v1/databases/{database.id}/retry", f"/api/v1/databases/{database.id}"):
        method = "DELETE" if path.endswith(str(database.id)) else "POST"
        assert (await client.request(method, path, headers=headers)).status_code == 409
        await database.refresh_from_db()
        assert database.status == "failed", path  # not provisioning or deleting with no run behind it
    monkeypatch.undo()

    # A service that stopped between recording a change and starting its run: the next start fails the database.
    for status in ("provisioning", "deleting"):
        await Database.filter(id=database.id).update(status=status)
        assert await recovery.fail_unstarted() == 1
        await database.refresh_from_db()
        assert database.status == "failed" and "the service stopped before" in database.status_message.lower()
    busy = await client.post(f"/api/v1/databases/{database.id}/retry", headers=headers)
    assert busy.status_code == 202, busy.text
    await Database.filter(id=database.id).update(status="provisioning")
    assert await recovery.fail_unstarted() == 0  # its run is there
    await _stop(client, headers, busy.json()["taskId"])


async def test_an_environment_clone_is_made_whole_or_not_at_all(client, pve_sim):
    headers, node, project = await _setup(client, pve_sim)
    base = f"/api/v1/projects/{project['id']}/environments"
    source = {"id": str((await Environment.get(project_id=project["id"], is_default=True)).id)}
    made = []
    for name in ("cache", "orders"):
        answer = await client.post("/api/v1/databases", headers=headers, json={
            "name": name, "type": "redis", "projectId": project["id"], "resources": {"memoryMb": 256}})
        assert answer.status_code == 202, answer.text
        made.append(answer.json())
        await _stop(client, headers, answer.json()["taskId"])
    # The second can no longer be made as recorded (say its version left the node's template).
    await Database.filter(id=made[1]["id"]).update(version="5.0")
    before = (await _counts(), await Task.all().count())

    refused = await client.post(f"{base}/{source['id']}/clone", headers=headers, json={"name": "preview"})
    assert refused.status_code == 422 and _field(refused) == "version", refused.text
    assert (await _counts(), await Task.all().count()) == before  # no database, guest, address or run of it
    assert not await Environment.exists(project_id=project["id"], name="preview")

    await Database.filter(id=made[1]["id"]).update(version="")
    clone = await client.post(f"{base}/{source['id']}/clone", headers=headers, json={"name": "preview"})
    assert clone.status_code == 201, clone.text
    copies = (await client.get(f"/api/v1/databases?environmentId={clone.json()['id']}", headers=headers)).json()
    assert sorted(d["name"] for d in copies["items"]) == ["cache", "orders"]
    for copy in copies["items"]:
        await _stop(client, headers, copy["taskId"])
