"""Fixtures: the database playbooks through the real engine against the simulator's `lxc` backend (real guests).

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import os
import secrets
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.auth.models import User
from service.tasks import RunRequest
from tests.conftest import Server
from tests.factories import owner_headers, wait_task
from tests.harness.lxc import LxcSim
from tests.nodes.conftest import TEMPLATE, Run, Runner, pve_env

YOUNG_SECONDS = 3.0  # how long argv_watch reads a process again
PASSWORD_VAR = "CONTAINR_DATABASE_PASSWORD"
RUN_TIMEOUT = 600



def new_password() -> str:
    return secrets.token_urlsafe(24)


class DatabaseRunner:
    """Runs the database playbooks with the simulator's PROXMOX_* and a password in the environment only."""

    def __init__(self, runner: Runner, lxc: LxcSim, key: Path) -> None:
        self.runner, self.lxc, self.key = runner, lxc, key
        self.logs: list[str] = []

    def create_vars(self, host: int, database_type: str, **extra: Any) -> dict[str, Any]:
        return {"database_type": database_type, "database_name": "shop", "database_user": "shop_app",
                "containr_ssh_private_key_file": str(self.key), "guest_base_apt_proxy": self.lxc.env.apt_proxy,
                "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + host,
                "proxmox_guest_hostname": f"{database_type}-{host}", "proxmox_guest_template": TEMPLATE,
                "proxmox_guest_ip": self.lxc.address(host), "proxmox_guest_gateway": self.lxc.env.gateway,
                "proxmox_guest_ssh_public_key": Path(f"{self.key}.pub").read_text().strip(),
                "proxmox_guest_memory_mb": 512, **extra}

    async def __call__(self, playbook: str, *, password: str, env: dict[str, str] | None = None,
                       **extra_vars: Any) -> Run:
        # Its own submit: a cold apt cache makes a create take minutes, past the test settings' task timeout.
        runner = self.runner
        if not runner.headers:
            runner.headers = await owner_headers(runner.client)
        owner = await User.get(username="owner")
        secrets = {**pve_env(self.lxc.server, self.lxc.credentials), PASSWORD_VAR: password, **(env or {})}
        task = await runner.server.engine.submit(RunRequest(
            type="test", playbook=runner.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
            secrets=secrets, extra_vars=extra_vars, timeout=RUN_TIMEOUT))
        done = await wait_task(runner.client, runner.headers, task.id, timeout=RUN_TIMEOUT + 30)
        log = (await runner.client.get(f"/api/v1/tasks/{task.id}/logs", headers=runner.headers)).text
        self.logs.append(log)
        return Run(task=done, log=log)


@pytest.fixture
def database_run(server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path) -> DatabaseRunner:
    return DatabaseRunner(Runner(server, client, pve_env(lxc_sim.server, lxc_sim.credentials)), lxc_sim, ssh_key)


@contextmanager
def argv_watch(*needles: str, watched: list[str] | None = None) -> Iterator[list[str]]:
    """Reads every process's command line (the guests' processes too: they share the host's kernel) while the
    block runs; yields the list of command lines that held one of `needles`, or of `watched`, a list the block
    may add to (secrets that are made while it runs).

    Ten times a second, a process is read when first seen and again while it is young (a fork's child shows
    its parent's command line until it execs, moments later); an older one is not read again, which keeps the
    watch cheap next to the runs it watches."""
    watched = watched if watched is not None else list(needles)
    seen: list[str] = []
    stop = threading.Event()

    def sample() -> None:
        first_seen: dict[str, float] = {}
        while not stop.is_set():
            now = time.monotonic()
            wanted = [needle.encode() for needle in list(watched)]
            present = set()
            for entry in os.scandir("/proc"):
                pid = entry.name
                if not pid.isdigit():
                    continue
                present.add(pid)
                if now - first_seen.setdefault(pid, now) > YOUNG_SECONDS:
                    continue
                try:
                    fd = os.open(f"/proc/{pid}/cmdline", os.O_RDONLY)
                except OSError:
                    continue
                try:
                    line = os.read(fd, 1 << 16)
                except OSError:
                    continue
                finally:
                    os.close(fd)
                if any(needle in line for needle in wanted):
                    seen.append(line.replace(b"\0", b" ").decode(errors="replace"))
            for gone in first_seen.keys() - present:  # a new process may get the number again
                del first_seen[gone]
            stop.wait(0.1)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield seen
    finally:
        stop.set()
        thread.join(timeout=10)


def guest_config(lxc: LxcSim, vmid: int) -> dict[str, Any]:
    """The guest's config as Proxmox VE answers it."""
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        return api.get(f"/nodes/pve/lxc/{vmid}/config").json()["data"]


def memory_limit(lxc: LxcSim, vmid: int) -> int:
    """The memory limit of the guest's cgroup, in bytes, as the kernel holds it."""
    name = lxc.container(vmid)
    done = subprocess.run(["lxc-cgroup", "-n", name, "memory.limit_in_bytes"], capture_output=True, text=True)
    if done.returncode != 0:  # a cgroup v2 host
        done = subprocess.run(["lxc-cgroup", "-n", name, "memory.max"], capture_output=True, text=True,
                              check=True)
    return int(done.stdout.strip())


def server_first(log: str, handler: str) -> bool:
    """In a database_resize log: the server restarted (its handler ran) before the play that sets the guest's
    limit began."""
    return log.index(f"RUNNING HANDLER [{handler}]") < log.index("PLAY [Resize the guest]") \
        < log.rindex("TASK [proxmox_guest : Set the container's cores and memory]")
