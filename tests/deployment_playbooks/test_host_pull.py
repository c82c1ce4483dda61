"""Host pulls: the Containr host copies the image from a registry with credentials (the real test registry, TLS
from its own CA) with skopeo, and uploads the archive to the node (PVE 9.1 simulator, memory backend); the
credentials go nowhere but a private file that is gone after the run."""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path

import httpx
import pytest

from tests.conftest import Server
from tests.databases.conftest import argv_watch
from tests.factories import assert_secrets_nowhere
from tests.harness.registry import Registry
from tests.nodes.conftest import Runner
from tests.pvesim.server import Credentials, ThreadedServer

from .conftest import deployment_env

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

WEB = str(uuid.UUID(int=31))
SECRET = "host-pull-secret-token-7311"


def _run_tmpdir(tmp_path: Path) -> tuple[Path, int]:
    """A temp dir of the run's own (its TMPDIR), so host pulls of other tests running beside this one do not
    count, and the time it was last changed."""
    tmp = tmp_path / "run-tmp"
    tmp.mkdir()
    return tmp, tmp.stat().st_mtime_ns


def _assert_made_and_removed(tmp: Path, made: int) -> None:
    """The run made its private directory in its TMPDIR (the directory changed) and left nothing there."""
    assert tmp.stat().st_mtime_ns > made
    assert list(tmp.iterdir()) == []


async def test_a_host_pull_copies_with_the_credentials_and_uploads(
        run: Runner, registry: Registry, pve_api: httpx.Client, pve91: tuple[ThreadedServer, Credentials],
        server: Server, tmp_path: Path) -> None:
    auth = json.loads(registry.authfile(tmp_path / "auth").read_text())
    tmp, made = _run_tmpdir(tmp_path)
    run.env = {**deployment_env(pve91, env={WEB: {"GREETING": "from-host", "SECRET_TOKEN": SECRET}}, auth=auth),
               "TMPDIR": str(tmp)}
    instance = {"id": WEB, "hostname": "web-hello", "vmid": 2500, "ip": "10.213.2.70/24",
                "image": f"{registry.host}/containr/hello:1.0", "image_file": "containr-hello_1.0.tar",
                "pull": "host", "ca_bundle": registry.ca_bundle}
    extra = {"deployment_id": str(uuid.UUID(int=32)), "deployment_prefix": "web", "deployment_node": "pve",
             "deployment_instances": [instance]}
    token = base64.b64encode(f"{registry.username}:{registry.password}".encode()).decode()
    source = f"docker://{registry.host}/containr/hello:1.0"
    with argv_watch(SECRET, registry.password, token, source) as seen:
        first, _ = await run.twice("deployment_start", **extra)
    # No command line held a secret: skopeo reads the credentials from their file. (Whether the watch, ten
    # samples a second, catches skopeo's own short-lived process is chance, so it is not asserted.)
    assert not [line for line in seen if SECRET in line or registry.password in line or token in line]
    assert first.result["deployment_instances"] == [{"id": WEB, "vmid": 2500, "ip": "10.213.2.70",
                                                     "state": "running"}]
    content = pve_api.get("/nodes/pve/storage/local/content", params={"content": "vztmpl"}).json()["data"]
    assert "local:vztmpl/containr-hello_1.0.tar" in {item["volid"] for item in content}
    config = pve_api.get("/nodes/pve/lxc/2500/config").json()["data"]
    assert config["entrypoint"] == "/bin/sh /start.sh"  # the uploaded image's
    env = config["env"].split("\0")
    assert env[-2:] == ["GREETING=from-host", f"SECRET_TOKEN={SECRET}"]
    assert "GREETING=from-image" not in env and any(line.startswith("PATH=") for line in env)
    _assert_made_and_removed(tmp, made)  # the private directory with the credentials is gone

    await assert_secrets_nowhere(run.client, run.headers, server.settings.data_dir,
                                 [SECRET, registry.password, token])


async def test_a_refused_host_pull_names_the_instance_and_skopeo_s_reason(
        run: Runner, registry: Registry, pve91: tuple[ThreadedServer, Credentials], tmp_path: Path) -> None:
    tmp, made = _run_tmpdir(tmp_path)
    run.env = {**deployment_env(pve91, env={}, auth={"auths": {}}), "TMPDIR": str(tmp)}
    instance = {"id": WEB, "hostname": "web-hello", "vmid": 2501, "ip": "10.213.2.71/24",
                "image": f"{registry.host}/containr/hello:1.0", "image_file": "containr-hello_1.0.tar",
                "pull": "host", "ca_bundle": registry.ca_bundle}
    failed = await run("deployment_start", deployment_id=str(uuid.UUID(int=33)), deployment_prefix="web",
                       deployment_node="pve", deployment_instances=[instance])
    assert failed.task["state"] == "failed"
    message = failed.task["error"]["message"]
    assert f"instance web-hello: pulling {registry.host}/containr/hello:1.0 failed: skopeo:" in message
    assert "unauthorized" in message or "authentication required" in message
    _assert_made_and_removed(tmp, made)
