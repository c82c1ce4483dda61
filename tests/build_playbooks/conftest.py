"""Fixtures: one build guest for a whole module (real LXC, the simulator's `lxc` backend in lane 2), prepared by
build_prepare.yml by hand (ansible-playbook), with a git server and a registry (htpasswd, TLS from a test CA) on
the lane's gateway where the guest reaches them; the tests run build_prepare and build_step through the engine.

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.auth.models import User
from service.config import REPO_ROOT
from service.tasks import RunRequest
from tests.conftest import Server
from tests.factories import owner_headers, wait_task
from tests.harness.git_server import GitServer, start_git_server
from tests.harness.lxc import Lanes
from tests.harness.oci_image import OciImage, build_image
from tests.harness.registry import Registry, start_registry
from tests.nodes.conftest import TEMPLATE, Run, Runner, pve_env
from tests.pvesim.lxc_backend import LxcBackend
from tests.pvesim.lxc_setup import LxcEnvironment, destroy_containers
from tests.pvesim.server import Credentials, ThreadedServer, build_sim

LANE = 2
HOST = 60  # the guest's address number on the lane's subnet; its vmid is 100 + HOST
RUN_TIMEOUT = 900
REPOSITORY = "app"
GIT_USER, GIT_TOKEN = "builder", f"git-token-{secrets.token_hex(8)}"
AUTH_VAR, TOKEN_VAR = "CONTAINR_REGISTRY_AUTH", "CONTAINR_GIT_TOKEN"


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


@dataclasses.dataclass
class BuildWorld:
    """The module's build guest and what it was prepared from."""

    env: LxcEnvironment
    pve: ThreadedServer
    credentials: Credentials
    key: Path
    git: GitServer
    registry: Registry
    image: str  # the step image the first prepare pulled
    other_image: str  # one no prepare pulled: a step pulls it itself
    project_id: str
    build_id: str
    first_commit: str  # what the build checks out (the branch's head has moved on)
    head_commit: str
    directory: Path

    @property
    def address(self) -> str:
        return f"{self.env.subnet[HOST]}/{self.env.subnet.prefixlen}"

    @property
    def ip(self) -> str:
        return str(self.env.subnet[HOST])

    def secrets(self) -> dict[str, str]:
        """The runs' secret env: the PVE connection, the registry's credentials and the git token."""
        auth = self.registry.authfile(self.directory / "auth").read_text()
        return {**pve_env(self.pve, self.credentials), AUTH_VAR: auth, TOKEN_VAR: GIT_TOKEN}

    def prepare_vars(self, **extra: Any) -> dict[str, Any]:
        return {"build_id": self.build_id, "build_project_id": self.project_id,
                "build_images": [{"image": self.image, "ca_bundle": self.registry.ca_bundle}],
                "build_repo_url": self.git.url(REPOSITORY, host=self.env.gateway), "build_branch": "main",
                "build_commit": self.first_commit, "build_git_username": GIT_USER, "build_keep": [],
                "containr_ssh_private_key_file": str(self.key), "guest_base_apt_proxy": self.env.apt_proxy,
                "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + HOST,
                "proxmox_guest_hostname": f"build-{self.project_id[:8]}", "proxmox_guest_template": TEMPLATE,
                "proxmox_guest_ip": self.address, "proxmox_guest_gateway": self.env.gateway,
                "proxmox_guest_ssh_public_key": Path(f"{self.key}.pub").read_text().strip(), **extra}

    def step_vars(self, step_id: str, artifacts: Path, **extra: Any) -> dict[str, Any]:
        return {"build_guest_ip": self.ip, "containr_ssh_private_key_file": str(self.key),
                "build_id": self.build_id, "build_project_id": self.project_id, "build_workflow_key": "ci",
                "build_step_id": step_id, "build_step_name": "test", "build_step_image": self.image,
                "build_step_ca_bundle": self.registry.ca_bundle, "build_step_script": "true",
                "build_step_timeout": 300, "build_artifacts_dir": str(artifacts), **extra}


