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
