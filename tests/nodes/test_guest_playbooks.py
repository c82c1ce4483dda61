"""The guest playbooks through the real engine against the PVE simulator: every step twice, the second changing
nothing, and the takeover guard."""

from __future__ import annotations

import httpx
import pytest

from tests.nodes.conftest import SSH_KEY, TEMPLATE, Runner
from tests.pvesim_tests.helpers import create_ct

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


def _guest(api: httpx.Client, vmid: int) -> dict | None:
    found = [g for g in api.get("/cluster/resources", params={"type": "vm"}).json()["data"] if g["vmid"] == vmid]
    return found[0] if found else None


def _create_vars(vmid: int, hostname: str, **extra: object) -> dict[str, object]:
    return {"proxmox_guest_node": "pve", "proxmox_guest_vmid": vmid, "proxmox_guest_hostname": hostname,
            "proxmox_guest_template": TEMPLATE, "proxmox_guest_ip": "10.213.0.20/24",
            "proxmox_guest_gateway": "10.213.0.1", "proxmox_guest_ssh_public_key": SSH_KEY,
            "proxmox_guest_tags": ["containr", "database"], **extra}


async def test_container_life_cycle(run: Runner, pve_api: httpx.Client) -> None:
    target = {"proxmox_guest_node": "pve", "proxmox_guest_vmid": 1000}

    created, _ = await run.twice("guest_create", **_create_vars(1000, "db1", proxmox_guest_cores=2))
    assert created.changed > 0
    assert created.result == {"vmid": 1000, "node": "pve", "ip": "10.213.0.20", "hostname": "db1"}
    config = pve_api.get("/nodes/pve/lxc/1000/config").json()["data"]
    assert (config["hostname"], config["cores"], config["memory"], config["swap"]) == ("db1", 2, 512, 512)
    assert config["tags"] == "containr;database" and config["unprivileged"] == 1 and config["features"] == "nesting=1"
    assert config["net0"].startswith("name=eth0,") and "ip=10.213.0.20/24" in config["net0"]
    assert "gw=10.213.0.1" in config["net0"] and "bridge=vmbr0" in config["net0"]
    assert config["rootfs"].startswith("local-lvm:vm-1000-disk-0") and "size=8G" in config["rootfs"]
    assert _guest(pve_api, 1000)["status"] == "running"

    stopped, _ = await run.twice("guest_power", **target, guest_power_state="stopped")
    assert stopped.changed > 0 and stopped.result == {"vmid": 1000, "status": "stopped"}
    assert _guest(pve_api, 1000)["status"] == "stopped"
    started, _ = await run.twice("guest_power", **target, guest_power_state="started")
    assert started.changed > 0 and started.result == {"vmid": 1000, "status": "running"}
    # A restart is an action, not a state: each run restarts the guest (PVE records a shutdown and a start).
    before = {t["upid"] for t in pve_api.get("/nodes/pve/tasks", params={"vmid": 1000}).json()["data"]}
    restarted = await run("guest_power", **target, guest_power_state="restarted")
    assert restarted.task["success"] and restarted.changed > 0, restarted.log[-4000:]
    assert restarted.result == {"vmid": 1000, "status": "running"}
    after = pve_api.get("/nodes/pve/tasks", params={"vmid": 1000}).json()["data"]
    assert sorted(t["type"] for t in after if t["upid"] not in before) == ["vzshutdown", "vzstart"]

    snap = {**target, "guest_snapshot_name": "before-upgrade", "guest_snapshot_description": "first"}
    taken, _ = await run.twice("guest_snapshot", **snap, guest_snapshot_state="present")
    assert taken.changed > 0 and taken.result == {"vmid": 1000, "snapshot": "before-upgrade", "state": "present"}
    names = {s["name"]: s for s in pve_api.get("/nodes/pve/lxc/1000/snapshot").json()["data"]}
    assert names["before-upgrade"]["description"] == "first"
    rolled = await run("guest_snapshot", **snap, guest_snapshot_state="rollback")
    assert rolled.task["success"] and rolled.changed > 0, rolled.log[-4000:]
    deleted, _ = await run.twice("guest_snapshot", **snap, guest_snapshot_state="absent")
    assert deleted.changed > 0
    assert [s["name"] for s in pve_api.get("/nodes/pve/lxc/1000/snapshot").json()["data"]] == ["current"]
    missing = await run("guest_snapshot", **snap, guest_snapshot_state="rollback")
    assert missing.task["state"] == "failed"
    assert "has no snapshot named 'before-upgrade'" in missing.task["error"]["message"]

    destroyed, again = await run.twice("guest_destroy", **target, proxmox_guest_hostname="db1")
    assert destroyed.changed > 0 and destroyed.result == {"vmid": 1000, "destroyed": True}
    assert again.result == {"vmid": 1000, "destroyed": False}
    assert _guest(pve_api, 1000) is None


