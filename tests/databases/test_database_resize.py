"""database_resize on a real LXC guest, through the real engine: more memory reaches the guest's cgroup and the
server's settings (PostgreSQL restarted with the new shared_buffers), the disk grows, a second run changes
nothing, and a shrink of the disk or a stopped guest is refused before anything changes. The API token never
reaches a log line or a command line."""

from __future__ import annotations

import subprocess
from typing import Any

import httpx
import psycopg
import pytest

from tests.databases.conftest import DatabaseRunner, argv_watch, new_password

pytestmark = [pytest.mark.lxc, pytest.mark.ansible, pytest.mark.slow]
HOST = 26  # the guest's address number on the bridge, unused by the other database tests
VMID = 100 + HOST
MIB = 1024**2


def _setting(facts: dict[str, Any], password: str, name: str) -> str:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        return conn.execute(f"SHOW {name}").fetchone()[0]


def _config(database_run: DatabaseRunner) -> dict[str, Any]:
    lxc = database_run.lxc
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        return api.get(f"/nodes/pve/lxc/{VMID}/config").json()["data"]


def _memory_limit() -> int:
    key = "memory.limit_in_bytes"
    done = subprocess.run(["lxc-cgroup", "-n", f"ctrsim-{VMID}", key], capture_output=True, text=True)
    if done.returncode != 0:  # a cgroup v2 host
        done = subprocess.run(["lxc-cgroup", "-n", f"ctrsim-{VMID}", "memory.max"], capture_output=True, text=True,
                              check=True)
    return int(done.stdout.strip())


async def test_resize_memory_and_disk_then_refuse_a_shrink(database_run: DatabaseRunner) -> None:
    password = new_password()
    secret = database_run.lxc.credentials.token_secret
    created = await database_run("database_create", password=password,
                                 **database_run.create_vars(HOST, "postgresql"))
    assert created.task["success"], created.log[-6000:]
    facts = created.result
    assert _setting(facts, password, "shared_buffers") == "128MB"
    assert _memory_limit() == 512 * MIB

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
        assert _memory_limit() == 1024 * MIB
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
    assert _memory_limit() == 1024 * MIB
    assert _setting(facts, password, "shared_buffers") == "256MB"

    stopped = await database_run("guest_power", password=password, proxmox_guest_node="pve",
                                 proxmox_guest_vmid=VMID, guest_power_state="stopped")
    assert stopped.result == {"vmid": VMID, "status": "stopped"}, stopped.log[-4000:]
    refused = await database_run("database_resize", password=password, **{**resize, "proxmox_guest_memory_mb": 2048})
    assert refused.task["state"] == "failed"
    assert f"Guest {VMID} is stopped: start it first. Nothing was changed." in refused.task["error"]["message"]
    assert _config(database_run)["memory"] == 1024

    assert argv == []
    for log in database_run.logs:
        assert secret not in log and password not in log
