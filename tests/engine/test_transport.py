"""External mode: tasks recorded by the API run on `containr worker` processes through procrastinate jobs."""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import psutil
import pytest
from starlette.datastructures import State

from service.app import build_state, prepare_engine
from service.auth.models import User
from service.config import Settings
from service.tasks import RunRequest, procs
from service.tasks.models import Task, TaskLogLine, TaskState, Worker
from service.tasks.transport import Transport
from service.tasks.worker import WorkerProcess
from tests.factories import owner_headers, run_playbook, wait_task

pytestmark = pytest.mark.ansible

_databases = itertools.count()


@pytest.fixture
def database_url(pg_cluster) -> str:
    # PostgreSQL only: external mode has no other database (no db_backend here, so no sqlite run).
    return pg_cluster.create_database(f"containr_transport_{os.getpid()}_{next(_databases)}")


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"task_workers": "external", "worker_heartbeat": 0.5})


@pytest.fixture
async def start_worker(settings: Settings, server) -> AsyncIterator[Callable]:
    """Workers in the test's process, each with its own engine and queue connections, as `containr worker` has."""
    started: list[tuple[WorkerProcess, asyncio.Task[None]]] = []

    async def start(name: str, **options) -> WorkerProcess:
        secret_key = settings.resolved_secret_key()
        state = State()
        build_state(state, settings, secret_key=secret_key)
        engine = await prepare_engine(state, settings, secret_key=secret_key)
        process = WorkerProcess(settings, name=name, **options)
        runner = asyncio.create_task(process.run(engine))
        started.append((process, runner))
        waiter = asyncio.create_task(process.started.wait())
        await asyncio.wait([runner, waiter], return_when=asyncio.FIRST_COMPLETED)
        if runner.done():
            runner.result()
        return process

    yield start
    for process, _ in started:
        process.stop()
    await asyncio.gather(*(runner for _, runner in started))


def _playbook(server, name: str) -> Path:
    return server.settings.playbooks_dir / f"{name}.yml"


async def _wait_for_file(path: Path) -> int:
    for _ in range(1200):
        if path.exists() and path.read_text().strip():
            return int(path.read_text())
        await asyncio.sleep(0.05)
    raise AssertionError(f"{path} never appeared")


async def _runs_in_log(client, headers, task_id: int) -> int:
    text = (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text
    return sum(1 for line in text.splitlines() if "[containr] Running " in line)


async def test_a_submitted_task_runs_once_on_a_worker(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    process = await start_worker("w1")
    out = tmp_path / "out.txt"
    task_id = await run_playbook(client, headers, "echo", extraVars={"echo_value": "hi", "echo_out_file": str(out)})
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "success" and task["result"]["echoed"] == "hi"
    assert out.read_text() == "hi"
    row = await Task.get(id=task_id)
    assert row.worker_id == process.id and row.job_id is not None
    assert await _runs_in_log(client, headers, task_id) == 1
    # The log is the database's, written by the API ("queued") and the worker (the run) alike.
    texts = await TaskLogLine.filter(task_id=task_id).order_by("number").values_list("text", flat=True)
    assert texts[0].startswith(f"[containr] Task {task_id} queued") and texts[-1].endswith("finished: success")
    assert not server.engine.running_count(), "the API instance runs nothing itself"
    worker = await Worker.get(id=process.id)
    assert worker.name == "w1" and worker.stopped_at is None and worker.concurrency == 1


async def test_stopping_a_queued_task_drops_its_job(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    out = tmp_path / "out.txt"
    task_id = await run_playbook(client, headers, "echo", extraVars={"echo_value": "x", "echo_out_file": str(out)})
    row = await Task.get(id=task_id)
    transport: Transport = server.engine.transport
    assert row.state == TaskState.QUEUED and await transport.status(row.job_id) == "todo"
    assert (await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)).status_code == 204
    assert (await wait_task(client, headers, task_id))["state"] == "stopped"
    assert await transport.status(row.job_id) is None
    # A worker started now finds nothing to run.
    await start_worker("late")
    other = await run_playbook(client, headers, "echo", extraVars={"echo_value": "y", "echo_out_file": str(out)})
    assert (await wait_task(client, headers, other))["state"] == "success"
    assert out.read_text() == "y" and await _runs_in_log(client, headers, task_id) == 0


async def test_stopping_a_running_task_kills_its_run_on_the_worker(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    await start_worker("w1")
    pid_file = tmp_path / "sleeper.pid"
    task_id = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(pid_file)})
    sleeper = await _wait_for_file(pid_file)
    assert psutil.pid_exists(sleeper)
    assert (await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)).status_code == 204
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "stopped" and task["error"]["code"] == "stopped"
    assert not procs.marked(server.engine._executor.marker(task_id))
    assert not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == psutil.STATUS_ZOMBIE
    again = await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    assert again.status_code == 409 and again.json()["code"] == "not_active"


