"""The community.proxmox modules beyond the LXC life cycle against the simulator: proxmox_kvm, proxmox_backup,
proxmox_template, proxmox_storage_info and proxmox_tasks_info (the playbook asserts what each reported)."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.pvesim.server import Credentials, ThreadedServer
from tests.pvesim_tests.test_modules import PLAYBOOKS, REPO, VENV_BIN, _env


@pytest.mark.ansible
@pytest.mark.slow
def test_vm_backup_template_and_listings(sim_server: tuple[ThreadedServer, Credentials], api: httpx.Client) -> None:
    server, creds = sim_server
    command = [str(VENV_BIN / "ansible-playbook"), "-i", "localhost,", "-e",
               f"ansible_python_interpreter={sys.executable}", str(PLAYBOOKS / "more_modules.yml")]
    run = subprocess.run(command, cwd=REPO, env=_env(server, creds), capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert creds.token_secret not in run.stdout

    assert api.get("/cluster/resources", params={"type": "vm"}).json()["data"] == []
    local = [v["volid"] for v in api.get("/nodes/pve/storage/local/content").json()["data"]]
    assert [v for v in local if v.startswith("local:backup/vzdump-qemu-300-")], local
    assert "local:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz" not in local
