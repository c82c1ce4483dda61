"""Databases end to end through the HTTP API on real LXC guests: create each type, connect with a real client
using /credentials, stop/start/restart, rotate the password, read the server's log, delete (the container and
its address are gone); a create that fails in the guest is retried after the cause is fixed. The create
playbook run again with the task's own vars changes nothing, and no password reaches a log or a command line.
PostgreSQL's guest is also resized through the API (and the resize playbook run by hand again, and refused a
disk shrink and a stopped guest), and backed up, restored and cloned."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from typing import Any

import httpx
import psycopg
import pytest

from service.domains.backup_storage.models import Backup
from service.domains.nodes.models import IpLease
from service.tasks.models import Task
from tests.backups.conftest import KEY, S3_ACCESS, S3_SECRET, configure, restic_snapshots, s3_config
from tests.databases.conftest import DatabaseRunner, argv_watch, guest_config, memory_limit, server_first
from tests.databases.test_database_playbooks import CLIENTS
from tests.factories import node_body, owner_headers, personal_team, wait_task
from tests.harness.lxc import LxcSim
from tests.harness.s3 import S3Server

pytestmark = [pytest.mark.lxc, pytest.mark.ansible, pytest.mark.slow, pytest.mark.prepared_guests]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone

RUN_TIMEOUT = 900


def _pg_drop(facts: dict[str, Any], password: str) -> None:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        conn.execute("DROP TABLE orders")


def _pg_count(facts: dict[str, Any], password: str) -> int:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        return conn.execute("SELECT count(*) FROM orders WHERE item = 'tea'").fetchone()[0]


def _pg_setting(facts: dict[str, Any], password: str, name: str) -> str:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        return conn.execute(f"SHOW {name}").fetchone()[0]


async def _resize(client: httpx.AsyncClient, headers: dict[str, str], database_run: DatabaseRunner,
                  database: dict[str, Any], facts: dict[str, Any], password: str) -> dict[str, Any]:
    """PostgreSQL resized through the API: more cores, memory and disk reach the guest, its cgroup and the
    server's settings; the playbook again with the task's vars changes nothing, and refuses a disk shrink by
    hand; less memory reaches the server before the guest's limit. The vars of the last resize, for a run by
    hand later."""
    lxc, vmid, url = database_run.lxc, database["vmid"], f"/api/v1/databases/{database['id']}"
    assert _pg_setting(facts, password, "shared_buffers") == "128MB"
    assert memory_limit(lxc, vmid) == 512 * MIB
    answer = await client.put(url, headers=headers, json={"resources": {"cores": 2, "memoryMb": 1024, "diskGb": 6}})
    grown = await _done(client, headers, answer)
    assert grown["success"], grown
    assert (await _get(client, headers, database["id"]))["resources"] == {"cores": 2, "memoryMb": 1024, "diskGb": 6}
    config = guest_config(lxc, vmid)
    assert (config["cores"], config["memory"]) == (2, 1024)
    assert config["rootfs"] == f"local-lvm:vm-{vmid}-disk-0,size=6G"
    assert memory_limit(lxc, vmid) == 1024 * MIB
    assert _pg_setting(facts, password, "shared_buffers") == "256MB"
    assert _pg_setting(facts, password, "effective_cache_size") == "768MB"

    recorded = (await Task.get(id=answer.json()["taskId"])).extra_vars
    again = await database_run("database_resize", password=password, **recorded)
    assert again.task["success"] and again.changed == 0, again.log[-6000:]
    assert again.result == {"cores": 2, "memoryMb": 1024, "diskGb": 6}
    shrink = await database_run("database_resize", password=password,
                                **{**recorded, "proxmox_guest_memory_mb": 512, "proxmox_guest_disk_gb": 4})
    assert shrink.task["state"] == "failed"
    assert "cannot shrink to 4 GiB: Proxmox VE only grows disks. Nothing was changed." in \
        shrink.task["error"]["message"]
    config = guest_config(lxc, vmid)
    assert (config["memory"], config["rootfs"]) == (1024, f"local-lvm:vm-{vmid}-disk-0,size=6G")
    assert memory_limit(lxc, vmid) == 1024 * MIB
    assert _pg_setting(facts, password, "shared_buffers") == "256MB"

    answer = await client.put(url, headers=headers, json={"resources": {"memoryMb": 512}})
    smaller = await _done(client, headers, answer)
    assert smaller["success"], smaller
    log = (await client.get(f"/api/v1/tasks/{answer.json()['taskId']}/logs", headers=headers)).text
    assert server_first(log, "postgresql : Restart PostgreSQL"), log[-6000:]
    assert memory_limit(lxc, vmid) == 512 * MIB
    assert _pg_setting(facts, password, "shared_buffers") == "128MB"
    return (await Task.get(id=answer.json()["taskId"])).extra_vars


async def _refused_while_stopped(client: httpx.AsyncClient, headers: dict[str, str], database_run: DatabaseRunner,
                                 database: dict[str, Any], resize_vars: dict[str, Any], password: str) -> None:
    """A stopped database is not resized: the API answers 409, and the playbook run by hand refuses before it
    changes a thing."""
    answer = await client.put(f"/api/v1/databases/{database['id']}", headers=headers,
                              json={"resources": {"memoryMb": 2048}})
    assert answer.status_code == 409 and answer.json()["code"] == "not_running", answer.text
    refused = await database_run("database_resize", password=password,
                                 **{**resize_vars, "proxmox_guest_memory_mb": 2048})
    assert refused.task["state"] == "failed"
    assert f"Guest {database['vmid']} is stopped: start it first. Nothing was changed." in \
        refused.task["error"]["message"]
    assert guest_config(database_run.lxc, database["vmid"])["memory"] == 512


# How each type backed up through the API loses its table, and counts the row that must come back (MariaDB's
# and Redis's backups, restores and clones are proved at the playbook level, tests/backups).
BACKED_UP = {"postgresql": (_pg_drop, _pg_count)}
# The type resized through the API (Redis's shrink below its data is proved at the playbook level,
# tests/databases/test_database_resize.py).
RESIZED = "postgresql"
MIB = 1024**2


def _listed() -> list[str]:
    return subprocess.run(["lxc-ls", "-1"], capture_output=True, text=True, check=True).stdout.split()


async def lxc_node(client: httpx.AsyncClient, headers: dict[str, str], lxc: LxcSim, apt_proxy: str) -> dict[str, Any]:
    network = {"mode": "static", "cidr": str(lxc.env.subnet), "gateway": lxc.env.gateway,
               "rangeStart": str(lxc.env.subnet[100]), "rangeEnd": str(lxc.env.subnet[110])}
    body = node_body(lxc.server.url, lxc.credentials, await personal_team(client, headers), network=network)
    body["defaults"]["aptProxy"] = apt_proxy
    made = await client.post("/api/v1/nodes", headers=headers, json=body)
    assert made.status_code == 202, made.text
    assert (await wait_task(client, headers, made.json()["taskId"]))["success"]
    return made.json()


async def _done(client: httpx.AsyncClient, headers: dict[str, str], answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 202, answer.text
    return await wait_task(client, headers, answer.json()["taskId"], timeout=RUN_TIMEOUT)


async def _get(client: httpx.AsyncClient, headers: dict[str, str], database_id: str) -> dict[str, Any]:
    return (await client.get(f"/api/v1/databases/{database_id}", headers=headers)).json()


async def _first_streamed_line(client: httpx.AsyncClient, headers: dict[str, str], database_id: str) -> str:
    """The first line of the live log stream; leaving the stream ends its SSH reader."""
    async with client.stream("GET", f"/api/v1/databases/{database_id}/logstream?lines=5", headers=headers) as answer:
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/event-stream")
        async for line in answer.aiter_lines():
            if line.startswith("data: "):
                return line.removeprefix("data: ")
    return ""


async def _backup_restore_and_clone(client: httpx.AsyncClient, headers: dict[str, str], database: dict[str, Any],
                                    facts: dict[str, Any], password: str, s3: S3Server, bucket: str,
                                    seen: list[str]) -> None:
    """A full backup to a real S3-compatible server takes the database along (the box backup's dependsOn), a
    dropped table comes back with a restore, and a clone from the same backup is a new database with the rows."""
    drop, count = BACKED_UP[database["type"]]
    await configure(client, headers, s3_config(s3, bucket))
    seen += [KEY, S3_SECRET]
    full = await client.post("/api/v1/backups/create", headers=headers)
    assert (await wait_task(client, headers, full.json()["taskId"], timeout=RUN_TIMEOUT))["success"]
    box = (await client.get("/api/v1/backups", headers=headers)).json()["backups"][0]
    listed = (await client.get(f"/api/v1/databases/{database['id']}/backups", headers=headers)).json()
    assert listed["total"] == 1 and box["dependsOn"] == [listed["items"][0]["id"]], (box, listed)
    backup = listed["items"][0]
    assert backup["state"] == "normal" and backup["snapshotId"] and backup["size"] > 0

    drop(facts, password)
    restored = await _done(client, headers, await client.post(
        f"/api/v1/databases/{database['id']}/restore", headers=headers, json={"backupId": backup["id"]}))
    assert restored["success"], restored
    assert count(facts, password) == 1

    answer = await client.post(f"/api/v1/databases/{database['id']}/clone", headers=headers,
                               json={"backupId": backup["id"], "name": "orders-copy"})
    clone = answer.json()
    assert (await _done(client, headers, answer))["success"]
    copy = (await client.get(f"/api/v1/databases/{clone['id']}/credentials", headers=headers)).json()
    seen.append(copy["password"])
    assert copy["host"] != facts["host"] and copy["database"] != facts["database"]
    assert count({k: copy[k] for k in ("host", "port", "database", "user")}, copy["password"]) == 1
    gone = await _done(client, headers, await client.delete(f"/api/v1/databases/{clone['id']}", headers=headers))
    assert gone["success"], gone


# PostgreSQL's case is the longest (resize, backup, restore, clone): MariaDB's and Redis's run in the other lane
# (tests/harness/lxc.py).
@pytest.mark.parametrize("database_type", ["postgresql", pytest.param("mysql", marks=pytest.mark.lxc(lane=1)),
                                           pytest.param("redis", marks=pytest.mark.lxc(lane=1))])
async def test_a_database_through_the_api(client: httpx.AsyncClient, database_run: DatabaseRunner,
                                          lxc_sim: LxcSim, database_type: str, s3_server: S3Server) -> None:
    use, refused, port, version = CLIENTS[database_type]
    bucket = f"containr-db-{uuid.uuid4().hex[:12]}"  # the S3 server lives for the whole session
    headers = await owner_headers(client)
    database_run.runner.headers = headers
    # Redis first meets a node whose apt proxy is closed: its create fails in the guest and is retried.
    broken = database_type == "redis"
    closed_proxy = f"http://{lxc_sim.env.gateway}:9"  # nothing listens there: apt in the guest cannot fetch a thing
    node = await lxc_node(client, headers, lxc_sim, closed_proxy if broken else lxc_sim.env.apt_proxy)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    seen: list[str] = []
    with argv_watch(watched=seen) as argv:
        answer = await client.post("/api/v1/databases", headers=headers, json={
            "name": "orders", "type": database_type, "projectId": project["id"],
            "resources": {"memoryMb": 512, "diskGb": 4}})
        database = answer.json()
        # The password exists from the start (the run makes the server with it): watched from here on.
        seen.append((await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=headers)
                     ).json()["password"])
        task = await _done(client, headers, answer)
        if broken:
            assert task["state"] == "failed"
            failed = await _get(client, headers, database["id"])
            assert failed["status"] == "failed" and "apt" in failed["statusMessage"].lower(), failed
            fixed = {**node_body(lxc_sim.server.url, lxc_sim.credentials, node["teamId"])["defaults"],
                     **{k: v for k, v in node["defaults"].items() if k in ("network", "vmidStart")},
                     "aptProxy": lxc_sim.env.apt_proxy}
            changed = await client.put(f"/api/v1/nodes/{node['id']}", headers=headers, json={"defaults": fixed})
            assert changed.status_code == 200, changed.text
            await wait_task(client, headers, changed.json()["taskId"])
            task = await _done(client, headers, await client.post(f"/api/v1/databases/{database['id']}/retry",
                                                                  headers=headers))
        assert task["success"], task
        running = await _get(client, headers, database["id"])
        assert running["status"] == "running" and running["version"] == version and running["port"] == port
        assert running["host"] == database["host"] and running["vmid"] == database["vmid"]
        credentials = (await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=headers)).json()
        password = credentials["password"]
        facts = {"host": credentials["host"], "port": credentials["port"], "database": credentials["database"],
                 "user": credentials["user"]}
        assert use(facts, password) == "tea"

        # The create playbook again, with the vars the task recorded: nothing changes.
        recorded = await Task.get(id=running["taskId"])
        again = await database_run("database_create", password=password, **recorded.extra_vars)
        assert again.task["success"] and again.changed == 0, again.log[-4000:]
        resized = database_type == RESIZED
        if resized:
            resize_vars = await _resize(client, headers, database_run, database, facts, password)

        for action, status in (("stop", "stopped"), ("start", "running"), ("restart", "running")):
            done = await _done(client, headers, await client.post(f"/api/v1/databases/{database['id']}/{action}",
                                                                  headers=headers))
            assert done["success"], done
            assert (await _get(client, headers, database["id"]))["status"] == status
            if status == "stopped":
                with pytest.raises(Exception):  # noqa: B017 - each client library has its own refusal
                    use(facts, password)
                if resized:
                    await _refused_while_stopped(client, headers, database_run, database, resize_vars, password)
        assert use(facts, password) == "tea"  # the data survived the stop

        rotated = await _done(client, headers, await client.post(
            f"/api/v1/databases/{database['id']}/rotate-password", headers=headers))
        assert rotated["success"], rotated
        new = (await client.get(f"/api/v1/databases/{database['id']}/credentials", headers=headers)).json()
        assert new["password"] != password
        with pytest.raises(refused):
            use(facts, password)
        assert use(facts, new["password"]) == "tea"
        seen.append(new["password"])

        logs = await client.get(f"/api/v1/databases/{database['id']}/logs?lines=20", headers=headers)
        assert logs.status_code == 200 and logs.json()["lines"], logs.text
        assert await asyncio.wait_for(_first_streamed_line(client, headers, database["id"]), timeout=60)

        if database_type in BACKED_UP:
            await _backup_restore_and_clone(client, headers, database, facts, new["password"], s3_server, bucket, seen)

        forget = "?deleteBackups=true" if database_type in BACKED_UP else ""
        deleted = await _done(client, headers, await client.delete(f"/api/v1/databases/{database['id']}{forget}",
                                                                   headers=headers))
        assert deleted["success"], deleted
        if forget:  # its backups are gone from the repository and the records
            assert restic_snapshots(f"s3:{s3_server.endpoint}/{bucket}/containr/box", tag=f"db:{database['id']}",
                                    env={"AWS_ACCESS_KEY_ID": S3_ACCESS, "AWS_SECRET_ACCESS_KEY": S3_SECRET}) == []
            assert not await Backup.filter(resource_id=database["id"]).exists()
    assert (await client.get(f"/api/v1/databases/{database['id']}", headers=headers)).status_code == 404
    assert lxc_sim.container(database["vmid"]) not in _listed()
    assert not await IpLease.filter(address=database["host"]).exists()
    assert argv == []
    for task_row in await Task.all():
        log = (await client.get(f"/api/v1/tasks/{task_row.id}/logs", headers=headers)).text
        for secret in seen:
            assert secret not in log and secret not in str(task_row.extra_vars) and secret not in str(task_row.result)
