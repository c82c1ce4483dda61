"""guest_update on a real PostgreSQL guest (the simulator's lxc backend), through the real engine: the apps mode
upgrades only the server's packages, the box mode every package, a second run changes nothing, a guest whose
server no longer answers after the upgrade or that stops answering over SSH during it is rolled back to the
snapshot taken before it, and a guest that still has a snapshot of an earlier update is refused.

What there is to upgrade comes from a local apt repository in the guest, published by `_publish`: a small
package (containr-probe) in versions the test chooses, one of them taking the guest's network down when it is
installed, and the guest's own postgresql-15 rebuilt under a higher version (same files), a minor update of the
server as Debian would ship it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from tests.conftest import Server
from tests.databases.conftest import DatabaseRunner, new_password
from tests.harness.lxc import LxcSim, ssh
from tests.nodes.conftest import Run, Runner, pve_env
from tests.pvesim_tests.helpers import create_ct, wait_task

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone

HOST = 41
VMID = 100 + HOST
NAME = f"postgresql-{HOST}"

# Run in the guest: builds containr-probe in the versions given as arguments (the first one is also installed
# with dpkg when the package is absent; with --cut-network their postinst takes every link but lo down, as an
# upgrade that breaks the network would), rebuilds postgresql-15 under version +probe1 with --server, and indexes
# the repository for apt (flat, trusted: no signature).
_PUBLISH = r'''
import hashlib, pathlib, subprocess, sys
repo = pathlib.Path("/srv/probe-repo")
repo.mkdir(parents=True, exist_ok=True)
work = pathlib.Path("/tmp/probe-build")
args = sys.argv[1:]
server = "--server" in args
cut_network = "--cut-network" in args
versions = [a for a in args if not a.startswith("--")]
def run(*argv, cwd=None):
    return subprocess.run(argv, check=True, capture_output=True, text=True, cwd=cwd).stdout
for version in versions:
    root = work / version
    (root / "DEBIAN").mkdir(parents=True, exist_ok=True)
    (root / "DEBIAN" / "control").write_text(
        f"Package: containr-probe\nVersion: {version}\nArchitecture: all\n"
        "Maintainer: Containr tests <tests@containr.invalid>\nDescription: what the update tests upgrade\n")
    (root / "usr/share/containr-probe").mkdir(parents=True, exist_ok=True)
    (root / "usr/share/containr-probe/version").write_text(version + "\n")
    if cut_network:
        postinst = root / "DEBIAN" / "postinst"
        postinst.write_text('#!/bin/sh\nset -e\n[ "$1" = configure ] || exit 0\n'
                            'for link in $(ls /sys/class/net); do\n'
                            '    [ "$link" = lo ] || ip link set "$link" down\ndone\n')
        postinst.chmod(0o755)
    run("dpkg-deb", "--root-owner-group", "-Zgzip", "-b", str(root), str(repo / f"containr-probe_{version}_all.deb"))
installed = subprocess.run(["dpkg-query", "-W", "containr-probe"], capture_output=True).returncode == 0
if versions and not installed:
    run("dpkg", "-i", str(repo / f"containr-probe_{versions[0]}_all.deb"))
    (repo / f"containr-probe_{versions[0]}_all.deb").unlink()
if server:
    run("apt-get", "download", "postgresql-15", cwd="/tmp")
    deb = next(pathlib.Path("/tmp").glob("postgresql-15_*.deb"))
    unpacked = work / "postgresql-15"
    run("dpkg-deb", "-R", str(deb), str(unpacked))
    control = unpacked / "DEBIAN" / "control"
    control.write_text("".join(line + "+probe1\n" if line.startswith("Version:") else line + "\n"
                               for line in control.read_text().splitlines()))
    run("dpkg-deb", "-Zgzip", "-z1", "-b", str(unpacked), str(repo / "postgresql-15_probe1.deb"))
    deb.unlink()
entries = []
for deb in sorted(repo.glob("*.deb")):
    data = deb.read_bytes()
    entries.append(run("dpkg-deb", "-f", str(deb)).rstrip("\n") + f"\nFilename: ./{deb.name}\nSize: {len(data)}\n"
                   f"SHA256: {hashlib.sha256(data).hexdigest()}\n")
packages = "\n".join(entries).encode()
(repo / "Packages").write_bytes(packages)
(repo / "Release").write_text(f"Origin: containr-tests\nSHA256:\n {hashlib.sha256(packages).hexdigest()} "
                              f"{len(packages)} Packages\n")
pathlib.Path("/etc/apt/sources.list.d/probe.list").write_text("deb [trusted=yes] file:/srv/probe-repo ./\n")
'''


@pytest.fixture
def update_run(server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path) -> DatabaseRunner:
    """The database playbooks' runner (a password in the environment, a long timeout), for the database guest
    and for guest_update."""
    return DatabaseRunner(Runner(server, client, pve_env(lxc_sim.server, lxc_sim.credentials)), lxc_sim, ssh_key)


def _publish(lxc: LxcSim, key: Path, ip: str, *args: str) -> None:
    ssh(key, ip, f"python3 - {' '.join(args)} <<'EOF'\n{_PUBLISH}\nEOF", timeout=300)


def _version(key: Path, ip: str, package: str) -> str:
    return ssh(key, ip, f"dpkg-query -W -f '${{Version}}' {package}", attempts=20).strip()


def _snapshots(lxc: LxcSim) -> list[str]:
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        return sorted(s["name"] for s in api.get(f"/nodes/pve/lxc/{VMID}/snapshot").json()["data"])


def _leave_snapshot(lxc: LxcSim, name: str) -> None:
    """A snapshot of the guest as a run whose rollback failed leaves it behind."""
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        response = api.post(f"/nodes/pve/lxc/{VMID}/snapshot", data={"snapname": name})
        assert response.status_code == 200, response.text
        assert wait_task(api, "pve", response.json()["data"], attempts=3000)["exitstatus"] == "OK"


def _status(lxc: LxcSim) -> str:
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        return api.get(f"/nodes/pve/lxc/{VMID}/status/current").json()["data"]["status"]


def _orders(facts: dict[str, Any], password: str) -> str:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, item text)")
        conn.execute("INSERT INTO orders VALUES (1, 'tea') ON CONFLICT (id) DO NOTHING")
        return conn.execute("SELECT item FROM orders WHERE id = 1").fetchone()[0]


def _only_guest(run: Run) -> dict[str, Any]:
    guests = run.result["guests"]
    assert [g["hostname"] for g in guests] == [NAME], run.log[-4000:]
    return guests[0]


@pytest.mark.lxc(lane=1)
async def test_apps_and_box_updates_then_a_failed_check_or_a_lost_guest_rolls_back(
        update_run: DatabaseRunner) -> None:
    lxc, key, password = update_run.lxc, update_run.key, new_password()
    created = await update_run("database_create", password=password,
                                 **update_run.create_vars(HOST, "postgresql"))
    assert created.task["success"], created.log[-6000:]
    facts = created.result
    ip = facts["ip"]
    assert _orders(facts, password) == "tea"
    _publish(lxc, key, ip, "1.0", "1.1", "--server")
    server_before = _version(key, ip, "postgresql-15")

    update = {"guest_update_guests": [{"hostname": NAME, "vmid": VMID, "node": "pve", "ip": ip, "type": "postgresql"}],
              "containr_ssh_private_key_file": str(key), "guest_base_apt_proxy": lxc.env.apt_proxy}

    # apps: the server's packages move to the rebuilt minor version; the probe, an OS package, stays.
    apps = await update_run("guest_update", password=password, guest_update_mode="apps", **update)
    assert apps.task["success"], apps.log[-6000:]
    guest = _only_guest(apps)
    assert guest["status"] == "updated" and guest["rolledBack"] is False and guest["vmid"] == VMID
    assert "postgresql-15" in guest["updated"] and "containr-probe" not in guest["updated"]
    assert _version(key, ip, "postgresql-15") == server_before + "+probe1"
    assert _version(key, ip, "containr-probe") == "1.0"
    assert _orders(facts, password) == "tea"
    assert _snapshots(lxc) == ["current"]

    # box: every package with an upgrade, the probe among them.
    box = await update_run("guest_update", password=password, guest_update_mode="box", **update)
    assert box.task["success"], box.log[-6000:]
    assert "containr-probe" in _only_guest(box)["updated"] and _only_guest(box)["status"] == "updated"
    assert ssh(key, ip, "cat /usr/share/containr-probe/version").strip() == "1.1"
    assert _orders(facts, password) == "tea"
    assert _snapshots(lxc) == ["current"]
    # A second run finds nothing to upgrade and changes nothing.
    again = await update_run("guest_update", password=password, guest_update_mode="box", **update)
    assert again.task["success"] and again.changed == 0, again.log[-6000:]
    assert _only_guest(again)["status"] == "up_to_date" and _only_guest(again)["updated"] == []

    # A server that does not come back fails the check: the upgrade to 1.2 is undone with the rollback.
    _publish(lxc, key, ip, "1.2")
    ssh(key, ip, "systemctl stop postgresql@15-main && systemctl mask postgresql@15-main")
    failed = await update_run("guest_update", password=password, guest_update_mode="box",
                                guest_update_check_retries=2, guest_update_check_delay=1, **update)
    assert failed.task["state"] == "failed", failed.log[-6000:]
    message = failed.task["error"]["message"]
    assert f"{NAME} (vmid {VMID}): the box update failed, PostgreSQL does not accept connections" in message
    assert "rolled back to the snapshot taken before it and started again" in message
    guest = _only_guest(failed)
    assert guest["status"] == "rolled_back" and guest["rolledBack"] is True and guest["updated"] == []
    assert re.search(rf"Upgrade the packages\][^\n]*\n\S* changed: \[{NAME}\]", failed.log), failed.log[-6000:]
    assert _status(lxc) == "running"
    assert _snapshots(lxc) == ["current"]
    assert _version(key, ip, "containr-probe") == "1.1"
    assert ssh(key, ip, "cat /usr/share/containr-probe/version", attempts=20).strip() == "1.1"
    ssh(key, ip, "systemctl unmask postgresql@15-main && systemctl start postgresql@15-main")
    assert _orders(facts, password) == "tea"

    # An upgrade that takes the guest's network down: the upgrade itself and the checks after it find no guest
    # over SSH (UNREACHABLE, not failed), and the guest is still rolled back, through Proxmox VE.
    _publish(lxc, key, ip, "1.3", "--cut-network")
    lost = await update_run("guest_update", password=password, guest_update_mode="box",
                            guest_update_check_retries=2, guest_update_check_delay=1, **update)
    assert lost.task["state"] == "failed", lost.log[-6000:]
    # The task's error is the run's own account, not the UNREACHABLE that the upgrade ignored on the way.
    message = lost.task["error"]["message"]
    assert f"{NAME} (vmid {VMID}): the box update failed, the guest stopped answering over SSH during the " \
           "upgrade" in message, message
    assert "the guest does not answer over SSH to check PostgreSQL" in message, message
    assert "rolled back to the snapshot taken before it and started again. The guests after" in message, message
    upgrade = lost.log.split("Upgrade the packages]", 1)[-1].split("TASK [", 1)[0]
    assert f"fatal: [{NAME}]: UNREACHABLE!" in upgrade, lost.log[-6000:]
    guest = _only_guest(lost)
    assert guest["status"] == "rolled_back" and guest["rolledBack"] is True and guest["updated"] == []
    assert _status(lxc) == "running"
    assert _snapshots(lxc) == ["current"]
    assert _version(key, ip, "containr-probe") == "1.1"
    assert _orders(facts, password) == "tea"

    # A snapshot of that name left by an earlier update (its rollback failed) is the way back to before it: the
    # guest is refused, naming the snapshot, which stays; nothing is upgraded.
    _leave_snapshot(lxc, "containr-update")
    refused = await update_run("guest_update", password=password, guest_update_mode="box", **update)
    assert refused.task["state"] == "failed", refused.log[-6000:]
    message = refused.task["error"]["message"]
    assert f"{NAME} (vmid {VMID}): the snapshot containr-update is still there" in message, message
    assert "Nothing was changed." in message
    assert "Upgrade the packages" not in refused.log
    assert refused.changed == 0, refused.log[-6000:]
    assert _snapshots(lxc) == ["containr-update", "current"]
    assert _version(key, ip, "containr-probe") == "1.1"


def _plain_ct(api: httpx.Client, vmid: int, *, start: bool) -> None:
    create_ct(api, vmid)
    if start:
        response = api.post(f"/nodes/pve/lxc/{vmid}/status/start")
        assert response.status_code == 200, response.text
        wait_task(api, "pve", response.json()["data"])


async def test_stopped_guests_are_skipped_and_unknown_or_unreachable_ones_fail_the_run(
        run: Runner, pve_api: httpx.Client, ssh_key: Path) -> None:
    # The plain simulator: no real guest is needed, every case here ends before an SSH login.
    _plain_ct(pve_api, 1101, start=False)
    _plain_ct(pve_api, 1102, start=True)
    stopped = {"hostname": "ct1101", "vmid": 1101, "node": "pve", "ip": "10.0.0.103", "type": "redis"}
    common = {"containr_ssh_private_key_file": str(ssh_key), "guest_update_mode": "box"}

    skipped = await run("guest_update", guest_update_guests=[stopped], **common)
    assert skipped.task["success"], skipped.log[-4000:]
    assert skipped.changed == 0
    assert skipped.result == {"guests": [{"hostname": "ct1101", "vmid": 1101, "updated": [], "rolledBack": False,
                                          "status": "skipped",
                                          "note": "the guest is stopped: not started for an update"}]}

    strangers = [stopped, {"hostname": "ghost", "vmid": 1109, "node": "pve", "ip": "10.0.0.9", "type": ""},
                 {"hostname": "ct1102", "vmid": 1102, "node": "pve2", "ip": "10.0.0.104", "type": ""},
                 {"hostname": "other", "vmid": 1102, "node": "pve", "ip": "10.0.0.104", "type": ""}]
    refused = await run("guest_update", guest_update_guests=strangers[:3], **common)
    assert refused.task["state"] == "failed"
    message = refused.task["error"]["message"]
    assert "Cannot update ghost, ct1102: ghost (vmid 1109): there is no such guest; " in message
    assert "ct1102 (vmid 1102): it is on node pve, not pve2. Nothing was changed." in message
    renamed = await run("guest_update", guest_update_guests=[strangers[3]], **common)
    assert "other (vmid 1102): vmid 1102 is named ct1102 in Proxmox VE" in renamed.task["error"]["message"]

    # A running guest that does not let the run in over SSH (loopback: no traffic leaves the machine).
    unreachable = await run("guest_update", guest_update_connect_timeout=2, **common, guest_update_guests=[
        stopped, {"hostname": "ct1102", "vmid": 1102, "node": "pve", "ip": "127.0.0.3", "type": ""}])
    assert unreachable.task["state"] == "failed", unreachable.log[-4000:]
    assert "Cannot reach ct1102 (127.0.0.3): " in unreachable.task["error"]["message"]
    assert "Nothing was changed." in unreachable.task["error"]["message"]
    assert "Take a snapshot" not in unreachable.log
    statuses = {g["vmid"]: g["status"] for g in pve_api.get("/cluster/resources", params={"type": "vm"}).json()["data"]}
    assert statuses == {1101: "stopped", 1102: "running"}

    bad = await run("guest_update", guest_update_guests=[{**stopped, "vmid": "12; reboot"}], **common)
    assert bad.task["state"] == "failed"
    assert "Each guest in guest_update_guests needs hostname" in bad.task["error"]["message"]
    wrong_mode = await run("guest_update", guest_update_guests=[stopped], containr_ssh_private_key_file=str(ssh_key),
                           guest_update_mode="dist")
    assert wrong_mode.task["state"] == "failed" and "guest_update_mode" in wrong_mode.task["error"]["message"]
