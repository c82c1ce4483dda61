"""Fixtures: a PVE simulator for the guest playbooks, and a helper that runs a playbook through the real engine.

The database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.auth.models import User
from service.tasks import RunRequest, runner
from tests.conftest import Server
from tests.factories import owner_headers, wait_task
from tests.pvesim.server import Credentials, ThreadedServer, build_sim

TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPvesimTestKeyOnlyForTheSimulator containr"
# The outcome of each run the engine made since the last Runner was made, by task id (a new Runner: a new test,
# whose engine numbers its tasks from 1 again). The engine keeps a run's outcome to itself; this reads it where
# the engine gets it, from service.tasks.runner.execute.
_OUTCOMES: dict[int, runner.RunOutcome] = {}


def _recording(execute: Callable[..., runner.RunOutcome]) -> Callable[..., runner.RunOutcome]:
    @functools.wraps(execute)
    def recorded(spec: runner.RunSpec, **kwargs: Any) -> runner.RunOutcome:
        outcome = execute(spec, **kwargs)
        _OUTCOMES[spec.task_id] = outcome
        return outcome

    recorded.__containr_recording__ = True  # type: ignore[attr-defined]
    return recorded


def record_outcomes() -> None:
    """From now on, keep the outcome of every run, forgetting those of earlier tests."""
    if not getattr(runner.execute, "__containr_recording__", False):
        runner.execute = _recording(runner.execute)
    _OUTCOMES.clear()



@pytest.fixture
def pve(tmp_path: Path) -> Iterator[tuple[ThreadedServer, Credentials]]:
    # PVE tasks end at once here: the modules' one-second polling is exercised by tests/pvesim_tests, and
    # waiting it out on every step would only slow these runs down.
    sim, creds = build_sim(tmp_path / "pvesim", nodes=["pve", "pve2"], task_delay=0.0)
    server = ThreadedServer(sim).start()
    try:
        yield server, creds
    finally:
        server.stop()


def pve_env(pve: ThreadedServer, creds: Credentials, *, secret: str | None = None) -> dict[str, str]:
    """The connection as the contract passes it: environment only."""
    return {"PROXMOX_HOST": "127.0.0.1", "PROXMOX_PORT": str(pve.port), "PROXMOX_URL": pve.url,
            "PROXMOX_USER": creds.user, "PROXMOX_TOKEN_ID": creds.token_id,
            "PROXMOX_TOKEN_SECRET": creds.token_secret if secret is None else secret,
            "PROXMOX_VALIDATE_CERTS": "false", "REQUESTS_CA_BUNDLE": "", "CURL_CA_BUNDLE": ""}


@pytest.fixture
def pve_api(pve: tuple[ThreadedServer, Credentials]) -> Iterator[httpx.Client]:
    server, creds = pve
    with httpx.Client(base_url=server.url + "/api2/json", verify=False,
                      headers={"Authorization": creds.token_header}, timeout=10) as client:
        yield client


@dataclass
class Run:
    task: dict[str, Any]
    log: str
    # Per host: ok, changed, failed, unreachable, skipped, rescued, ignored, as the run's outcome reports them.
    stats: dict[str, dict[str, int]] = field(init=False)

    def __post_init__(self) -> None:
        outcome = _OUTCOMES.get(self.task["id"])
        self.stats = dict(outcome.stats) if outcome is not None else {}

    def count(self, name: str) -> int:
        """One count of the run's stats (changed, failed, ...), summed over its hosts."""
        assert self.stats, f"task {self.task['id']} left no stats (it never ran, or ended before Ansible counted):" \
                           f"\n{self.log[-3000:]}"
        return sum(host[name] for host in self.stats.values())

    @property
    def changed(self) -> int:
        return self.count("changed")

    @property
    def result(self) -> dict[str, Any]:
        return self.task["result"]


class Runner:
    """Runs playbooks through the service's engine as a logged-in owner, waits, and reads the log."""

    def __init__(self, server: Server, client: httpx.AsyncClient, env: dict[str, str]) -> None:
        self.server, self.client, self.env = server, client, env
        self.headers: dict[str, str] = {}
        record_outcomes()

    async def __call__(self, playbook: str, *, env: dict[str, str] | None = None, **extra_vars: Any) -> Run:
        if not self.headers:
            self.headers = await owner_headers(self.client)
        owner = await User.get(username="owner")
        task = await self.server.engine.submit(RunRequest(
            type="test", playbook=self.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
            secrets=env or self.env, extra_vars=extra_vars))
        done = await wait_task(self.client, self.headers, task.id, timeout=300)
        log = (await self.client.get(f"/api/v1/tasks/{task.id}/logs", headers=self.headers)).text
        return Run(task=done, log=log)

    async def twice(self, playbook: str, **extra_vars: Any) -> tuple[Run, Run]:
        """A run, then the same again: the second must succeed and change nothing."""
        first = await self(playbook, **extra_vars)
        assert first.task["success"], first.log[-4000:]
        second = await self(playbook, **extra_vars)
        assert second.task["success"], second.log[-4000:]
        assert second.changed == 0, second.log[-4000:]
        return first, second


@pytest.fixture
def run(server: Server, client: httpx.AsyncClient, pve: tuple[ThreadedServer, Credentials]) -> Runner:
    return Runner(server, client, pve_env(*pve))
