"""database_create and database_rotate_password in check mode and with tags, on real LXC guests through the real
engine: a dry run of a new database reports the guest it would make and makes nothing (no container, no vmid
taken); on an existing database a dry run changes nothing and reports no change, or reports the change it would
make and leaves the guest as it was; tags choose the tasks that run."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from typing import Any

import httpx
import pytest

from service.auth.models import User
from service.tasks import RunRequest
from tests.databases.conftest import PASSWORD_VAR, RUN_TIMEOUT, DatabaseRunner, new_password
from tests.factories import owner_headers, wait_task
from tests.harness.lxc import ssh
from tests.nodes.conftest import Run, pve_env
from tests.nodes.test_check_mode import tasks_run
from tests.nodes.test_guest_update import _publish, _version

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone

HOST = 31
VMID = 100 + HOST


async def run_with(database_run: DatabaseRunner, playbook: str, *, password: str, check: bool = False,
                   tags: Iterable[str] = (), **extra_vars: Any) -> Run:
    """database_run's run, with the operator's options: check mode and tags."""
    runner = database_run.runner
    if not runner.headers:
        runner.headers = await owner_headers(runner.client)
    owner = await User.get(username="owner")
    secrets = {**pve_env(database_run.lxc.server, database_run.lxc.credentials), PASSWORD_VAR: password}
    task = await runner.server.engine.submit(RunRequest(
        type="test", playbook=runner.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
        secrets=secrets, extra_vars=extra_vars, timeout=RUN_TIMEOUT, check=check, tags=list(tags)))
    done = await wait_task(runner.client, runner.headers, task.id, timeout=RUN_TIMEOUT + 30)
    log = (await runner.client.get(f"/api/v1/tasks/{task.id}/logs", headers=runner.headers)).text
    return Run(task=done, log=log)


def _listed() -> list[str]:
    return subprocess.run(["lxc-ls", "-1"], capture_output=True, text=True, check=True).stdout.split()


def _pve(database_run: DatabaseRunner) -> httpx.Client:
    lxc = database_run.lxc
    return httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                        headers={"Authorization": lxc.credentials.token_header})


def _fingerprint(database_run: DatabaseRunner) -> str:
    """What a run could change in the guest: its server's files, the apt proxy, the server's start time."""
    return ssh(database_run.key, database_run.lxc.address(HOST),
               "sha256sum /etc/redis/redis.conf /etc/redis/containr-auth.conf /etc/apt/apt.conf.d/01containr-proxy;"
               " systemctl show -p ActiveEnterTimestamp redis-server; dpkg-query -W redis-server", attempts=20)


async def test_dry_runs_of_a_database_report_what_they_would_change_and_change_nothing(
        database_run: DatabaseRunner) -> None:
    password = new_password()
    create = database_run.create_vars(HOST, "redis")
    lxc = database_run.lxc
    with _pve(database_run) as api:
        nextid = api.get("/cluster/nextid").json()["data"]

        dry = await run_with(database_run, "database_create", password=password, check=True, **create)
        assert dry.task["success"], dry.log[-4000:]
        assert dry.changed >= 3, dry.log[-4000:]  # would create, would start, would install in it
        assert f"Would create lxc guest {VMID} (redis-{HOST}) on node pve" in dry.log
        assert "redis would be installed and configured in it" in dry.log
        assert api.get("/cluster/resources", params={"type": "vm"}).json()["data"] == []
        assert api.get("/cluster/nextid").json()["data"] == nextid
        assert lxc.container(VMID) not in _listed()

        made = await database_run("database_create", password=password, **create)
        assert made.task["success"], made.log[-4000:]
    before = _fingerprint(database_run)

    # The database as it is: a dry run has nothing to change.
    again = await run_with(database_run, "database_create", password=password, check=True, **create)
    assert again.task["success"], again.log[-4000:]
    assert again.changed == 0, again.log[-4000:]
    assert "Install Redis" in tasks_run(again.log)  # the guest's part ran, in check mode

    # More memory: the server's settings would change (and the server restart); the guest is left as it was.
    bigger = await run_with(database_run, "database_create", password=password, check=True,
                            **{**create, "proxmox_guest_memory_mb": 1024})
    assert bigger.task["success"], bigger.log[-4000:]
    assert bigger.changed > 0, bigger.log[-4000:]
    assert "changed: [database]" in bigger.log and "RUNNING HANDLER [redis : Restart Redis]" in bigger.log
    rotate = {"database_type": "redis", "database_name": "shop", "database_user": "shop_app",
              "database_host": lxc.address(HOST).split("/")[0],
              "containr_ssh_private_key_file": str(database_run.key)}
    same = await run_with(database_run, "database_rotate_password", password=password, check=True, **rotate)
    assert same.task["success"] and same.changed == 0, same.log[-4000:]
    assert same.task["result"]["rotated"] is False
    new = await run_with(database_run, "database_rotate_password", password=new_password(), check=True, **rotate)
    assert new.task["success"] and new.changed > 0, new.log[-4000:]
    # guest_update: the guest's server is as new as its mirror has it, so a dry run has nothing to upgrade.
    update = await run_with(database_run, "guest_update", password=password, check=True, guest_update_mode="apps",
                            guest_update_guests=[{"hostname": f"redis-{HOST}", "vmid": VMID, "node": "pve",
                                                  "ip": rotate["database_host"], "type": "redis"}],
                            containr_ssh_private_key_file=str(database_run.key),
                            guest_base_apt_proxy=lxc.env.apt_proxy)
    assert update.task["success"] and update.changed == 0, update.log[-4000:]
    assert [guest["status"] for guest in update.task["result"]["guests"]] == ["up_to_date"]
    assert _fingerprint(database_run) == before

    # Tags: only the configuration (and what always runs: the checks, reaching the guest, the report).
    configured = await run_with(database_run, "database_create", password=password, tags=["configure"], **create)
    assert configured.task["success"], configured.log[-4000:]
    names = tasks_run(configured.log)
    assert {"Configure Redis", "Start Redis", "Check the password", "Report the database"} <= set(names)
    assert not {"Install Redis", "Write the password file", "Create the container", "Start the container"} & set(names)
    assert configured.changed == 0, configured.log[-4000:]
    assert configured.task["result"]["port"] == 6379
    assert _fingerprint(database_run) == before

    # A newer package in the guest's sources: a dry run of guest_update reports it and upgrades nothing.
    _publish(lxc, database_run.key, rotate["database_host"], "1.0", "1.1")
    assert _version(database_run.key, rotate["database_host"], "containr-probe") == "1.0"
    box = await run_with(database_run, "guest_update", password=password, check=True, guest_update_mode="box",
                         guest_update_guests=[{"hostname": f"redis-{HOST}", "vmid": VMID, "node": "pve",
                                               "ip": rotate["database_host"], "type": "redis"}],
                         containr_ssh_private_key_file=str(database_run.key),
                         guest_base_apt_proxy=lxc.env.apt_proxy)
    assert box.task["success"] and box.changed > 0, box.log[-4000:]
    (guest,) = box.task["result"]["guests"]
    assert guest["status"] == "would_update" and "containr-probe" in guest["updated"], guest
    assert _version(database_run.key, rotate["database_host"], "containr-probe") == "1.0"
    with _pve(database_run) as api:
        assert [s["name"] for s in api.get(f"/nodes/pve/lxc/{VMID}/snapshot").json()["data"]] == ["current"]
