"""database_resize on a real Redis guest, through the real engine: less memory reaches the server (restarted with
its smaller maxmemory, its data saved and loaded again) before the guest's limit, a second run changes nothing,
and a Redis whose data would not fit the smaller maxmemory is refused before anything changes. What the shrunk
Redis kept then makes a backup round trip (database_backup, database_restore) on the same guest. The API token,
the password and the backup key never reach a log line or a command line.

PostgreSQL's resize (more memory and disk, a refused shrink, a stopped guest) runs through the API on the guest
of tests/databases/test_databases_api.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.backups.conftest import KEY, restic_repository, store_dump
from tests.databases.conftest import (
    DatabaseRunner,
    argv_watch,
    guest_config,
    memory_limit,
    new_password,
    server_first,
)
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone
REDIS_HOST = 27  # the guest's address number on the bridge, unused by the other database tests
REDIS_VMID = 100 + REDIS_HOST
MIB = 1024**2


def _redis(facts: dict[str, Any], password: str) -> redis.Redis:
    return redis.Redis(host=facts["host"], port=facts["port"], username="shop_app", password=password,
                       socket_timeout=10, decode_responses=True)


async def test_redis_shrinks_after_its_server_never_below_its_data_and_comes_back_from_a_backup(
        database_run: DatabaseRunner, tmp_path: Path) -> None:
    # One guest for both (a Redis guest costs a minute): the resize, then a backup round trip of what it kept.
    password = new_password()
    repository = restic_repository(tmp_path / "restic")
    restic_env = {"RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY}
    with argv_watch(password, database_run.lxc.credentials.token_secret, KEY) as argv:
        created = await database_run("database_create", password=password, **database_run.create_vars(
            REDIS_HOST, "redis", proxmox_guest_memory_mb=1024))
        assert created.task["success"], created.log[-6000:]
        facts = created.result
        client = _redis(facts, password)
        assert client.config_get("maxmemory") == {"maxmemory": str(768 * MIB)}
        client.mset({f"blob:{n}": "x" * MIB for n in range(64)})  # more than 64 MiB of used_memory

        resize = {"database_type": "redis", "database_host": facts["host"],
                  "containr_ssh_private_key_file": str(database_run.key), "proxmox_guest_node": "pve",
                  "proxmox_guest_vmid": REDIS_VMID, "proxmox_guest_memory_mb": 512}
        shrunk = await database_run("database_resize", password=password, **resize)
        assert shrunk.task["success"], shrunk.log[-6000:]
        assert shrunk.result["memoryMb"] == 512
        assert server_first(shrunk.log, "redis : Restart Redis"), shrunk.log[-6000:]
        assert memory_limit(database_run.lxc, REDIS_VMID) == 512 * MIB
        assert client.config_get("maxmemory") == {"maxmemory": str(384 * MIB)}
        assert client.dbsize() == 64  # saved on the way down, loaded again within the old limit

        again = await database_run("database_resize", password=password, **resize)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]

        run_id = client.info("server")["run_id"]
        conf = ssh(database_run.key, facts["host"], "sha256sum /etc/redis/redis.conf")
        refused = await database_run("database_resize", password=password,
                                     **{**resize, "proxmox_guest_memory_mb": 64})
        assert refused.task["state"] == "failed"
        message = refused.task["error"]["message"]
        refusal = re.search(r"Redis uses [0-9.]+ MiB \(used_memory (\d+) bytes\), more than the maxmemory of 48 MiB "
                            r"it would have with 64 MiB of memory: .* Nothing was changed\.", message)
        assert refusal and int(refusal.group(1)) > 64 * MIB, message
        assert guest_config(database_run.lxc, REDIS_VMID)["memory"] == 512
        assert memory_limit(database_run.lxc, REDIS_VMID) == 512 * MIB
        assert ssh(database_run.key, facts["host"], "sha256sum /etc/redis/redis.conf") == conf
        assert client.info("server")["run_id"] == run_id  # never restarted
        assert client.config_get("maxmemory") == {"maxmemory": str(384 * MIB)}
        assert client.dbsize() == 64

        # What it holds goes to a restic repository and comes back over a flushed server; a dump that is not
        # a whole RDB file is refused before the server loses a key.
        client.mset({"order:1": "tea", "order:2": "coffee"})
        access = {"database_type": "redis", "database_name": "0", "database_user": "shop_app",
                  "database_host": facts["host"], "containr_ssh_private_key_file": str(database_run.key)}
        backup = await database_run("database_backup", password=password, env=restic_env, database_id="db-cache",
                                    database_version=facts["version"], **access)
        assert backup.task["success"], backup.log[-6000:]
        snapshot = backup.result["snapshot_id"]
        assert (backup.result["type"], backup.result["version"]) == ("redis", "7.0")

        client.flushall()
        client.set("order:3", "mate")
        broken = await database_run("database_restore", password=password, env=restic_env,
                                    database_restore_snapshot=store_dump(repository, b"REDIS0011 but cut", "redis"),
                                    **access)
        assert broken.task["state"] == "failed", broken.log[-6000:]
        assert "is not a valid RDB file; nothing was changed" in broken.task["error"]["message"]
        assert client.keys("order:*") == ["order:3"]

        restored = await database_run("database_restore", password=password, env=restic_env,
                                      database_restore_snapshot=snapshot, **access)
        assert restored.task["success"], restored.log[-6000:]
        assert restored.result == {"snapshot_id": snapshot, "type": "redis", "database": "0"}
        client = _redis(facts, password)
        assert sorted(client.keys("order:*")) == ["order:1", "order:2"]
        assert client.mget("order:1", "order:2") == ["tea", "coffee"]
        assert client.dbsize() == 66

    assert argv == []
    for log in database_run.logs:
        assert password not in log and database_run.lxc.credentials.token_secret not in log and KEY not in log