async def test_a_busy_resource_is_refused_or_waited_for(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    await start_worker("w1", concurrency=2)
    body = {"extraVars": {"sleep_pid_file": str(tmp_path / "first.pid")}}
    first = await run_playbook(client, headers, "sleep", **body)
    refused = await client.post("/api/v1/playbooks/sleep/run", json={**body, "ifBusy": "refuse"}, headers=headers)
    assert refused.status_code == 409 and refused.json()["details"] == {"taskId": first}

    # A run queued behind a resource's run waits on the worker's retries while the key is held.
    owner = await User.get(username="owner")
    holder = await server.engine.submit(RunRequest(
        type="test", playbook=_playbook(server, "sleep"), resource=("test", "one"), created_by=owner,
        extra_vars={"sleep_pid_file": str(tmp_path / "holder.pid")}))
    behind = await server.engine.submit(RunRequest(
        type="test", playbook=_playbook(server, "echo"), resource=("test", "one"), if_busy="queue",
        created_by=owner, extra_vars={"echo_value": "b", "echo_out_file": str(tmp_path / "b")}))
    await _wait_for_file(tmp_path / "holder.pid")
    await client.post(f"/api/v1/tasks/{first}/stop", headers=headers)
    assert (await wait_task(client, headers, first))["state"] == "stopped"
    # A slot is free now, the key is not: several retries later it still waits.
    job_id = (await Task.get(id=behind.id)).job_id
    transport: Transport = server.engine.transport
    for _ in range(600):
        rows = await transport.app.connector.execute_query_all_async(
            "SELECT attempts FROM procrastinate_jobs WHERE id = %(id)s", id=job_id)
        if rows and rows[0]["attempts"] >= 2:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the waiting job was never tried again")
    assert (await Task.get(id=behind.id)).state == TaskState.QUEUED
    await client.post(f"/api/v1/tasks/{holder.id}/stop", headers=headers)
    assert (await wait_task(client, headers, behind.id))["state"] == "success"
    assert (tmp_path / "b").read_text() == "b"


async def test_two_workers_racing_never_run_a_task_twice(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    first = await start_worker("w1", concurrency=2)
    second = await start_worker("w2", concurrency=2)
    owner = await User.get(username="owner")
    transport: Transport = server.engine.transport
    ids = []
    for index in range(6):
        task = await server.engine.submit(RunRequest(
            type="test", playbook=_playbook(server, "echo"), created_by=owner,
            extra_vars={"echo_value": str(index), "echo_out_file": str(tmp_path / f"{index}.txt")}))
        ids.append(task.id)
        # A twin job for the same task, as a second instance's recover() would make: both workers may take one.
        await transport.run_task.configure(queue="default").defer_async(task_id=task.id)
    ends = [await wait_task(client, headers, task_id) for task_id in ids]
    assert [end["state"] for end in ends] == ["success"] * 6
    assert [await _runs_in_log(client, headers, task_id) for task_id in ids] == [1] * 6
    rows = await Task.filter(id__in=ids).order_by("id")
    assert {row.worker_id for row in rows} <= {first.id, second.id}


    async def drained() -> bool:
        left = await transport.app.connector.execute_query_all_async(
            "SELECT count(*) AS n FROM procrastinate_jobs WHERE status IN ('todo', 'doing')")
        return left[0]["n"] == 0

    # The twin jobs still waiting (tried again while the runs were all taken) end without a run.
    await _until(drained, "jobs left in the queue")
    assert [await _runs_in_log(client, headers, task_id) for task_id in ids] == [1] * 6


async def _until(check, what: str) -> None:
    for _ in range(1200):
        if await check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(what)


async def test_a_worker_that_shuts_down_crashes_its_run_naming_itself(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    process = await start_worker("w1")
    pid_file = tmp_path / "sleeper.pid"
    task_id = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(pid_file)})
    sleeper = await _wait_for_file(pid_file)
    process.stop()
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "crashed" and task["message"] == "Worker w1 shut down while this task was running"
    assert not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == psutil.STATUS_ZOMBIE
    await _until(lambda: Worker.filter(id=process.id, stopped_at__isnull=False).exists(), "never marked stopped")


async def test_a_retriable_run_goes_back_to_the_queue_for_another_worker(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    first = await start_worker("w1")
    owner = await User.get(username="owner")
    pid_file = tmp_path / "sleeper.pid"
    task = await server.engine.submit(RunRequest(
        type="test", playbook=_playbook(server, "sleep"), created_by=owner, retriable=True,
        secrets={"SOME_TOKEN": "s3cret"}, extra_vars={"sleep_pid_file": str(pid_file)}))
    sleeper = await _wait_for_file(pid_file)
    pid_file.unlink()
    first.stop()
    await _until(lambda: Task.filter(id=task.id, state=TaskState.QUEUED).exists(), "never queued again")
    assert not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == psutil.STATUS_ZOMBIE
    second = await start_worker("w2")
    await _wait_for_file(pid_file)
    row = await Task.get(id=task.id)
    assert row.state == TaskState.RUNNING and row.worker_id == second.id
    assert row.sealed_secrets is not None, "a retriable run keeps its secrets for its next start"
    assert await _runs_in_log(client, headers, task.id) == 2
    await client.post(f"/api/v1/tasks/{task.id}/stop", headers=headers)
    assert (await wait_task(client, headers, task.id))["state"] == "stopped"
    assert (await Task.get(id=task.id)).sealed_secrets is None


async def test_recover_defers_again_a_queued_task_whose_job_is_gone(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    out = tmp_path / "out.txt"
    # Recorded by an instance that died before it deferred the job.
    orphan = await server.engine._record(RunRequest(type="test", playbook=_playbook(server, "echo"), created_by=owner,
                                                    extra_vars={"echo_value": "o", "echo_out_file": str(out)}))
    assert orphan.job_id is None
    await server.engine.recover()
    await server.engine.recover()  # a second instance starting too: still one job
    transport: Transport = server.engine.transport
    jobs = await transport.app.connector.execute_query_all_async(
        "SELECT count(*) AS n FROM procrastinate_jobs WHERE args->>'task_id' = %(id)s", id=str(orphan.id))
    assert jobs[0]["n"] == 1
    await start_worker("w1")
    assert (await wait_task(client, headers, orphan.id))["state"] == "success"
    assert out.read_text() == "o"


async def test_a_worker_found_lost_stops_its_runs_and_leaves_their_end_to_the_reaper(client, server, start_worker,
                                                                                     tmp_path):
    headers = await owner_headers(client)
    process = await start_worker("w1")
    pid_file = tmp_path / "sleeper.pid"
    task_id = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(pid_file)})
    sleeper = await _wait_for_file(pid_file)
    # What a reaper does to a worker it finds silent: the worker marked stopped, its task crashed.
    await Worker.filter(id=process.id).update(stopped_at=datetime.now(UTC))
    await Task.filter(id=task_id).update(state=TaskState.CRASHED, message="reaped", finished_at=datetime.now(UTC))
    await _until(lambda: _gone(sleeper), "the lost worker's run went on")
    await _until(lambda: _false(process.runs), "the run never ended")
    assert process.lost
    row = await Task.get(id=task_id)
    assert row.state == TaskState.CRASHED and row.message == "reaped"


async def _gone(pid: int) -> bool:
    return not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


async def _false(value) -> bool:
    return not value


async def test_the_reaper_ends_a_dead_workers_task_through_the_engine_or_queues_it_again(client, server, settings,
                                                                                          start_worker, tmp_path):
    from service.tasks import reaper

    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    engine = server.engine
    transport: Transport = engine.transport
    dead = await Worker.create(id=uuid4(), name="gone", host="elsewhere", pid=1, queues=[], concurrency=1,
                               last_heartbeat=datetime.now(UTC) - timedelta(hours=1))
    tasks = {}
    for retriable in (False, True):
        out = tmp_path / f"{retriable}.txt"
        task = await engine.submit(RunRequest(
            type="test", playbook=_playbook(server, "echo"), created_by=owner, retriable=retriable,
            resource=("test", str(retriable)), extra_vars={"echo_value": "r", "echo_out_file": str(out)}))
        # Taken by the worker that then died: claimed, its job `doing`, no run anywhere.
        job = await transport.app.job_manager.fetch_job(queues=None, worker_id=None)
        assert job is not None and job.id == task.job_id
        assert await engine.external.claim_job(await Task.get(id=task.id), worker_id=dead.id, job_id=job.id)
        tasks[retriable] = task.id
    # This pass or the app's own reaper (every instance runs one) handles them: each once, the same way.
    handled = await reaper.reap(settings, end_lost=engine.end_lost, requeued=engine.requeued)
    assert set(handled) <= set(tasks.values())

    crashed = await wait_task(client, headers, tasks[False])
    assert crashed["state"] == "crashed" and "Worker gone on elsewhere stopped answering" in crashed["message"]
    assert await transport.status((await Task.get(id=tasks[False])).job_id) == "failed"
    again = await Task.get(id=tasks[True])
    assert again.state == TaskState.QUEUED and await transport.status(again.job_id) == "todo"
    await start_worker("w1")
    assert (await wait_task(client, headers, tasks[True]))["state"] == "success"
    assert (tmp_path / "True.txt").read_text() == "r" and not (tmp_path / "False.txt").exists()


async def test_the_worker_command_runs_tasks_and_stops_on_sigterm(client, server, settings, tmp_path):
    headers = await owner_headers(client)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CONTAINR_")}
    env.update({"CONTAINR_TASK_WORKERS": "external", "CONTAINR_DATABASE_URL": settings.database_url,
                "CONTAINR_SECRET_KEY": settings.secret_key, "CONTAINR_DATA_DIR": str(tmp_path / "worker"),
                "CONTAINR_PROJECT_DIR": str(settings.project_dir), "CONTAINR_WORKER_HEARTBEAT": "0.5"})
    # The command as `containr worker` runs it (service/cli/__init__.py registers it there).
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import typer; from service.cli.worker import worker; typer.run(worker)",
        "--name", "cli", "--concurrency", "2", env=env, stderr=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL)
    try:
        out = tmp_path / "out.txt"
        task_id = await run_playbook(client, headers, "echo", extraVars={"echo_value": "c", "echo_out_file": str(out)})
        assert (await wait_task(client, headers, task_id))["state"] == "success"
        worker = await Worker.get(name="cli")
        assert (await Task.get(id=task_id)).worker_id == worker.id and worker.concurrency == 2
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, stderr.decode()
    assert "worker cli started: queues all, concurrency 2" in stderr.decode()
    assert (await Worker.get(name="cli")).stopped_at is not None


