"""Run locks held in the database: all or none, given up on every end and at start-up, and kept by two engines in
two processes that share one PostgreSQL. Run as a module, this file is the second engine (see _Peer)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from service.config import REPO_ROOT, Settings
from service.core.errors import Conflict
from service.tasks import RunRequest, TaskEngine, locks
from service.tasks.locks import RunLock
from service.tasks.models import Task, TaskState

GROUP = "backup repository"
ANSWER = "peer: "  # the peer's answers, told apart from anything else it may print


async def _until(task_id: int, *states: str, bound: int = 2400) -> Task:
    """Poll the row (any process may have moved it) until it is in one of the states; a bound, not a duration."""
    for _ in range(bound):
        task = await Task.get(id=task_id)
        if task.state in states:
            return task
        await asyncio.sleep(0.05)
    raise AssertionError(f"task {task_id} is still {task.state}, not one of {states}")


async def _keys(task_id: int) -> set[str]:
    return set(await RunLock.filter(task_id=task_id).values_list("key", flat=True))


def _request(settings: Settings, playbook: str, tmp_path: Path, **options: Any) -> RunRequest:
    extra = {"sleep": {"sleep_pid_file": str(tmp_path / "pid")},
             "echo": {"echo_value": "done", "echo_out_file": str(tmp_path / f"echo-{os.urandom(4).hex()}")},
             "fail": {}}[playbook]
    return RunRequest(playbook=settings.playbooks_dir / f"{playbook}.yml", extra_vars=extra, **options)


# ---- the table itself ------------------------------------------------------------------------------------

async def test_a_set_is_taken_all_or_none_and_given_up_whole(server):
    await locks.acquire(1, ["database:a", "database:b"])
    with pytest.raises(locks.Taken):
        await locks.acquire(2, ["database:c", "database:b"])
    assert await locks.held() == {"database:a": 1, "database:b": 1}, "nothing of a refused set is kept"
    assert await locks.holder(["database:c", "database:b"]) == 1
    await locks.acquire(1, ["database:b", "group:x"])  # a key it holds already is no conflict
    assert await locks.release(1) == 3
    await locks.acquire(2, ["database:c", "database:b"])
    assert await locks.held() == {"database:b": 2, "database:c": 2}


async def test_busy_with_names_a_holder_or_a_run_queued_behind(server):
    assert await locks.busy_with(("database", "d"), also=["guest:g"]) is None
    archive = await Task.create(type="test", playbook="x.yml", timeout=60, state=TaskState.RUNNING)
    await locks.acquire(archive.id, ["guest:g"])
    assert await locks.busy_with(("database", "d"), also=["guest:g"]) == archive.id
    assert await locks.busy_with(("database", "d")) is None
    behind = await Task.create(type="test", playbook="x.yml", timeout=60, state=TaskState.QUEUED,
                               resource_type="database", resource_id="d")  # holds no key until it starts
    assert await locks.busy_with(("database", "d")) == behind.id


async def test_the_sweep_drops_the_keys_of_tasks_no_longer_active(server):
    def row(state: TaskState) -> Any:
        return Task.create(type="test", playbook="x.yml", timeout=60, state=state)

    queued, running, ended = await row(TaskState.QUEUED), await row(TaskState.RUNNING), await row(TaskState.FAILED)
    for task, key in ((queued, "a"), (running, "b"), (ended, "c")):
        await locks.acquire(task.id, [key])
    await locks.acquire(ended.id + 1000, ["gone"])  # a task that is not there at all
    assert await locks.release_ended() == 2
    assert await locks.held() == {"a": queued.id, "b": running.id}


async def test_start_up_crashes_a_running_task_and_gives_up_its_keys(server):
    running = await Task.create(type="test", playbook="x.yml", timeout=60, state=TaskState.RUNNING)
    ended = await Task.create(type="test", playbook="x.yml", timeout=60, state=TaskState.SUCCESS)
    await locks.acquire(running.id, ["database:r", "group:g"])
    await locks.acquire(ended.id, ["database:e"])
    await server.engine.recover()
    assert (await Task.get(id=running.id)).state == TaskState.CRASHED
    assert await locks.held() == {}


# ---- the engine ------------------------------------------------------------------------------------------

@pytest.mark.ansible
async def test_keys_are_held_while_a_run_runs_and_given_up_on_every_end(server, tmp_path):
    engine, settings = server.engine, server.settings
    engine.serialize("testLocked", "test locks")
    ends: dict[str, Task] = {}

    async def run(name: str, playbook: str, **options: Any) -> Task:
        request = _request(settings, playbook, tmp_path, type="testLocked", resource=("thing", name),
                           locks=(f"database:{name}",), **options)
        task = await engine.submit(request)
        assert await _keys(task.id) == {f"thing:{name}"}, "a refusing submit holds its resource from the start"
        return task

    ok = await run("ok", "echo")
    ends["success"] = await _until(ok.id, "success")
    failed = await run("failed", "fail")
    ends["failed"] = await _until(failed.id, "failed")
    slow = await run("stopped", "sleep")
    await _until(slow.id, "running")
    assert await _keys(slow.id) == {"thing:stopped", "database:stopped", "group:test locks"}
    waiting = await run("waiting", "echo")  # its group is taken: it waits, holding only its resource
    await engine.stop(await Task.get(id=waiting.id))
    ends["stopped before it started"] = await _until(waiting.id, "stopped")
    await engine.stop(await Task.get(id=slow.id))
    ends["stopped"] = await _until(slow.id, "stopped")
    late = await run("timeout", "sleep", timeout=1)
    ends["timeout"] = await _until(late.id, "timeout")
    # Secrets sealed with another key cannot be opened: the run fails in our own code before Ansible starts.
    broken = await Task.create(type="testLocked", playbook=str(settings.playbooks_dir / "echo.yml"), timeout=60,
                               options={"locks": ["database:broken"]}, sealed_secrets="not-a-sealed-value")
    engine.wake()
    ends["internal error"] = await _until(broken.id, "failed")
    for end, task in ends.items():
        assert await _keys(task.id) == set(), f"keys left after {end}"
    assert await locks.held() == {}


@pytest.mark.ansible
async def test_a_resource_another_run_uses_refuses_or_queues_a_submit(server, tmp_path):
    engine, settings = server.engine, server.settings
    backup = await engine.submit(_request(settings, "sleep", tmp_path, type="testBackup",
                                          locks=("database:one", "database:two")))
    await _until(backup.id, "running")
    with pytest.raises(Conflict) as refused:
        await engine.submit(_request(settings, "echo", tmp_path, type="testRestore", resource=("database", "two")))
    assert refused.value.code == "busy" and refused.value.details == {"taskId": backup.id}
    behind = await engine.submit(_request(settings, "echo", tmp_path, type="testRestore",
                                          resource=("database", "one"), if_busy="queue"))
    free = await engine.submit(_request(settings, "echo", tmp_path, type="testRestore",
                                        resource=("database", "three")))
    await _until(free.id, "success")  # a pass went by: the one behind the backup still waits
    assert (await Task.get(id=behind.id)).state == TaskState.QUEUED
    await engine.stop(await Task.get(id=backup.id))
    done = await _until(behind.id, "success")
    assert done.started_at >= (await Task.get(id=backup.id)).finished_at


@pytest.mark.ansible
async def test_a_key_given_up_unheard_is_found_by_reading_the_table_again(server, tmp_path):
    """A key held by a task this engine does not run (another process's) and given up without a wake-up here: the
    engine reads the table again by itself while a task waits for it."""
    engine, settings = server.engine, server.settings
    elsewhere = await Task.create(type="test", playbook="x.yml", timeout=60, state=TaskState.RUNNING)
    await locks.acquire(elsewhere.id, ["database:z"])
    waiting = await engine.submit(_request(settings, "echo", tmp_path, type="test", resource=("database", "z"),
                                           if_busy="queue"))
    free = await engine.submit(_request(settings, "echo", tmp_path, type="test"))
    await _until(free.id, "success")
    assert (await Task.get(id=waiting.id)).state == TaskState.QUEUED
    await Task.filter(id=elsewhere.id).update(state=TaskState.SUCCESS)
    await locks.release(elsewhere.id)  # as the other process would: nothing wakes this engine
    await _until(waiting.id, "success")


# ---- two engines, two processes, one PostgreSQL ----------------------------------------------------------

class _Peer:
    """A second engine in a process of its own on the same database: this module run with `python -m`, asked
    one JSON line at a time."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    async def ask(self, **command: Any) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write((json.dumps(command) + "\n").encode())
        await self.process.stdin.drain()
        while True:
            line = (await asyncio.wait_for(self.process.stdout.readline(), timeout=120)).decode()
            assert line, "the second engine died"
            if line.startswith(ANSWER):
                return json.loads(line.removeprefix(ANSWER))


async def _stop(server: Any, peer: _Peer, task_id: int) -> None:
    """Stop a running task on whichever engine claimed it: both engines claim queued rows, and an engine stops only
    its own runs (a stop across processes is not there yet)."""
    try:
        await server.engine.stop(await Task.get(id=task_id))
    except Conflict:
        assert await peer.ask(op="stop", id=task_id) == {"ok": True}


@pytest.fixture
def pg_settings(pg_cluster, tmp_path: Path, project_dir: Path) -> Settings:
    url = pg_cluster.create_database(f"containr_locks_{os.getpid()}_{os.urandom(4).hex()}")
    return Settings(data_dir=tmp_path / "one", database_url=url, secret_key="t" * 48, max_runs=2,
                    task_timeout=120, project_dir=project_dir, env="development")


@pytest.fixture
async def two_engines(pg_settings: Settings, tmp_path: Path) -> AsyncIterator[tuple[Any, _Peer]]:
    from tests.conftest import Server

    server = Server(pg_settings)
    await server.start()  # migrates and recovers first: the peer's own start-up finds nothing to crash
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.engine.test_run_locks", pg_settings.database_url or "",
        str(tmp_path / "two"), str(pg_settings.project_dir), cwd=REPO_ROOT,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    peer = _Peer(process)
    try:
        assert await peer.ask(op="ping") == {"ok": True}
        for task_type in ("testBackup", "testRestore"):
            server.engine.serialize(task_type, GROUP)
            await peer.ask(op="serialize", type=task_type, group=GROUP)
        yield server, peer
    finally:
        if process.returncode is None:
            await peer.ask(op="quit")
            await asyncio.wait_for(process.wait(), timeout=60)
        await server.stop()


@pytest.mark.ansible
async def test_a_backup_on_one_engine_refuses_or_queues_a_restore_on_the_other(two_engines, tmp_path):
    server, peer = two_engines
    # Like a full backup: its own repository turn, and every database it dumps.
    backup = await server.engine.submit(_request(server.settings, "sleep", tmp_path, type="testBackup",
                                                 locks=("database:x",)))
    await _until(backup.id, "running")
    restore = {"type": "testRestore", "playbook": "echo", "resource": ["database", "x"], "out": str(tmp_path / "r")}
    assert await peer.ask(op="submit", **restore) == {"conflict": "busy", "details": {"taskId": backup.id}}
    queued = (await peer.ask(op="submit", **restore, if_busy="queue"))["id"]
    other = (await peer.ask(op="submit", type="test", playbook="echo", out=str(tmp_path / "o")))["id"]
    await _until(other, "success")  # a pass went by the restore: it waits
    assert (await Task.get(id=queued)).state == TaskState.QUEUED

    await _stop(server, peer, backup.id)
    done = await _until(queued, "success")  # run by whichever engine claims it first
    assert done.started_at >= (await Task.get(id=backup.id)).finished_at
    assert await locks.held() == {}


@pytest.mark.ansible
async def test_one_serial_group_takes_turns_across_engines(two_engines, tmp_path):
    server, peer = two_engines
    restore = await server.engine.submit(_request(server.settings, "sleep", tmp_path, type="testRestore",
                                                  resource=("database", "y")))
    await _until(restore.id, "running")
    # A full backup on the other engine: the group and the database it dumps are both taken.
    backup = (await peer.ask(op="submit", type="testBackup", playbook="echo", locks=["database:y"],
                             out=str(tmp_path / "b")))["id"]
    other = (await peer.ask(op="submit", type="test", playbook="echo", out=str(tmp_path / "o")))["id"]
    await _until(other, "success")
    assert (await Task.get(id=backup)).state == TaskState.QUEUED
    await _stop(server, peer, restore.id)
    done = await _until(backup, "success")
    assert done.started_at >= (await Task.get(id=restore.id)).finished_at


# ---- the peer's side -------------------------------------------------------------------------------------

async def _serve_peer(url: str, data_dir: Path, project_dir: Path) -> None:
    from service.core import db

    settings = Settings(data_dir=data_dir, database_url=url, secret_key="t" * 48, max_runs=2, task_timeout=120,
                        project_dir=project_dir, env="development")
    await db.connect(settings)
    engine = TaskEngine(settings, secret_key=settings.secret_key)
    await engine.recover()
    try:
        while line := await asyncio.to_thread(sys.stdin.readline):
            command = json.loads(line)
            answer = await _answer(engine, settings, command)
            print(ANSWER + json.dumps(answer), flush=True)
            if command["op"] == "quit":
                break
    finally:
        await engine.close()
        await db.disconnect()


async def _answer(engine: TaskEngine, settings: Settings, command: dict[str, Any]) -> dict[str, Any]:
    if command["op"] == "serialize":
        engine.serialize(command["type"], command["group"])
    elif command["op"] == "submit":
        request = RunRequest(
            type=command["type"], playbook=settings.playbooks_dir / f"{command['playbook']}.yml",
            extra_vars={"echo_value": "done", "echo_out_file": command["out"]},
            resource=tuple(command["resource"]) if command.get("resource") else None,  # type: ignore[arg-type]
            locks=tuple(command.get("locks", ())), if_busy=command.get("if_busy", "refuse"))
        try:
            return {"id": (await engine.submit(request)).id}
        except Conflict as conflict:
            return {"conflict": conflict.code, "details": conflict.details}
    elif command["op"] == "stop":
        try:
            await engine.stop(await Task.get(id=command["id"]))
        except Conflict as conflict:
            return {"conflict": conflict.code, "details": conflict.details}
    return {"ok": True}


if __name__ == "__main__":
    asyncio.run(_serve_peer(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])))
