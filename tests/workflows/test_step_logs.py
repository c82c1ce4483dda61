"""A build step's log: a runner's lines reach a follower of the log stream as they are appended, and the stream
ends with the step; a step Containr runs answers its task's log (a real playbook run)."""

from __future__ import annotations

import asyncio
import stat
from uuid import UUID

import pytest

from service.domains.workflows import step_logs
from service.domains.workflows.build_models import WorkflowBuildStep
from tests.factories import run_playbook, wait_task
from tests.sse import read_stream
from tests.workflows.helpers import step
from tests.workflows.test_runners import logs_url, make_runner, world

pytestmark = pytest.mark.usefixtures("workflow_tables")


async def test_a_follower_gets_the_runners_lines_as_they_come_and_the_end(client, server):
    owner, build = await world(client, [step("a", runsOn=["gpu"])])
    _, runner = await make_runner(client, owner, "gpu-box", ["gpu"])
    step_id = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    await client.post(f"/api/v1/runner/{step_id}/logs", headers=runner, json={"text": "before\n"})
    reading = asyncio.create_task(read_stream(client, logs_url(build, step_id) + "tream", headers=owner))
    for number in range(3):
        await asyncio.sleep(0.2)
        sent = await client.post(f"/api/v1/runner/{step_id}/logs", headers=runner, json={"text": f"line {number}"})
        assert sent.status_code == 204
    assert not reading.done()  # the step runs: the stream stays open
    done = await client.post(f"/api/v1/runner/{step_id}/complete", headers=runner,
                             json={"status": "FAILED", "exitCode": 1, "logs": "last words\n"})
    assert done.status_code == 200, done.text
    stream = await asyncio.wait_for(reading, timeout=30)
    assert [e.text.split(" ", 1)[1] for e in stream.lines] == ["before", "line 0", "line 1", "line 2", "last words"]
    assert [e.id for e in stream.lines] == [1, 2, 3, 4, 5]
    assert (stream.end.json()["status"], stream.end.json()["exitCode"]) == ("FAILED", 1)
    path = step_logs.store(server.settings).path(UUID(step_id))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and path.parent == server.settings.data_dir / "build-logs"
    step_logs.remove(server.settings, [UUID(step_id)])  # as a build's artifacts go
    assert not path.exists() and (await client.get(logs_url(build, step_id), headers=owner)).text == ""


async def test_a_step_containr_runs_answers_its_tasks_log(client, tmp_path):
    owner, build = await world(client, [step("a")])
    task_id = await run_playbook(client, owner, "echo",
                                 extraVars={"echo_value": "hi", "echo_out_file": str(tmp_path / "out")})
    assert (await wait_task(client, owner, task_id))["success"]
    row = await WorkflowBuildStep.get(build=build)
    await WorkflowBuildStep.filter(id=row.id).update(task_id=task_id)
    task_log = (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=owner)).text
    text = (await client.get(logs_url(build, row.id), headers=owner)).text
    assert text == task_log and "Write the value" in text
    stream = await read_stream(client, logs_url(build, row.id) + "tream", headers=owner)
    assert "\n".join(e.text for e in stream.lines) + "\n" == task_log
    assert stream.end is not None
