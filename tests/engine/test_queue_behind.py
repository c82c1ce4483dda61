"""Runs of one playbook and limit queue behind each other (or are refused when asked); conflicting actions are
still refused."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from service.auth.models import User
from service.tasks import RunRequest
from service.tasks.models import Task
from tests.factories import owner_headers, run_playbook, wait_task

pytestmark = pytest.mark.ansible


def _echo(tmp_path: Path, name: str, **body: object) -> dict[str, object]:
    return {"extraVars": {"echo_value": name, "echo_out_file": str(tmp_path / name)}, **body}


async def test_runs_of_one_playbook_take_turns_in_the_order_asked(client, server, tmp_path):
    headers = await owner_headers(client)
    assert server.settings.max_runs == 2  # a free slot each: only the queue-behind keeps them apart
    ids = [await run_playbook(client, headers, "echo", **_echo(tmp_path, f"run{index}")) for index in range(3)]
    for task_id in ids:
        assert (await wait_task(client, headers, task_id))["success"]
    runs = [await Task.get(id=task_id) for task_id in ids]
    for before, after in zip(runs, runs[1:], strict=False):
        assert after.started_at >= before.finished_at, "two runs of one playbook and limit overlapped"
    assert [(tmp_path / f"run{index}").read_text() for index in range(3)] == ["run0", "run1", "run2"]


async def test_a_waiting_run_lets_others_pass_and_can_be_stopped(client, server, tmp_path):
    headers = await owner_headers(client)
    sleep = {"extraVars": {"sleep_pid_file": str(tmp_path / "pid")}}
    first = await run_playbook(client, headers, "sleep", **sleep)
    await wait_task(client, headers, first, until="running")
    waiting = await run_playbook(client, headers, "sleep", **sleep)
    behind = await run_playbook(client, headers, "sleep", **sleep)
    # Another limit is another resource: it takes the free slot past the two that wait.
    other = await run_playbook(client, headers, "echo", **_echo(tmp_path, "other", limit="localhost"))
    assert (await wait_task(client, headers, other))["success"]
    assert [(await Task.get(id=i)).state for i in (first, waiting, behind)] == ["running", "queued", "queued"]

    assert (await client.post(f"/api/v1/tasks/{waiting}/stop", headers=headers)).status_code == 204
    stopped = await wait_task(client, headers, waiting)
    assert stopped["state"] == "stopped" and stopped["message"] == "Stopped before it started"
    assert (await client.post(f"/api/v1/tasks/{first}/stop", headers=headers)).status_code == 204
    await wait_task(client, headers, first)
    await wait_task(client, headers, behind, until="running")  # next in line once the first ended
    assert (await client.post(f"/api/v1/tasks/{behind}/stop", headers=headers)).status_code == 204
    assert (await wait_task(client, headers, behind))["state"] == "stopped"
    assert (await Task.get(id=behind)).started_at >= (await Task.get(id=first)).finished_at


async def test_refuse_answers_409_naming_the_active_run(client, tmp_path):
    headers = await owner_headers(client)
    sleep = {"extraVars": {"sleep_pid_file": str(tmp_path / "pid")}}
    first = await run_playbook(client, headers, "sleep", **sleep)
    queued = await run_playbook(client, headers, "sleep", **sleep, ifBusy="queue")
    refused = await client.post("/api/v1/playbooks/sleep/run", json={**sleep, "ifBusy": "refuse"}, headers=headers)
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "busy" and refused.json()["details"] == {"taskId": first}
    tasks = (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"]
    assert [t["id"] for t in tasks] == [queued, first], "a refused run is not recorded"
    bad = await client.post("/api/v1/playbooks/sleep/run", json={**sleep, "ifBusy": "later"}, headers=headers)
    assert bad.status_code == 422
    for task_id in (queued, first):
        await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
        await wait_task(client, headers, task_id)


async def test_a_conflicting_action_is_still_refused_while_one_waits(client, server, tmp_path):
    """Refusing is the default of engine.submit: a resource whose actions conflict keeps one active task."""
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    playbook = server.settings.playbooks_dir / "sleep.yml"

    def request(**options: object) -> RunRequest:
        return RunRequest(type="test", playbook=playbook, resource=("thing", "one"), created_by=owner,
                          extra_vars={"sleep_pid_file": str(tmp_path / "pid")}, **options)  # type: ignore[arg-type]

    first = await server.engine.submit(request())
    from service.core.errors import Conflict

    with pytest.raises(Conflict) as refused:
        await server.engine.submit(request())
    assert refused.value.details == {"taskId": first.id}
    # Two refusing submits at once for a free resource: exactly one is recorded.
    await client.post(f"/api/v1/tasks/{first.id}/stop", headers=headers)
    await wait_task(client, headers, first.id)
    outcomes = await asyncio.gather(server.engine.submit(request()), server.engine.submit(request()),
                                    return_exceptions=True)
    assert sorted(type(outcome).__name__ for outcome in outcomes) == ["Conflict", "Task"]
    task = next(outcome for outcome in outcomes if isinstance(outcome, Task))
    await client.post(f"/api/v1/tasks/{task.id}/stop", headers=headers)
    await wait_task(client, headers, task.id)


async def test_the_queue_is_read_past_a_page_of_waiting_runs(client, server, tmp_path):
    """More runs wait behind a busy resource than one read of the queue returns: a free run after them starts."""
    from service.tasks.dispatcher import QUEUE_SCAN_PAGE

    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    engine = server.engine
    sleep = server.settings.playbooks_dir / "sleep.yml"
    first = await engine.submit(RunRequest(type="test", playbook=sleep, resource=("thing", "busy"), created_by=owner,
                                           extra_vars={"sleep_pid_file": str(tmp_path / "pid")}))
    await wait_task(client, headers, first.id, until="running")
    waiting = [await engine.submit(RunRequest(type="test", playbook=sleep, resource=("thing", "busy"),
                                              created_by=owner, if_busy="queue",
                                              extra_vars={"sleep_pid_file": str(tmp_path / "pid")}))
               for _ in range(QUEUE_SCAN_PAGE + 3)]
    free = await engine.submit(RunRequest(
        type="test", playbook=server.settings.playbooks_dir / "echo.yml", created_by=owner,
        extra_vars={"echo_value": "free", "echo_out_file": str(tmp_path / "free")}))
    assert (await wait_task(client, headers, free.id))["success"]
    assert {(await Task.get(id=task.id)).state for task in waiting} == {"queued"}
    for task in [*waiting, first]:
        await engine.stop(await Task.get(id=task.id))
    await wait_task(client, headers, first.id)
