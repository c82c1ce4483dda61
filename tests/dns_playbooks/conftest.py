"""Fixtures: BIND authoritative for a test zone on 127.0.0.1 (a free port), and the playbook runner of
tests/nodes (the real engine). No guests.

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import Server
from tests.harness.bind import Bind, start_bind
from tests.nodes.conftest import Runner

ZONE = "dns-test.example"


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


def free_port() -> int:
    """A port free on 127.0.0.1 for both TCP and UDP (BIND listens on both)."""
    while True:
        with socket.socket() as tcp, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            tcp.bind(("127.0.0.1", 0))
            port = tcp.getsockname()[1]
            try:
                udp.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port


@pytest.fixture
def bind(tmp_path: Path) -> Iterator[Bind]:
    with start_bind(tmp_path / "bind", address="127.0.0.1", port=free_port(), zones=[ZONE]) as server:
        yield server


@pytest.fixture
def run(server: Server, client: httpx.AsyncClient) -> Runner:
    return Runner(server, client, {})
