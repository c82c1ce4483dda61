"""inventory/proxmox.yml: the community.proxmox inventory plugin lists the simulator's guests, grouped by node,
status and tag, over verified TLS."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.nodes.conftest import pve_env
from tests.pvesim.server import Credentials, ThreadedServer
from tests.pvesim_tests.helpers import create_ct, wait_task

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

pytestmark = pytest.mark.ansible


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


def _unsafe(value: dict) -> object:
    # ansible-inventory marks values from the API as unsafe: {"__ansible_unsafe": value}.
    return value.get("__ansible_unsafe", value) if len(value) == 1 else value


def test_ansible_inventory_lists_the_guests(pve: tuple[ThreadedServer, Credentials], pve_api: httpx.Client) -> None:
    server, creds = pve
    create_ct(pve_api, 1000, hostname="db1", tags="containr;postgresql")
    wait_task(pve_api, "pve", pve_api.post("/nodes/pve/lxc/1000/status/start").json()["data"])
    create_ct(pve_api, 1001, node="pve2", hostname="cache1", net0="name=eth0,bridge=vmbr0,ip=dhcp")

    base = {k: v for k, v in os.environ.items() if not k.startswith(("PROXMOX_", "ANSIBLE_"))}
    # The plugin verifies TLS: trust the simulator's self-signed certificate, as an operator trusts PVE's CA.
    env = {**base, **pve_env(server, creds), "REQUESTS_CA_BUNDLE": str(server.sim.state.directory / "pve-ssl.pem"),
           "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    listed = subprocess.run([str(BIN / "ansible-inventory"), "-i", "inventory/proxmox.yml", "--list"], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=300, check=False)
    assert listed.returncode == 0, listed.stderr[-3000:]
    inventory = json.loads(listed.stdout, object_hook=_unsafe)
    hostvars = inventory["_meta"]["hostvars"]
    assert set(hostvars) == {"db1", "cache1"}, listed.stderr[-3000:]
    groups = {name: set(group.get("hosts", [])) for name, group in inventory.items() if name != "_meta"}
    assert groups["node_pve"] == {"db1"} and groups["node_pve2"] == {"cache1"}
    assert groups["status_running"] == {"db1"} and groups["status_stopped"] == {"cache1"}
    assert groups["tag_containr"] == {"db1"} and groups["tag_postgresql"] == {"db1"}
    db1 = hostvars["db1"]
    assert (db1["proxmox_vmid"], db1["proxmox_node"], db1["proxmox_tags_parsed"]) == (
        1000, "pve", ["containr", "postgresql"])
    assert db1["ansible_host"] == "10.0.0.2"
    assert "ansible_host" not in hostvars["cache1"], "a stopped DHCP guest shows no address"
    assert creds.token_secret not in listed.stdout + listed.stderr
