"""Check mode and tags on the guest playbooks, through the real engine against the PVE simulator: a dry run reports
what it would change and changes nothing, a dry run of what is done already reports no change, tags select the
tasks that run, and the API refuses options a playbook cannot honour (422 naming `check` or `tags`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import httpx
import pytest

from service.auth.models import User
from service.tasks import RunRequest
from tests.factories import owner_headers, wait_task
from tests.nodes.conftest import SSH_KEY, TEMPLATE, Run, Runner

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone

_TASK = re.compile(r"^(?:\S+Z )?TASK \[(?:[a-z_]+ : )?(?P<name>[^\]]+)\]", re.MULTILINE)


async def run_with(runner: Runner, playbook: str, *, check: bool = False, tags: Iterable[str] = (),
                   **extra_vars: Any) -> Run:
    """A run as the operator's API makes it: with check mode and tags."""
    if not runner.headers:
        runner.headers = await owner_headers(runner.client)
    owner = await User.get(username="owner")
    task = await runner.server.engine.submit(RunRequest(
        type="test", playbook=runner.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
        secrets=runner.env, extra_vars=extra_vars, check=check, tags=list(tags)))
    done = await wait_task(runner.client, runner.headers, task.id, timeout=300)
    log = (await runner.client.get(f"/api/v1/tasks/{task.id}/logs", headers=runner.headers)).text
    return Run(task=done, log=log)


def tasks_run(log: str) -> list[str]:
    """The names of the tasks Ansible started, in order (role prefix dropped)."""
    return [match["name"] for match in _TASK.finditer(log)]


def _guests(api: httpx.Client) -> list[dict[str, Any]]:
    return api.get("/cluster/resources", params={"type": "vm"}).json()["data"]


def _create_vars(vmid: int, hostname: str) -> dict[str, Any]:
    return {"proxmox_guest_node": "pve", "proxmox_guest_vmid": vmid, "proxmox_guest_hostname": hostname,
            "proxmox_guest_template": TEMPLATE, "proxmox_guest_ip": "10.213.0.30/24",
            "proxmox_guest_gateway": "10.213.0.1", "proxmox_guest_ssh_public_key": SSH_KEY}


async def test_a_dry_run_of_guest_create_reports_the_guest_and_makes_none(run: Runner, pve_api: httpx.Client) -> None:
    nextid = pve_api.get("/cluster/nextid").json()["data"]
    dry = await run_with(run, "guest_create", check=True, **_create_vars(1200, "dry1"))
    assert dry.task["success"], dry.log[-4000:]
    assert dry.changed >= 2, dry.log[-4000:]  # would create, would start
    assert "Would create lxc guest 1200 (dry1) on node pve" in dry.log
    assert "[containr] Running guest_create.yml (check mode)" in dry.log
    assert _guests(pve_api) == []
    assert pve_api.get("/cluster/nextid").json()["data"] == nextid  # no vmid taken
    assert not [t for t in pve_api.get("/nodes/pve/tasks").json()["data"] if t.get("type") in ("vzcreate", "vzstart")]


async def test_dry_runs_of_what_is_done_already_change_nothing(run: Runner, pve_api: httpx.Client) -> None:
    target = {"proxmox_guest_node": "pve", "proxmox_guest_vmid": 1201}
    made = await run("guest_create", **_create_vars(1201, "dry2"))
    assert made.task["success"], made.log[-4000:]

    again = await run_with(run, "guest_create", check=True, **_create_vars(1201, "dry2"))
    assert again.task["success"] and again.changed == 0, again.log[-4000:]
    running = await run_with(run, "guest_power", check=True, **target, guest_power_state="started")
    assert running.task["success"] and running.changed == 0, running.log[-4000:]

    # A change it would make is reported, and not made.
    stop = await run_with(run, "guest_power", check=True, **target, guest_power_state="stopped")
    assert stop.task["success"] and stop.changed == 1, stop.log[-4000:]
    assert "Would stop guest 1201 (now running)" in stop.log
    gone = await run_with(run, "guest_destroy", check=True, **target, proxmox_guest_hostname="dry2")
    assert gone.task["success"] and gone.changed == 1, gone.log[-4000:]
    snap = await run_with(run, "guest_snapshot", check=True, **target, guest_snapshot_name="before")
    assert snap.task["success"] and snap.changed == 1, snap.log[-4000:]
    deleted = await run_with(run, "database_delete", check=True, **target, proxmox_guest_hostname="dry2")
    assert deleted.task["success"] and deleted.changed == 1, deleted.log[-4000:]
    assert deleted.result == {"vmid": 1201, "destroyed": True}  # what the run would do
    (guest,) = _guests(pve_api)
    assert guest["status"] == "running"
    assert [s["name"] for s in pve_api.get("/nodes/pve/lxc/1201/snapshot").json()["data"]] == ["current"]


