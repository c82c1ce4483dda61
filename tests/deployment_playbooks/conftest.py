"""Fixtures: a PVE 9.1 simulator (memory backend) whose registries the tests fill, and the engine's runner with the
deployment's environment."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from tests.conftest import Server
from tests.nodes.conftest import Runner, pve_env
from tests.pvesim.server import Credentials, ThreadedServer


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


@pytest.fixture
def pve_api(pve91: tuple[ThreadedServer, Credentials]) -> Iterator[httpx.Client]:
    server, creds = pve91
    with httpx.Client(base_url=server.url + "/api2/json", verify=False,
                      headers={"Authorization": creds.token_header}, timeout=10) as client:
        yield client


def deployment_env(pve91: tuple[ThreadedServer, Credentials], *, env: dict[str, dict[str, str]],
                   auth: dict | None = None) -> dict[str, str]:
    """The run's environment as the service passes it: the PVE connection, each instance's env, the registries'
    credentials."""
    found = {**pve_env(*pve91), "CONTAINR_DEPLOYMENT_ENV": json.dumps(env)}
    if auth is not None:
        found["CONTAINR_REGISTRY_AUTH"] = json.dumps(auth)
    return found


@pytest.fixture
def run(server: Server, client: httpx.AsyncClient, pve91: tuple[ThreadedServer, Credentials]) -> Runner:
    return Runner(server, client, deployment_env(pve91, env={}))
