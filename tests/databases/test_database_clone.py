"""A PostgreSQL clone through the API on real LXC guests, beside the create and a restore of its source on the same
node: the clone holds the snapshot's rows under its own name and user, and its create playbook run again with the
clone's own vars changes nothing. The restore streams the dump into pg_restore, and refuses a snapshot that holds
no PostgreSQL dump or one cut short, leaving the data as it was. Each run's plays and longest tasks are printed
(`pytest -s`), so that where a clone's time goes can be read against a create's and a restore's."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from service.tasks.models import Task
from tests.backups.conftest import KEY, configure, filesystem_config, restic, store_dump
from tests.databases.conftest import DatabaseRunner, new_password
from tests.databases.test_databases_api import _done, _listed, lxc_node
from tests.factories import owner_headers
from tests.harness.lxc import LxcSim

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.ansible, pytest.mark.slow, pytest.mark.prepared_guests]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone

_TASK = re.compile(r"^(\S+) (?:TASK|RUNNING HANDLER) \[(.*)\]")
_PLAY = re.compile(r"^(\S+) PLAY \[(.*)\]")
_STAMP = re.compile(r"^(\S+) ")


def _seconds(stamp: str) -> float:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()


def breakdown(log: str) -> tuple[float, list[tuple[float, str]]]:
    """The run's length by its log's timestamps, and each Ansible task's time (until the next one began)."""
    lines = [line for line in log.splitlines() if _STAMP.match(line)]
    first, last = _seconds(lines[0].split(" ", 1)[0]), _seconds(lines[-1].split(" ", 1)[0])
    starts = [(_seconds(found[1]), found[2]) for line in lines if (found := _TASK.match(line))]
    spans = [(end[0] - start[0], start[1]) for start, end in zip(starts, [*starts[1:], (last, "")], strict=True)]
    return last - first, sorted(spans, reverse=True)


def plays(log: str) -> list[tuple[float, str]]:
    """Each play's time, in the order they ran."""
    lines = [line for line in log.splitlines() if _STAMP.match(line)]
    last = _seconds(lines[-1].split(" ", 1)[0])
    starts = [(_seconds(found[1]), found[2]) for line in lines if (found := _PLAY.match(line))]
    return [(end[0] - start[0], start[1]) for start, end in zip(starts, [*starts[1:], (last, "")], strict=True)]


def _report(name: str, log: str, top: int = 12) -> float:
    total, spans = breakdown(log)
    print(f"\n{name}: {total:.1f} s")
    for seconds, play in plays(log):
        print(f"  play {seconds:6.1f}  {play}")
    for seconds, task in spans[:top]:
        print(f"  {seconds:6.1f}  {task}")
    return total


def outcomes(log: str, task: str) -> list[str]:
    """What each run of an Ansible task named so reported: `ok`, `changed`, `skipping`, `failed`..."""
    found, inside = [], False
    for line in log.splitlines():
        text = line.split(" ", 1)[1] if _STAMP.match(line) else line
        if text.startswith(("TASK [", "PLAY [", "RUNNING HANDLER [")):
            inside = text.startswith("TASK [") and f"{task}]" in text
        elif inside and (word := re.match(r"^(ok|changed|skipping|failed|fatal):", text)):
            found.append(word[1])
    return found


def _pg(facts: dict[str, Any], password: str) -> psycopg.Connection:
    return psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                           password=password, connect_timeout=10, autocommit=True)