async def test_vm_create_power_and_destroy(run: Runner, pve_api: httpx.Client) -> None:
    created, _ = await run.twice("guest_create", **_create_vars(
        1100, "vm1", proxmox_guest_kind="qemu", proxmox_guest_memory_mb=1024, proxmox_guest_disk_gb=10))
    assert created.result == {"vmid": 1100, "node": "pve", "ip": "10.213.0.20", "hostname": "vm1"}
    config = pve_api.get("/nodes/pve/qemu/1100/config").json()["data"]
    assert (config["name"], config["memory"], config["cores"]) == ("vm1", 1024, 1)
    assert config["scsi0"].startswith("local-lvm:vm-1100-disk-") and "size=10G" in config["scsi0"]
    assert config["ipconfig0"] == "ip=10.213.0.20/24,gw=10.213.0.1" and "bridge=vmbr0" in config["net0"]
    assert _guest(pve_api, 1100)["status"] == "running"

    stopped = await run("guest_power", proxmox_guest_node="pve", proxmox_guest_vmid=1100, guest_power_state="stopped")
    assert stopped.changed > 0 and stopped.result == {"vmid": 1100, "status": "stopped"}
    assert _guest(pve_api, 1100)["status"] == "stopped"
    # Destroying a running VM stops it first.
    started = await run("guest_power", proxmox_guest_node="pve", proxmox_guest_vmid=1100, guest_power_state="started")
    assert started.result == {"vmid": 1100, "status": "running"}
    assert _guest(pve_api, 1100)["status"] == "running"
    destroyed, _ = await run.twice("guest_destroy", proxmox_guest_node="pve", proxmox_guest_vmid=1100,
                                   proxmox_guest_hostname="vm1")
    assert destroyed.result == {"vmid": 1100, "destroyed": True}
    assert _guest(pve_api, 1100) is None


async def test_dhcp_guest_reports_no_address_it_was_not_given(run: Runner, pve_api: httpx.Client) -> None:
    # The memory backend hands out no leases: the guest runs, and the run says it has no address yet.
    created = await run("guest_create", **_create_vars(1200, "dhcp1", proxmox_guest_ip="dhcp",
                                                      proxmox_guest_dhcp_wait_seconds=2))
    assert created.task["success"], created.log[-4000:]
    assert created.result["ip"] is None
    assert "ip=dhcp" in pve_api.get("/nodes/pve/lxc/1200/config").json()["data"]["net0"]


async def test_a_guest_containr_did_not_make_is_never_taken_over(run: Runner, pve_api: httpx.Client) -> None:
    create_ct(pve_api, 1300, hostname="payroll", rootfs="local-lvm:4")

    taken = await run("guest_create", **_create_vars(1300, "db2"))
    assert taken.task["state"] == "failed"
    assert "vmid 1300 already holds 'payroll'" in taken.task["error"]["message"]
    destroyed = await run("guest_destroy", proxmox_guest_node="pve", proxmox_guest_vmid=1300,
                          proxmox_guest_hostname="db2")
    assert destroyed.task["state"] == "failed"
    assert "never takes over a guest it did not make" in destroyed.task["error"]["message"]
    elsewhere = await run("guest_power", proxmox_guest_node="pve2", proxmox_guest_vmid=1300,
                          guest_power_state="started")
    assert elsewhere.task["state"] == "failed" and "on node pve" in elsewhere.task["error"]["message"]
    guest = _guest(pve_api, 1300)
    assert (guest["name"], guest["status"]) == ("payroll", "stopped")


async def test_bad_input_fails_before_the_api_is_asked(run: Runner, pve_api: httpx.Client) -> None:
    bad = await run("guest_create", **_create_vars(1400, "db3", proxmox_guest_ip="10.0.0.300/24"))
    assert bad.task["state"] == "failed"
    assert "proxmox_guest_ip must be dhcp or an IPv4 address" in bad.task["error"]["message"]
    assert _guest(pve_api, 1400) is None
    tasks = pve_api.get("/nodes/pve/tasks").json()["data"]
    assert not [t for t in tasks if t.get("id") == "1400"]
