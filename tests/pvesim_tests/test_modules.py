"""The real community.proxmox modules and inventory plugin against the simulator."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.pvesim.server import Credentials, ThreadedServer

REPO = Path(__file__).resolve().parents[2]
PLAYBOOKS = Path(__file__).parent / "playbooks"
VENV_BIN = Path(sys.executable).parent


def _env(server: ThreadedServer, creds: Credentials) -> dict[str, str]:
    # requests lets REQUESTS_CA_BUNDLE/CURL_CA_BUNDLE override a session's verify=False, which the inventory
    # plugin relies on for validate_certs: false.
    base = {k: v for k, v in os.environ.items() if k not in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")}
    return {**base, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "ANSIBLE_CONFIG": str(REPO / "ansible.cfg"), "ANSIBLE_NOCOLOR": "1",
            "PROXMOX_HOST": "127.0.0.1", "PROXMOX_PORT": str(server.port), "PROXMOX_USER": creds.user,
            "PROXMOX_TOKEN_ID": creds.token_id, "PROXMOX_TOKEN_SECRET": creds.token_secret,
            "PROXMOX_VALIDATE_CERTS": "false"}


@pytest.mark.ansible
@pytest.mark.slow
def test_lxc_life_cycle_and_inventory(sim_server: tuple[ThreadedServer, Credentials], api: httpx.Client,
                                      tmp_path: Path) -> None:
    server, creds = sim_server
    env = _env(server, creds)
    command = [str(VENV_BIN / "ansible-playbook"), "-i", "localhost,", "-e",
               f"ansible_python_interpreter={sys.executable}", str(PLAYBOOKS / "lxc_lifecycle.yml")]
    run = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert creds.token_secret not in run.stdout

    resources = api.get("/cluster/resources", params={"type": "vm"}).json()["data"]
    assert [(r["vmid"], r["name"], r["status"], r["tags"]) for r in resources] == [
        (201, "keeper", "running", "containr;database")]

    config = tmp_path / "sim.proxmox.yml"
    config.write_text(json.dumps({
        "plugin": "community.proxmox.proxmox", "url": server.url, "user": creds.user, "token_id": creds.token_id,
        "token_secret": creds.token_secret, "validate_certs": False, "want_facts": True}))
    inv = subprocess.run([str(VENV_BIN / "ansible-inventory"), "-i", str(config), "--list"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=300)
    assert inv.returncode == 0, inv.stderr[-3000:]
    # ansible-inventory marks values from the API as unsafe: {"__ansible_unsafe": value}.
    inventory = json.loads(inv.stdout, object_hook=lambda d: d.get("__ansible_unsafe", d) if len(d) == 1 else d)
    hostvars = inventory["_meta"]["hostvars"]
    assert "keeper" in hostvars, inv.stderr[-3000:]
    assert hostvars["keeper"]["proxmox_vmid"] == 201
    assert hostvars["keeper"]["proxmox_status"] == "running"
    assert hostvars["keeper"]["proxmox_tags_parsed"] == ["containr", "database"]
    assert "keeper" in inventory["proxmox_all_lxc"]["hosts"]
    assert "keeper" in inventory["proxmox_all_running"]["hosts"]
