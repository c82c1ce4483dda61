"""The resource follows its task: finish hooks run after every end, and a failing hook spoils nothing."""

from __future__ import annotations

import pytest

from service.auth.models import User
from service.tasks import RunRequest
from service.tasks.models import Task
from tests.factories import owner_headers, wait_task

pytestmark = pytest.mark.ansible


async def test_hooks_see_the_finished_task_after_success_stop_and_failure(client, server, tmp_path):
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    seen: list[tuple[int, str, object]] = []

    async def record(task: Task) -> None:
        seen.append((task.id, task.state, task.result))

    async def broken(task: Task) -> None:
        raise RuntimeError("a bug in a hook")

    server.engine.on_finish("hooked", record)
    server.engine.on_finish("broken", broken)
    books = server.settings.playbooks_dir

    done = await server.engine.submit(RunRequest(
        type="hooked", playbook=books / "echo.yml", created_by=owner,
        extra_vars={"echo_value": "v1", "echo_out_file": str(tmp_path / "out")}))
    assert (await wait_task(client, headers, done.id))["success"]
    assert seen == [(done.id, "success", {"echoed": "v1"})]

    # Stopped while still queued: the hook runs too (the slot is held by a sleeping run).
    sleeper = await server.engine.submit(RunRequest(
        type="test", playbook=books / "sleep.yml", created_by=owner,
        extra_vars={"sleep_pid_file": str(tmp_path / "a.pid")}))
    second = await server.engine.submit(RunRequest(
        type="test", playbook=books / "sleep.yml", created_by=owner,
        extra_vars={"sleep_pid_file": str(tmp_path / "b.pid")}))
    queued = await server.engine.submit(RunRequest(type="hooked", playbook=books / "fail.yml", created_by=owner))
    await server.engine.stop(await Task.get(id=queued.id))
    assert seen[-1] == (queued.id, "stopped", None)
    for task_id in (sleeper.id, second.id):
        await server.engine.stop(await Task.get(id=task_id))
        await wait_task(client, headers, task_id)

    failed = await server.engine.submit(RunRequest(type="hooked", playbook=books / "fail.yml", created_by=owner))
    assert (await wait_task(client, headers, failed.id))["state"] == "failed"
    assert seen[-1][:2] == (failed.id, "failed")

    # A hook that raises leaves the task's outcome as it was and says so in the task's log.
    broken_task = await server.engine.submit(RunRequest(
        type="broken", playbook=books / "echo.yml", created_by=owner,
        extra_vars={"echo_value": "v2", "echo_out_file": str(tmp_path / "out2")}))
    assert (await wait_task(client, headers, broken_task.id))["success"]
    logs = (await client.get(f"/api/v1/tasks/{broken_task.id}/logs", headers=headers)).text
    assert "Internal error while recording the outcome" in logs and "a bug in a hook" in logs
