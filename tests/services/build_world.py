"""What the build, release and webhook tests share: a project dir whose service_deploy is a stand-in that says
what it would deploy and then waits to be stopped (these tests are about records and states, not guests), and
plain functions that make a project with a node, and services with their guests, as rows.

The stand-in replaces the real playbook in these tests' project dir only: the real one builds in a guest (its
own tests run it against real LXC guests); here a run must stay active until a test stops it."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.domains.nodes.models import Guest, GuestStatus, Node, NodeStatus
from service.domains.services.models import Build, Service, ServiceType
from service.domains.services.secrets import own_box
from service.tasks.models import Task
from tests.factories import TEMPLATE, owner_headers, personal_team

STAND_IN = """\
# Test stand-in for service_deploy (tests/services/build_world.py): says what it would deploy, then waits.
---
- name: Stand in for a service deploy
  hosts: localhost
  connection: local
  gather_facts: false
  vars:
    ansible_python_interpreter: "{{ ansible_playbook_python }}"
  tasks:
    - name: Say what would be deployed
      ansible.builtin.debug:
        msg: "stand-in deploy of {{ service_name }} at {{ service_commit | default('the head', true) }} of \
{{ service_branch }}"

    - name: Wait to be stopped
      ansible.builtin.command: sleep 300
      changed_when: false
"""


@pytest.fixture(scope="module")
def project_dir(project_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's project dir, but with the stand-in as its only playbook."""
    root = tmp_path_factory.mktemp("services-project")
    for entry in project_dir.iterdir():
        if entry.name != "playbooks":
            (root / entry.name).symlink_to(entry)
    (root / "playbooks").mkdir()
    (root / "playbooks" / "service_deploy.yml").write_text(STAND_IN)
    return root


@dataclass
class World:
    headers: dict[str, str]
    team_id: str
    project_id: str
    environment_id: str
    node: Node


async def make_world(client: httpx.AsyncClient, server: Any, *, headers: dict[str, str] | None = None,
                     name: str = "shop") -> World:
    """A project of the caller's (the instance owner by default) with an online node of its team (a row: no
    run here reaches Proxmox VE)."""
    headers = headers or await owner_headers(client)
    team_id = await personal_team(client, headers)
    project = await client.post("/api/v1/projects", headers=headers, json={"name": name, "teamId": team_id})
    assert project.status_code == 201, project.text
    envs = (await client.get(f"/api/v1/projects/{project.json()['id']}/environments", headers=headers)).json()
    node = await Node.create(
        team_id=team_id, name=f"node-{name}", api_url="https://127.0.0.1:8006", token_id="root@pam!containr",
        sealed_token_secret=server.app.state.nodes_box.seal("a-node-token"), verify_tls=False,
        status=NodeStatus.ONLINE, defaults={
            "node": "pve", "template": TEMPLATE, "storage": "local-lvm", "bridge": "vmbr0",
            "network": {"mode": "static", "cidr": "10.213.0.0/24", "gateway": "10.213.0.1",
                        "rangeStart": "10.213.0.10", "rangeEnd": "10.213.0.60"}})
    return World(headers=headers, team_id=team_id, project_id=project.json()["id"], environment_id=envs[0]["id"],
                 node=node)


_vmids = iter(range(700, 10_000))


async def make_service(server: Any, world: World, name: str, *, secret: str = "s3cret-webhook-key",
                       branch: str = "main") -> Service:
    """A running web service with a guest at an address, recorded as its create would have left it."""
    vmid = next(_vmids)
    guest = await Guest.create(node=world.node, pve_node="pve", vmid=vmid, hostname=f"{name}-{vmid}",
                               resource_type="service", resource_id=name, project_id=world.project_id,
                               ip=f"10.213.0.{10 + vmid % 50}", status=GuestStatus.RUNNING)
    service = await Service.create(
        project_id=world.project_id, environment_id=world.environment_id, name=name, type=ServiceType.WEB,
        repository="https://git.example.com/shop.git", branch=branch, node=world.node, guest=guest,
        status="running", sealed_webhook_secret=own_box(server.settings).seal(secret))
    guest.resource_id = str(service.id)
    await guest.save()
    return service


def github_signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def push_body(branch: str = "main", after: str = "a" * 40, **extra: Any) -> bytes:
    return json.dumps({"ref": f"refs/heads/{branch}", "before": "0" * 40, "after": after, **extra}).encode()


async def wait_build(build_id: str, *, until: set[str], timeout: float = 60) -> Build:
    """Poll the record until the build's stored status is one of `until`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        build = await Build.get(id=build_id)
        if build.status in until:
            return build
        assert loop.time() < deadline, f"build {build_id} still {build.status}"
        await asyncio.sleep(0.1)


async def wait_running(task_id: int, timeout: float = 60) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while (await Task.get(id=task_id)).state == "queued":
        assert loop.time() < deadline, f"task {task_id} never started"
        await asyncio.sleep(0.05)