async def test_a_dry_run_of_node_check_reports_the_node(run: Runner) -> None:
    done = await run_with(run, "node_check", check=True, node_check_template=TEMPLATE)
    assert done.task["success"] and done.changed == 0, done.log[-4000:]
    assert done.result["pveVersion"].startswith("8.") and done.result["templateFound"] is True
    assert {node["name"] for node in done.result["nodes"]} == {"pve", "pve2"}


async def test_tags_select_the_tasks_that_run(run: Runner, pve_api: httpx.Client) -> None:
    checks = await run_with(run, "guest_create", tags=["preflight"], **_create_vars(1202, "tagged"))
    assert checks.task["success"], checks.log[-4000:]
    assert "Check the guest's settings" in tasks_run(checks.log)
    assert not {"Create the container", "Start the container"} & set(tasks_run(checks.log))
    assert _guests(pve_api) == []

    # create without start: the guest is made and left stopped.
    created = await run_with(run, "guest_create", tags=["create"], **_create_vars(1202, "tagged"))
    assert created.task["success"], created.log[-4000:]
    names = tasks_run(created.log)
    assert "Create the container" in names and "Start the container" not in names
    (guest,) = _guests(pve_api)
    assert guest["vmid"] == 1202 and guest["status"] == "stopped"


async def test_the_catalogue_lists_check_mode_and_tags(client: httpx.AsyncClient) -> None:
    headers = await owner_headers(client)
    listed = (await client.get("/api/v1/playbooks", params={"per_page": 100}, headers=headers)).json()["items"]
    docs = {doc["name"]: doc for doc in listed}
    assert docs["database_create"]["checkMode"] is True
    assert {"preflight", "install", "configure", "postgresql"} <= set(docs["database_create"]["tags"])
    assert docs["guest_backup"]["checkMode"] is False and docs["guest_backup"]["checkModeNote"]
    assert docs["guest_power"]["tags"] == ["preflight", "power", "proxmox_guest"]


async def test_options_a_playbook_cannot_honour_are_refused(client: httpx.AsyncClient) -> None:
    headers = await owner_headers(client)
    url = "/api/v1/playbooks/{}/run"
    check = await client.post(url.format("guest_backup"), json={"check": True}, headers=headers)
    assert check.status_code == 422, check.text
    assert check.json()["details"]["field"] == "check" and "each run writes a new archive" in check.json()["error"]

    tags = await client.post(url.format("guest_power"), json={"tags": ["power", "install"]}, headers=headers)
    assert tags.status_code == 422, tags.text
    body = tags.json()
    assert body["details"]["field"] == "tags" and body["details"]["unknown"] == ["install"]
    assert body["details"]["tags"] == ["preflight", "power", "proxmox_guest"]
    assert "preflight, power, proxmox_guest" in body["error"]

    untagged = await client.post(url.format("guest_backup"), json={"tags": ["backup"]}, headers=headers)
    assert untagged.status_code == 422 and untagged.json()["details"]["field"] == "tags"
    # Nothing was started by the refusals.
    assert (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"] == []

    accepted = await client.post(url.format("controller_check"), json={"check": True}, headers=headers)
    assert accepted.status_code == 202, accepted.text
    done = await wait_task(client, headers, accepted.json()["taskId"])
    assert done["success"], done