def _sim(env: LxcEnvironment, state: Path) -> tuple[ThreadedServer, Credentials]:
    settings = dataclasses.replace(env.backend.settings, storage_dir=state / "storage")
    sim, creds = build_sim(state, nodes=["pve"], backend=LxcBackend(settings), task_delay=0.05)
    return ThreadedServer(sim).start(), creds


def _prepare_by_hand(world: BuildWorld) -> None:
    """build_prepare.yml's first run, by hand (the engine's server lives for one test only): the guest made."""
    extra = world.directory / "prepare.json"
    extra.write_text(json.dumps(world.prepare_vars()))
    env = {**os.environ, **world.secrets(), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["ansible-playbook", "playbooks/build_prepare.yml", "-e", f"@{extra}"], cwd=REPO_ROOT,
                          env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]


@pytest.fixture(scope="module")
def build_world(lxc_lanes: Lanes, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuildWorld]:
    env = lxc_lanes.get(LANE)
    directory = tmp_path_factory.mktemp("build-world")
    key = directory / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "build-test", "-f", str(key)],
                   check=True, timeout=30)
    image: OciImage = build_image(directory / "image", tag="1.0", page="step")
    other: OciImage = build_image(directory / "image-2", tag="2.0", page="step-2")
    pve, creds = _sim(env, directory / "pvesim")
    try:
        with start_git_server(directory / "git", hosts=[env.gateway, "127.0.0.1"]) as git, \
                start_registry(directory / "registry", address=env.gateway) as registry:
            git.create(REPOSITORY, auth=(GIT_USER, GIT_TOKEN))
            first = git.push(REPOSITORY, {"README.md": "first\n", "src/version.txt": "1\n"}, message="The first")
            head = git.push(REPOSITORY, {"README.md": "second\n", "src/version.txt": "2\n"}, message="The second")
            world = BuildWorld(env=env, pve=pve, credentials=creds, key=key, git=git, registry=registry,
                               image=registry.push(image, "containr/step"),
                               other_image=registry.push(other, "containr/step"),
                               project_id=str(uuid.uuid4()), build_id=str(uuid.uuid4()), first_commit=first,
                               head_commit=head, directory=directory)
            _prepare_by_hand(world)
            yield world
    finally:
        pve.stop()
        destroy_containers(env.backend.settings.prefix)


class BuildRunner:
    """Submits the build playbooks through the engine with the world's secrets, and reads their logs."""

    def __init__(self, server: Server, client: httpx.AsyncClient, world: BuildWorld) -> None:
        self.runner = Runner(server, client, world.secrets())
        self.world = world

    async def submit(self, playbook: str, **extra_vars: Any) -> int:
        runner = self.runner
        if not runner.headers:
            runner.headers = await owner_headers(runner.client)
        owner = await User.get(username="owner")
        task = await runner.server.engine.submit(RunRequest(
            type="test", playbook=runner.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
            secrets=self.world.secrets(), extra_vars=extra_vars, timeout=RUN_TIMEOUT))
        return task.id

    async def log(self, task_id: int) -> str:
        runner = self.runner
        return (await runner.client.get(f"/api/v1/tasks/{task_id}/logs", headers=runner.headers)).text

    async def wait(self, task_id: int) -> Run:
        done = await wait_task(self.runner.client, self.runner.headers, task_id, timeout=RUN_TIMEOUT + 30)
        return Run(task=done, log=await self.log(task_id))

    async def __call__(self, playbook: str, **extra_vars: Any) -> Run:
        return await self.wait(await self.submit(playbook, **extra_vars))


@pytest.fixture
def build_run(server: Server, client: httpx.AsyncClient, build_world: BuildWorld) -> BuildRunner:
    return BuildRunner(server, client, build_world)
