"""deployment_start.yml on real LXC (the simulator's lxc backend as PVE 9.1): the test registry's image through a
host pull (credentials and CA from the run's environment) becomes an application container that answers its page
with the deployment's env, secrets included; a second run changes nothing."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import Server
from tests.harness.lxc import LxcSim
from tests.harness.registry import Registry
from tests.nodes.conftest import Runner, pve_env

pytestmark = [pytest.mark.lxc(lane=0), pytest.mark.slow, pytest.mark.ansible]

WEB = str(uuid.UUID(int=41))
SECRET = "lxc-deployment-secret-9f3e"


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


async def test_a_host_pulled_image_runs_and_answers_with_the_deployment_s_env(
        server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, registry: Registry, tmp_path: Path) -> None:
    lxc_sim.server.sim.set_release("9.1")
    address = lxc_sim.address(63)
    env = {**pve_env(lxc_sim.server, lxc_sim.credentials),
           "CONTAINR_DEPLOYMENT_ENV": json.dumps({WEB: {"GREETING": "from-deployment", "SECRET_TOKEN": SECRET}}),
           "CONTAINR_REGISTRY_AUTH": registry.authfile(tmp_path / "auth").read_text()}
    run = Runner(server, client, env)
    instance = {"id": WEB, "hostname": "web-hello", "vmid": 163, "ip": address,
                "image": f"{registry.host}/containr/hello:1.0", "image_file": "containr-hello_1.0.tar",
                "pull": "host", "ca_bundle": registry.ca_bundle, "memory_mb": 128,
                "http_check": {"port": 8080, "path": "/"}}
    first, _ = await run.twice("deployment_start", deployment_id=str(uuid.UUID(int=42)), deployment_prefix="web",
                               deployment_node="pve", deployment_gateway=lxc_sim.env.gateway,
                               deployment_instances=[instance])
    ip = address.split("/")[0]
    assert first.result["deployment_instances"] == [{"id": WEB, "vmid": 163, "ip": ip, "state": "running"}]
    page = httpx.get(f"http://{ip}:8080/", timeout=10).text
    assert "greeting=from-deployment" in page and f"secret-length={len(SECRET)}" in page
    assert "version=1.0" in page

    removed = await run("deployment_remove", deployment_node="pve",
                        deployment_remove=[{"vmid": 163, "hostname": "web-hello"}])
    assert removed.task["success"] and removed.result == {"deployment_removed": [163]}, removed.log[-3000:]
