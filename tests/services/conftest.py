"""Fixtures: the service playbooks through the real engine on real LXC guests (the simulator's `lxc` backend), with
a real git server on the lane's bridge address, where the guests reach it, and on 127.0.0.1.

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.auth.models import User
from service.tasks import RunRequest
from tests.conftest import Server
from tests.factories import owner_headers, wait_task
from tests.harness.git_server import GitServer, start_git_server
from tests.harness.lxc import LxcSim
from tests.nodes.conftest import TEMPLATE, Run, Runner, pve_env
from tests.pvesim.lxc_setup import LxcEnvironment

ENVIRONMENT_VAR = "CONTAINR_SERVICE_ENVIRONMENT"
TOKEN_VAR = "CONTAINR_GIT_TOKEN"
RUN_TIMEOUT = 600


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


@pytest.fixture
def git_server(lxc_env: LxcEnvironment, tmp_path: Path) -> Iterator[GitServer]:
    """A git server on the lane's bridge address (the guests' gateway) and on 127.0.0.1."""
    with start_git_server(tmp_path / "git", hosts=[lxc_env.gateway, "127.0.0.1"]) as server:
        yield server


class ServiceRunner:
    """Runs the service playbooks with the simulator's PROXMOX_* and the app's environment and git token in the
    run's environment only."""

    def __init__(self, runner: Runner, lxc: LxcSim, key: Path, git: GitServer) -> None:
        self.runner, self.lxc, self.key, self.git = runner, lxc, key, git
        self.logs: list[str] = []

    def address(self, host: int) -> str:
        return self.lxc.address(host).split("/")[0]

    def deploy_vars(self, host: int, name: str, service_type: str, repository: str, **extra: Any) -> dict[str, Any]:
        """service_deploy's vars for a service of repository `repository` (a name on the git server) in guest
        100 + `host`."""
        return {"service_name": name, "service_type": service_type,
                "service_repository": self.git.url(repository, host=self.lxc.env.gateway),
                "containr_ssh_private_key_file": str(self.key), "guest_base_apt_proxy": self.lxc.env.apt_proxy,
                "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + host, "proxmox_guest_hostname": name,
                "proxmox_guest_template": TEMPLATE, "proxmox_guest_ip": self.lxc.address(host),
                "proxmox_guest_gateway": self.lxc.env.gateway,
                "proxmox_guest_ssh_public_key": Path(f"{self.key}.pub").read_text().strip(),
                "proxmox_guest_memory_mb": 512, **extra}

    def power_vars(self, host: int, name: str, service_type: str, state: str) -> dict[str, Any]:
        return {"service_name": name, "service_type": service_type, "service_host": self.address(host),
                "service_state": state, "containr_ssh_private_key_file": str(self.key)}

    async def __call__(self, playbook: str, *, environment: dict[str, Any] | None = None, token: str | None = None,
                       **extra_vars: Any) -> Run:
        # Its own submit: a cold apt cache makes a first deploy take minutes, past the test settings' task timeout.
        runner = self.runner
        if not runner.headers:
            runner.headers = await owner_headers(runner.client)
        owner = await User.get(username="owner")
        secrets = {**pve_env(self.lxc.server, self.lxc.credentials)}
        if environment is not None:
            secrets[ENVIRONMENT_VAR] = json.dumps(environment)
        if token is not None:
            secrets[TOKEN_VAR] = token
        task = await runner.server.engine.submit(RunRequest(
            type="test", playbook=runner.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
            secrets=secrets, extra_vars=extra_vars, timeout=RUN_TIMEOUT))
        done = await wait_task(runner.client, runner.headers, task.id, timeout=RUN_TIMEOUT + 30)
        log = (await runner.client.get(f"/api/v1/tasks/{task.id}/logs", headers=runner.headers)).text
        self.logs.append(log)
        return Run(task=done, log=log)


@pytest.fixture
def service_run(server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path,
                git_server: GitServer) -> ServiceRunner:
    return ServiceRunner(Runner(server, client, pve_env(lxc_sim.server, lxc_sim.credentials)), lxc_sim, ssh_key,
                         git_server)
