"""The engine's own guarantees: queue limit, secrets, internal errors; runs are real."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psutil
import pytest

from service.auth.models import User
from service.tasks import RunRequest, procs
from service.tasks.models import Task, TaskState
from tests.factories import owner_headers, wait_task

pytestmark = pytest.mark.ansible


def _playbook(server, name: str) -> Path:
    return server.settings.playbooks_dir / f"{name}.yml"


async def _states(ids: list[int]) -> list[str]:
    return [(await Task.get(id=task_id)).state for task_id in ids]


async def test_queue_holds_runs_beyond_the_limit_in_order(client, server, tmp_path):
    headers = await owner_headers(client)
    assert server.settings.max_runs == 2
    owner = await User.get(username="owner")
    ids = []
    for index in range(4):
        task = await server.engine.submit(RunRequest(
            type="test", playbook=_playbook(server, "sleep"), created_by=owner,
            extra_vars={"sleep_pid_file": str(tmp_path / f"{index}.pid")}))
        ids.append(task.id)
    for index in range(2):
        await wait_task(client, headers, ids[index], until="running")
    await asyncio.sleep(0.3)
    assert await _states(ids) == ["running", "running", "queued", "queued"]
    queued = (await client.get("/api/v1/tasks?active=true", headers=headers)).json()["tasks"]
    assert {t["id"] for t in queued} == set(ids)
    health = (await client.get("/api/v1/health")).json()
    assert health["runningTasks"] == 2 and health["queuedTasks"] == 2

    # Stopping a running task frees its slot for the oldest queued one, not the newest.
    assert (await client.post(f"/api/v1/tasks/{ids[0]}/stop", headers=headers)).status_code == 204
    await wait_task(client, headers, ids[2], until="running")
    assert await _states(ids) == ["stopped", "running", "running", "queued"]

    # A queued task can be stopped too; it never runs.
    assert (await client.post(f"/api/v1/tasks/{ids[3]}/stop", headers=headers)).status_code == 204
    assert (await wait_task(client, headers, ids[3]))["state"] == "stopped"
    assert not (tmp_path / "3.pid").exists()
    for task_id in ids[1:3]:
        await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
        await wait_task(client, headers, task_id)


async def test_a_stop_that_meets_the_claim_stops_the_run(client, server, tmp_path, monkeypatch):
    """The dispatcher has claimed the task (the row says running) but not yet resumed: a stop arriving then
    finds no queued row, and still stops the run instead of answering that the task is not active."""
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    engine = server.engine
    dispatcher = engine._dispatcher
    claim = dispatcher._claim
    met: list[int] = []

    async def claim_then_stop(task: Task) -> bool:
        claimed = await claim(task)
        as_seen = await Task.get(id=task.id)
        assert as_seen.state == TaskState.RUNNING
        await engine.stop(as_seen)
        met.append(task.id)
        return claimed

    monkeypatch.setattr(dispatcher, "_claim", claim_then_stop)
    task = await engine.submit(RunRequest(type="test", playbook=_playbook(server, "sleep"), created_by=owner,
                                          extra_vars={"sleep_pid_file": str(tmp_path / "pid")}))
    done = await wait_task(client, headers, task.id)
    assert met == [task.id]
    assert done["state"] == "stopped", done


async def test_tasks_of_one_serial_group_take_turns_while_the_queue_goes_on_past_them(client, server, tmp_path):
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    engine = server.engine
    for task_type in ("testTurnA", "testTurnB"):
        engine.serialize(task_type, "test turns")

    def echo(task_type: str, name: str) -> RunRequest:
        return RunRequest(type=task_type, playbook=_playbook(server, "echo"), created_by=owner,
                          extra_vars={"echo_value": name, "echo_out_file": str(tmp_path / name)})

    first = await engine.submit(RunRequest(type="testTurnA", playbook=_playbook(server, "sleep"), created_by=owner,
                                           extra_vars={"sleep_pid_file": str(tmp_path / "pid")}))
    await wait_task(client, headers, first.id, until="running")
    waiting = await engine.submit(echo("testTurnB", "waiting"))
    other = await engine.submit(echo("test", "other"))  # a free slot, and no group: it runs past the waiting one
    assert (await wait_task(client, headers, other.id))["success"]
    assert await _states([first.id, waiting.id]) == ["running", "queued"]
    assert not (tmp_path / "waiting").exists()

    assert (await client.post(f"/api/v1/tasks/{first.id}/stop", headers=headers)).status_code == 204
    assert (await wait_task(client, headers, waiting.id))["success"]
    assert (tmp_path / "waiting").read_text() == "waiting"


async def test_the_backup_repository_is_used_by_one_run_at_a_time(server):
    """Every action that touches the backup repository, or dumps or fills a database, is in its serial group."""
    from service.actions import catalogue
    from service.app import CATALOGUE

    grouped = {a.task_type for a in CATALOGUE.actions.values() if a.serial_group == catalogue.BACKUP_REPOSITORY}
    assert grouped == {"backup", "cleanBackups", "databaseBackup", "databaseRestore", "databaseClone",
                       "databaseDelete", "appBackup", "appRestore", "appClone"}
    assert all(server.engine.serial_group(task_type) == catalogue.BACKUP_REPOSITORY for task_type in grouped)


async def test_a_secret_reaches_the_play_and_nothing_else(client, server, tmp_path):
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    secret = "s3cret-7f1d9c2e-do-not-leak"
    out = tmp_path / "digest"
    task = await server.engine.submit(RunRequest(
        type="test", playbook=_playbook(server, "secret"), created_by=owner,
        secrets={"CONTAINR_SECRET_TOKEN": secret},
        extra_vars={"secret_out_file": str(out), "secret_linger_seconds": 3}))
    marker = server.engine._executor.marker(task.id)

    # While it runs: no process of the run carries the secret on its command line.
    cmdlines: list[str] = []
    for _ in range(400):
        for proc in procs.marked(marker):
            try:
                cmdlines.append(" ".join(proc.cmdline()))
            except psutil.Error:  # a process may end while we look
                continue
        if any(line.startswith("sleep") for line in cmdlines):
            break
        await asyncio.sleep(0.02)
    assert any("ansible-playbook" in line for line in cmdlines), cmdlines
    assert not [line for line in cmdlines if secret in line]
    row = await Task.get(id=task.id)
    assert row.sealed_secrets is None, "secrets stay sealed only until the run starts"

    done = await wait_task(client, headers, task.id)
    assert done["success"], done
    import hashlib

    assert out.read_text() == hashlib.sha256(secret.encode()).hexdigest(), "the play had the secret"
    assert done["result"] == {"secret_length": str(len(secret))} or done["result"] == {
        "secret_length": len(secret)}
    responses = [
        (await client.get(f"/api/v1/tasks/{task.id}", headers=headers)).text,
        (await client.get("/api/v1/tasks", headers=headers)).text,
        (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text,
        (await client.get(f"/api/v1/tasks/{task.id}/logs?format=json", headers=headers)).text,
    ]
    assert not [text for text in responses if secret in text]
    for path in server.settings.data_dir.rglob("*"):
        if path.is_file() and path.suffix != ".sqlite3":
            assert secret not in path.read_text(errors="replace"), path
    assert not (server.settings.runs_dir / str(task.id)).exists(), "the private data dir is removed"


async def test_an_error_in_our_code_fails_the_task_with_the_traceback_only_in_the_log(client, server):
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    # Secrets sealed with another key cannot be opened: the engine's own code fails, not Ansible.
    task = await Task.create(type="test", playbook=str(_playbook(server, "fail")), extra_vars={},
                             options={}, sealed_secrets="not-a-sealed-value", timeout=60, created_by=owner)
    server.engine.wake()
    done = await wait_task(client, headers, task.id)
    assert done["state"] == "failed" and done["error"]["code"] == "failed"
    assert "Traceback" not in done["error"]["message"] and "see the task log" in done["error"]["message"]
    logs = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text
    assert "Traceback (most recent call last)" in logs
    assert "Traceback" not in (await client.get(f"/api/v1/tasks/{task.id}", headers=headers)).text


async def test_illegal_transitions_are_refused_by_the_engine(client, server):
    await owner_headers(client)
    task = await Task.create(type="test", playbook="x.yml", extra_vars={}, options={}, timeout=60,
                             state=TaskState.SUCCESS)
    from service.core.errors import Conflict

    with pytest.raises(Conflict):
        await server.engine.stop(task)