async def _log(client: httpx.AsyncClient, headers: dict[str, str], task_id: int) -> str:
    return (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text


def _items(facts: dict[str, Any], password: str) -> list[str]:
    with _pg(facts, password) as conn:
        return [row[0] for row in conn.execute("SELECT item FROM orders ORDER BY id")]


async def test_a_clone_is_a_create_and_a_streamed_restore(client: httpx.AsyncClient, database_run: DatabaseRunner,
                                                          lxc_sim: LxcSim, tmp_path: Path) -> None:
    headers = await owner_headers(client)
    database_run.runner.headers = headers
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    answer = await client.post("/api/v1/databases", headers=headers, json={
        "name": "orders", "type": "postgresql", "projectId": project["id"], "resources": {"memoryMb": 512}})
    source = answer.json()
    created = await _done(client, headers, answer)
    assert created["success"], created
    credentials = (await client.get(f"/api/v1/databases/{source['id']}/credentials", headers=headers)).json()
    with _pg(credentials, credentials["password"]) as conn:
        conn.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text NOT NULL)")
        conn.execute("INSERT INTO orders (item) VALUES ('tea'), ('coffee')")

    folder = tmp_path / "backups"
    await configure(client, headers, filesystem_config(folder))
    backed_up = await _done(client, headers, await client.post(f"/api/v1/databases/{source['id']}/backup",
                                                               headers=headers))
    assert backed_up["success"], backed_up
    [backup] = (await client.get(f"/api/v1/databases/{source['id']}/backups", headers=headers)).json()["items"]
    with _pg(credentials, credentials["password"]) as conn:  # after the snapshot: the clone must not see it
        conn.execute("INSERT INTO orders (item) VALUES ('mate')")

    answer = await client.post(f"/api/v1/databases/{source['id']}/clone", headers=headers,
                               json={"backupId": backup["id"], "name": "orders-copy"})
    clone = answer.json()
    cloned = await _done(client, headers, answer)
    assert cloned["success"], cloned
    copy = (await client.get(f"/api/v1/databases/{clone['id']}/credentials", headers=headers)).json()
    assert (copy["database"], copy["user"]) == ("orders_copy", "orders_copy_app")
    assert copy["host"] != credentials["host"] and copy["password"] != credentials["password"]
    assert _items(copy, copy["password"]) == ["tea", "coffee"]
    with _pg(copy, copy["password"]) as conn:
        assert conn.execute("SELECT tableowner FROM pg_tables WHERE tablename = 'orders'").fetchone()[0] == \
            "orders_copy_app"

    # The clone's guest is a database like any other: its create run again with the clone's vars is a no-op.
    recorded = (await Task.get(id=clone["taskId"])).extra_vars
    again = await database_run("database_create", password=copy["password"], **recorded)
    assert again.task["success"] and again.changed == 0, again.log[-4000:]

    # The reference: the same snapshot restored into the source (its row written after the backup goes).
    restored = await _done(client, headers, await client.post(
        f"/api/v1/databases/{source['id']}/restore", headers=headers, json={"backupId": backup["id"]}))
    assert restored["success"], restored
    assert _items(credentials, credentials["password"]) == ["tea", "coffee"]

    # What streams into pg_restore and is not a whole dump changes nothing: a snapshot of something else, and
    # the dump cut short.
    repository = folder  # the filesystem target is the restic repository itself
    whole = restic(repository, "dump", backup["snapshotId"], "/orders.pgdump")
    by_hand = (await Task.get(id=restored["id"])).extra_vars  # the service's own key reaches the guest
    for data, needle in ((b"SELECT 1;\n", "does not hold a postgresql dump (its file starts with 'SELECT 1;.')"),
                         (whole[:-10], "pg_restore failed, the database was left as it was: pg_restore: error:")):
        snapshot = store_dump(repository, data, "postgresql")
        refused = await database_run("database_restore", password=credentials["password"],
                                     env={"RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY},
                                     **{**by_hand, "database_restore_snapshot": snapshot})
        assert refused.task["state"] == "failed" and needle in refused.task["error"]["message"], refused.log[-4000:]
        assert _items(credentials, credentials["password"]) == ["tea", "coffee"]

    # A clone whose snapshot cannot fill it is refused before its guest is made.
    foreign = store_dump(repository, b"-- MariaDB dump\n", "mysql")
    unmade = await database_run("database_clone", password=new_password(),
                                env={"RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY},
                                database_restore_snapshot=foreign, **database_run.create_vars(30, "postgresql"))
    assert unmade.task["state"] == "failed", unmade.log[-4000:]
    assert "holds a mysql dump, not a postgresql one" in unmade.task["error"]["message"]
    assert "proxmox_guest : Create the container" not in unmade.log
    assert lxc_sim.container(130) not in _listed()

    # A clone is a create and a restore, nothing more: its restore part neither checks the snapshot again nor
    # waits for the guest a second time.
    clone_log = await _log(client, headers, clone["taskId"])
    for name, log in (("create", await _log(client, headers, source["taskId"])),
                      ("backup", await _log(client, headers, backed_up["id"])),
                      ("restore", await _log(client, headers, restored["id"])), ("clone", clone_log)):
        _report(name, log)
    for task in ("Check the snapshot holds a dump of this type", "Wait for the guest to answer over SSH"):
        # From database_restore.yml's own first play on: the snapshot was checked before the guest was made.
        restore_part = clone_log[clone_log.rindex("PLAY [Check the snapshot]"):]
        assert outcomes(restore_part, task) == ["skipping"], task
