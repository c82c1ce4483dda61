"""Fixtures: a simulator on a free port with its own state dir, and an HTTP client for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.pvesim.server import Credentials, ThreadedServer, build_sim


@pytest.fixture
def sim_state(tmp_path: Path) -> Path:
    return tmp_path / "pvesim"


@pytest.fixture
def sim_server(sim_state: Path) -> Iterator[tuple[ThreadedServer, Credentials]]:
    sim, creds = build_sim(sim_state, nodes=["pve", "pve2"], task_delay=0.05)
    server = ThreadedServer(sim).start()
    try:
        yield server, creds
    finally:
        server.stop()


@pytest.fixture
def api(sim_server: tuple[ThreadedServer, Credentials]) -> Iterator[httpx.Client]:
    server, creds = sim_server
    with httpx.Client(base_url=server.url + "/api2/json", verify=False,
                      headers={"Authorization": creds.token_header}, timeout=10) as client:
        yield client


@pytest.fixture
def sim91(tmp_path: Path) -> Iterator[ThreadedServer]:
    """A PVE 9.1 simulator (memory backend, node `pve`): the OCI calls are there."""
    sim, _ = build_sim(tmp_path / "pvesim", nodes=["pve"], task_delay=0.01, release="9.1")
    server = ThreadedServer(sim).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def api91(sim91: ThreadedServer) -> Iterator[httpx.Client]:
    creds = sim91.sim.state.data["users"]["root@pam"]
    token_id, secret = next(iter(creds["tokens"].items()))
    with httpx.Client(base_url=sim91.url + "/api2/json", verify=False, timeout=30,
                      headers={"Authorization": f"PVEAPIToken=root@pam!{token_id}={secret}"}) as client:
        yield client
