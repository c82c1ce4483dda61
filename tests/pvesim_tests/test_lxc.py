"""The `lxc` backend: real containers behind the simulator's API, reached over SSH on the private bridge."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.harness.lxc import LxcSim, ssh

from .helpers import TEMPLATE, wait_task

pytestmark = [pytest.mark.lxc, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent


def _client(lxc: LxcSim) -> httpx.Client:
    return httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=30,
                        headers={"Authorization": lxc.credentials.token_header})


def _ok(api: httpx.Client, method: str, path: str, **data: str) -> dict:
    if method == "DELETE":  # PVE reads a DELETE's parameters from the query
        response = api.delete(path, params=data)
    else:
        response = api.request(method, path, data=data or None)
    assert response.status_code == 200, response.text
    status = wait_task(api, "pve", response.json()["data"], attempts=3000)
    assert status["exitstatus"] == "OK", status
    return status


def _listed() -> list[str]:
    return subprocess.run(["lxc-ls", "-1"], capture_output=True, text=True, check=True).stdout.split()


def test_container_life_cycle_on_real_lxc(lxc_sim: LxcSim, ssh_key: Path) -> None:
    address, restored_address = lxc_sim.address(50), lxc_sim.address(51)
    gateway = lxc_sim.env.gateway
    with _client(lxc_sim) as api:
        _ok(api, "POST", "/nodes/pve/lxc", vmid="150", ostemplate=TEMPLATE, hostname="db1", rootfs="local-lvm:8",
            memory="256", swap="0", cores="1", net0=f"name=eth0,bridge=vmbr0,ip={address},gw={gateway}",
            **{"ssh-public-keys": Path(f"{ssh_key}.pub").read_text()})
        assert lxc_sim.container(150) in _listed()
        _ok(api, "POST", "/nodes/pve/lxc/150/status/start")
        limit = "cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max"
        facts = ssh(ssh_key, address, f"hostname; {limit}; python3 -c 'print(1)'; echo one > /root/marker",
                    attempts=40).split()
        assert facts == ["db1", str(256 * 1024**2), "1"]
        eth0 = next(i for i in api.get("/nodes/pve/lxc/150/interfaces").json()["data"] if i["name"] == "eth0")
        assert eth0["inet"] == address

        _ok(api, "POST", "/nodes/pve/lxc/150/snapshot", snapname="before")
        ssh(ssh_key, address, "echo two > /root/marker")
        _ok(api, "POST", "/nodes/pve/lxc/150/snapshot/before/rollback", start="1")
        assert ssh(ssh_key, address, "cat /root/marker", attempts=40).strip() == "one"

        _ok(api, "POST", "/nodes/pve/vzdump", vmid="150", storage="local", compress="zstd")
        backup = api.get("/nodes/pve/storage/local/content", params={"content": "backup"}).json()["data"][0]
        _ok(api, "POST", "/nodes/pve/lxc", vmid="151", ostemplate=backup["volid"], restore="1",
            rootfs="local-lvm:8", net0=f"name=eth0,bridge=vmbr0,ip={restored_address},gw={gateway}",
            start="1")
        assert ssh(ssh_key, restored_address, "cat /root/marker; hostname", attempts=40).split() == ["one", "db1"]

        _ok(api, "POST", "/nodes/pve/lxc/150/status/reboot")
        assert ssh(ssh_key, address, "cat /root/marker", attempts=40).strip() == "one"
        _ok(api, "POST", "/nodes/pve/lxc/150/status/shutdown", timeout="30")
        state = subprocess.run(["lxc-info", "-n", lxc_sim.container(150), "-sH"], capture_output=True, text=True).stdout
        assert state.strip() == "STOPPED"
        _ok(api, "DELETE", "/nodes/pve/lxc/150")
        _ok(api, "DELETE", "/nodes/pve/lxc/151", force="1")
        assert not {lxc_sim.container(150), lxc_sim.container(151)} & set(_listed())
        assert api.get("/cluster/resources", params={"type": "vm"}).json()["data"] == []


def test_a_failed_create_leaves_nothing(lxc_sim: LxcSim) -> None:
    # A template the simulator only recorded (aplinfo downloads nothing): there is no file to make a CT from.
    name = "ubuntu-24.04-standard_24.04-2_amd64.tar.zst"
    with _client(lxc_sim) as api:
        _ok(api, "POST", "/nodes/pve/aplinfo", storage="local", template=name)
        created = api.post("/nodes/pve/lxc", data={"vmid": "160", "rootfs": "local-lvm:8",
                                                   "ostemplate": f"local:vztmpl/{name}"})
        status = wait_task(api, "pve", created.json()["data"])
        assert "template file" in status["exitstatus"] and "is missing" in status["exitstatus"]
        assert api.get("/nodes/pve/lxc").json()["data"] == []
    assert lxc_sim.container(160) not in _listed()


@pytest.mark.ansible
def test_proxmox_module_guest_and_apt_through_the_proxy(lxc_sim: LxcSim, ssh_key: Path) -> None:
    address = lxc_sim.address(60)
    env = {k: v for k, v in os.environ.items() if k not in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")}
    env.update({"PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
                "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "ANSIBLE_NOCOLOR": "1",
                "PROXMOX_HOST": "127.0.0.1", "PROXMOX_PORT": str(lxc_sim.server.port),
                "PROXMOX_USER": lxc_sim.credentials.user, "PROXMOX_TOKEN_ID": lxc_sim.credentials.token_id,
                "PROXMOX_TOKEN_SECRET": lxc_sim.credentials.token_secret, "PROXMOX_VALIDATE_CERTS": "false"})
    extra = {"ct_vmid": 170, "ct_net0": f"name=eth0,bridge=vmbr0,ip={address},gw={lxc_sim.env.gateway}",
             "ct_pubkey": Path(f"{ssh_key}.pub").read_text().strip()}
    run = subprocess.run([str(VENV_BIN / "ansible-playbook"), "-i", "localhost,", "-e",
                          f"ansible_python_interpreter={sys.executable}", "-e", repr(extra).replace("'", '"'),
                          str(Path(__file__).parent / "playbooks" / "lxc_real_guest.yml")],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]

    proxy = f'Acquire::http::Proxy "{lxc_sim.env.apt_proxy}";'
    ssh(ssh_key, address, f"echo '{proxy}' > /etc/apt/apt.conf.d/01proxy", attempts=40)
    update = ssh(ssh_key, address, "apt-get update 2>&1; systemctl is-system-running --wait || true", timeout=300)
    assert "Reading package lists" in update and "Err:" not in update, update
    assert update.strip().splitlines()[-1] in ("running", "degraded")
