"""Fixtures: BIND authoritative for a test zone on 127.0.0.1 (a free port), and the playbook runner of
tests/nodes (the real engine). No guests.

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import Server
from tests.nodes.conftest import Runner

ZONE = "dns-test.example"


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


@pytest.fixture
def run(server: Server, client: httpx.AsyncClient) -> Runner:
    return Runner(server, client, {})