async def test_max_runs_holds_across_workers(client, server, start_worker, tmp_path):
    headers = await owner_headers(client)
    await start_worker("w1", concurrency=2)
    await start_worker("w2", concurrency=2)
    owner = await User.get(username="owner")
    transport: Transport = server.engine.transport
    assert server.settings.max_runs == 2
    sleepers = []
    for index in range(2):
        task = await server.engine.submit(RunRequest(
            type="test", playbook=_playbook(server, "sleep"), created_by=owner,
            extra_vars={"sleep_pid_file": str(tmp_path / f"{index}.pid")}))
        sleepers.append(task.id)
    for index in range(2):
        await _wait_for_file(tmp_path / f"{index}.pid")
    third = await server.engine.submit(RunRequest(
        type="test", playbook=_playbook(server, "echo"), created_by=owner,
        extra_vars={"echo_value": "3", "echo_out_file": str(tmp_path / "third")}))
    # Two runs in the cluster: free slots in either worker do not start a third; a worker holds its job, waiting.
    await _until(lambda: _is(transport.status(third.job_id), "doing"), "the third job was never taken")
    await asyncio.sleep(1)
    assert (await Task.get(id=third.id)).state == TaskState.QUEUED
    assert await Task.filter(state=TaskState.RUNNING).count() == 2
    await client.post(f"/api/v1/tasks/{sleepers[0]}/stop", headers=headers)
    assert (await wait_task(client, headers, third.id))["state"] == "success"
    await client.post(f"/api/v1/tasks/{sleepers[1]}/stop", headers=headers)
    await wait_task(client, headers, sleepers[1])


async def _is(value, expected) -> bool:
    return await value == expected


async def test_ended_jobs_are_pruned_after_a_week_and_waiting_ones_never(client, server):
    await owner_headers(client)
    owner = await User.get(username="owner")
    transport: Transport = server.engine.transport
    tasks = [await server.engine.submit(RunRequest(type="test", playbook=_playbook(server, "echo"), created_by=owner,
                                                   extra_vars={"echo_value": str(n)})) for n in range(3)]
    old_cancelled, new_cancelled, old_waiting = (task.job_id for task in tasks)
    for job_id in (old_cancelled, new_cancelled):
        assert await transport.app.job_manager.cancel_job_by_id_async(job_id)
    # The queue's events say when a job ended: those of two of them a week and a day ago.
    await transport.app.connector.execute_query_async(
        "UPDATE procrastinate_events SET at = at - interval '8 days' WHERE job_id = ANY(%(ids)s)",
        ids=[old_cancelled, old_waiting])

    await transport.prune_jobs()

    assert await transport.status(old_cancelled) is None
    assert await transport.status(new_cancelled) == "cancelled"
    assert await transport.status(old_waiting) == "todo"
    assert await Task.filter(id__in=[task.id for task in tasks]).count() == 3  # the tasks are the record
