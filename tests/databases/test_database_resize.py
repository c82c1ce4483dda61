"""database_resize on a real LXC guest, through the real engine: more memory reaches the guest's cgroup and the
server's settings (PostgreSQL restarted with the new shared_buffers), the disk grows, a second run changes
nothing, and a shrink of the disk or a stopped guest is refused before anything changes. Less memory reaches the
server (restarted with its smaller settings) before the guest's limit, and a Redis whose data would not fit its
smaller maxmemory is refused before anything changes. The API token and the password never reach a log line or a
command line."""

from __future__ import annotations

import re
import subprocess
from typing import Any

import httpx
import psycopg
import pytest
import redis

from tests.databases.conftest import DatabaseRunner, argv_watch, new_password
from tests.guests.conftest import Run
from tests.harness.lxc import ssh

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.ansible, pytest.mark.slow]
HOST = 26  # the guest's address number on the bridge, unused by the other database tests
VMID = 100 + HOST
REDIS_HOST = 27
REDIS_VMID = 100 + REDIS_HOST
MIB = 1024**2


def _setting(facts: dict[str, Any], password: str, name: str) -> str:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        return conn.execute(f"SHOW {name}").fetchone()[0]


def _config(database_run: DatabaseRunner, vmid: int = VMID) -> dict[str, Any]:
    lxc = database_run.lxc
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        return api.get(f"/nodes/pve/lxc/{vmid}/config").json()["data"]


def _memory_limit(database_run: DatabaseRunner, vmid: int = VMID) -> int:
    name = database_run.lxc.container(vmid)
    key = "memory.limit_in_bytes"
    done = subprocess.run(["lxc-cgroup", "-n", name, key], capture_output=True, text=True)
    if done.returncode != 0:  # a cgroup v2 host
        done = subprocess.run(["lxc-cgroup", "-n", name, "memory.max"], capture_output=True, text=True,
                              check=True)
    return int(done.stdout.strip())


def _server_first(run: Run, handler: str) -> bool:
    """The server restarted (its handler ran) before the play that sets the guest's limit began."""
    log = run.log
    return log.index(f"RUNNING HANDLER [{handler}]") < log.index("PLAY [Resize the guest]") \
        < log.rindex("TASK [proxmox_guest : Set the container's cores and memory]")


def _redis(facts: dict[str, Any], password: str) -> redis.Redis:
    return redis.Redis(host=facts["host"], port=facts["port"], username="shop_app", password=password,
                       socket_timeout=10, decode_responses=True)


async def test_resize_memory_and_disk_then_refuse_a_shrink(database_run: DatabaseRunner) -> None:
    password = new_password()
    secret = database_run.lxc.credentials.token_secret
    created = await database_run("database_create", password=password,
                                 **database_run.create_vars(HOST, "postgresql"))
    assert created.task["success"], created.log[-6000:]
    facts = created.result
    assert _setting(facts, password, "shared_buffers") == "128MB"
    assert _memory_limit(database_run) == 512 * MIB

    resize = {"database_type": "postgresql", "database_host": facts["host"],
              "containr_ssh_private_key_file": str(database_run.key), "proxmox_guest_node": "pve",
              "proxmox_guest_vmid": VMID, "proxmox_guest_cores": 2, "proxmox_guest_memory_mb": 1024,
              "proxmox_guest_disk_gb": 10}
    with argv_watch(secret) as argv:
        grown = await database_run("database_resize", password=password, **resize)
        assert grown.task["success"], grown.log[-6000:]
        assert grown.result == {"cores": 2, "memoryMb": 1024, "diskGb": 10}
        config = _config(database_run)
        assert (config["cores"], config["memory"]) == (2, 1024)
        assert config["rootfs"] == f"local-lvm:vm-{VMID}-disk-0,size=10G"
        assert _memory_limit(database_run) == 1024 * MIB
        assert _setting(facts, password, "shared_buffers") == "256MB"
        assert _setting(facts, password, "effective_cache_size") == "768MB"

        again = await database_run("database_resize", password=password, **resize)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]
        assert again.result == grown.result

        shrink = await database_run("database_resize", password=password,
                                    **{**resize, "proxmox_guest_memory_mb": 512, "proxmox_guest_disk_gb": 8})
    assert shrink.task["state"] == "failed"
    message = shrink.task["error"]["message"]
    assert "cannot shrink to 8 GiB: Proxmox VE only grows disks. Nothing was changed." in message
    config = _config(database_run)
    assert (config["memory"], config["rootfs"]) == (1024, f"local-lvm:vm-{VMID}-disk-0,size=10G")
    assert _memory_limit(database_run) == 1024 * MIB
    assert _setting(facts, password, "shared_buffers") == "256MB"

    smaller = await database_run("database_resize", password=password, **{**resize, "proxmox_guest_memory_mb": 512})
    assert smaller.task["success"], smaller.log[-6000:]
    assert smaller.result["memoryMb"] == 512
    assert _server_first(smaller, "postgresql : Restart PostgreSQL"), smaller.log[-6000:]
    assert _memory_limit(database_run) == 512 * MIB
    assert _setting(facts, password, "shared_buffers") == "128MB"

    stopped = await database_run("guest_power", password=password, proxmox_guest_node="pve",
                                 proxmox_guest_vmid=VMID, guest_power_state="stopped")
    assert stopped.result == {"vmid": VMID, "status": "stopped"}, stopped.log[-4000:]
    refused = await database_run("database_resize", password=password, **{**resize, "proxmox_guest_memory_mb": 2048})
    assert refused.task["state"] == "failed"
    assert f"Guest {VMID} is stopped: start it first. Nothing was changed." in refused.task["error"]["message"]
    assert _config(database_run)["memory"] == 512

    assert argv == []
    for log in database_run.logs:
        assert secret not in log and password not in log


async def test_redis_shrinks_after_its_server_and_never_below_its_data(database_run: DatabaseRunner) -> None:
    password = new_password()
    with argv_watch(password, database_run.lxc.credentials.token_secret) as argv:
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
        assert _server_first(shrunk, "redis : Restart Redis"), shrunk.log[-6000:]
        assert _memory_limit(database_run, REDIS_VMID) == 512 * MIB
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
    refusal = re.search(r"Redis uses [0-9.]+ MiB \(used_memory (\d+) bytes\), more than the maxmemory of 48 MiB it "
                        r"would have with 64 MiB of memory: .* Nothing was changed\.", message)
    assert refusal and int(refusal.group(1)) > 64 * MIB, message
    assert _config(database_run, REDIS_VMID)["memory"] == 512
    assert _memory_limit(database_run, REDIS_VMID) == 512 * MIB
    assert ssh(database_run.key, facts["host"], "sha256sum /etc/redis/redis.conf") == conf
    assert client.info("server")["run_id"] == run_id  # never restarted
    assert client.config_get("maxmemory") == {"maxmemory": str(384 * MIB)}
    assert client.dbsize() == 64

    assert argv == []
    for log in database_run.logs:
        assert password not in log and database_run.lxc.credentials.token_secret not in log
