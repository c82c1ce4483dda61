"""Issue 24's acceptance on one machine: two `containr serve` and three `containr worker` processes on one
PostgreSQL run every task once, stream any task from either API, notice a killed worker, stop runs on their
worker, refuse a busy resource across APIs, fire a schedule once and deliver a notification once."""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import httpx
import psutil
import pytest

from service.config import Settings
from service.core import db
from service.domains.events import outbox
from service.domains.notifications.worker import POLL_SECONDS
from tests.factories import personal_team
from tests.notifications.receiver import Receiver
from tests.scale_out.cluster import SECRET_KEY, Cluster, stop_active, wait_ended, wait_workers
from tests.sse import read_stream

# One cluster for the module (conftest.py): its tests run in one xdist worker, one after another.
pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.one_module_process]

TASKS = 300
SCHEDULE_PERIOD = 5  # seconds: the backup schedule's pattern below
SCHEDULE_PERIODS = 4
STREAM_BOUND = 90


@pytest.fixture
async def apis(cluster: tuple[Cluster, str]) -> AsyncIterator[list[httpx.AsyncClient]]:
    made, token = cluster
    made.check_alive()
    # No keep-alive connections: a loaded API closes an idle one (uvicorn's 5 s) just as the client reuses it,
    # and a POST that met that close cannot be sent again (it may have started a task).
    limits = httpx.Limits(max_keepalive_connections=0)
    clients = [httpx.AsyncClient(base_url=str(made.procs[name].url), timeout=60, limits=limits,
                                 headers={"Authorization": f"Bearer {token}"}) for name in ("api1", "api2")]
    try:
        yield clients
    finally:
        # What a test left active (it failed half-way) would otherwise hold up the next test's runs.
        await stop_active(clients[0])
        for client in clients:
            await client.aclose()


async def _run(client: httpx.AsyncClient, playbook: str, *, limit: str, if_busy: str = "queue",
               **extra_vars: object) -> httpx.Response:
    return await client.post(f"/api/v1/playbooks/{playbook}/run",
                             json={"extraVars": extra_vars, "limit": limit, "ifBusy": if_busy})


async def _started(client: httpx.AsyncClient, playbook: str, *, limit: str, **extra_vars: object) -> int:
    answer = await _run(client, playbook, limit=limit, **extra_vars)
    assert answer.status_code == 202, answer.text
    return int(answer.json()["taskId"])


async def _wait_file(path: Path, *, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return int(path.read_text())
        await asyncio.sleep(0.1)
    raise TimeoutError(f"{path} was not written in {timeout} s")


async def _gone(pid: int, *, timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return True
        await asyncio.sleep(0.1)
    return False


def _worker_running(made: Cluster, pid: int) -> str:
    """The name of the cluster's worker whose process tree holds `pid`."""
    workers = {proc.pid: name for name, proc in made.procs.items() if name.startswith("w")}
    for parent in psutil.Process(pid).parents():
        if parent.pid in workers:
            return workers[parent.pid]
    raise AssertionError(f"pid {pid} runs under no worker of the cluster ({workers})")


async def test_every_task_runs_once_whichever_api_took_it(apis, tmp_path):
    markers = tmp_path / "markers"
    markers.mkdir()
    task_ids: list[int] = []
    for chunk in range(0, TASKS, 50):  # each chunk's requests made as it is sent: none left unawaited
        task_ids += await asyncio.gather(*(_started(apis[n % 2], "marker", limit=f"localhost:t{n}",
                                                    marker_dir=str(markers), marker_name=f"t{n}")
                                           for n in range(chunk, min(chunk + 50, TASKS))))
    assert len(set(task_ids)) == TASKS

    ended = await wait_ended(apis[0], task_ids, timeout=900)
    states = {task_id: task["state"] for task_id, task in ended.items()}
    assert sorted(set(states.values())) == ["success"], {k: v for k, v in states.items() if v != "success"}
    written = sorted(path.name for path in markers.iterdir())
    assert written == sorted(f"t{n}" for n in range(TASKS))
    # A second run of a task would have found its marker there and failed: each holds one line, its own name.
    assert all((markers / name).read_text() == f"{name}\n" for name in written)


async def test_a_task_streams_from_the_api_that_did_not_take_it(apis):
    task_id = await _started(apis[0], "ticks", limit="localhost:stream", tick_count=4)
    try:  # a bound: a stream that misses its end would stay open on keep-alives for ever
        stream = await asyncio.wait_for(read_stream(apis[1], f"/api/v1/tasks/{task_id}/logstream", headers={}),
                                        STREAM_BOUND)
    except TimeoutError:
        task = (await apis[0].get(f"/api/v1/tasks/{task_id}")).json()
        logs = (await apis[1].get(f"/api/v1/tasks/{task_id}/logs")).text.splitlines()
        pytest.fail(f"the stream from api2 did not end in {STREAM_BOUND} s; the task: {task['state']}, "
                    f"{len(logs)} lines in api2's GET /logs")
    assert stream.end is not None and stream.end.json()["state"] == "success", stream.events[-3:]
    logs = (await apis[0].get(f"/api/v1/tasks/{task_id}/logs")).text.splitlines()
    assert [event.text for event in stream.lines] == logs
    assert [event.id for event in stream.lines] == list(range(1, len(logs) + 1))
    assert any("tick 4" in line for line in logs)


@pytest.mark.parametrize(("submit", "stop"), [(0, 1), (1, 0), (0, 0)])
async def test_a_stop_sent_to_either_api_kills_the_run_on_its_worker(apis, tmp_path, submit, stop):
    pid_file = tmp_path / "sleep.pid"
    task_id = await _started(apis[submit], "sleep", limit=f"localhost:stop{submit}{stop}",
                             sleep_pid_file=str(pid_file))
    sleeper = await _wait_file(pid_file)
    try:
        answer = await apis[stop].post(f"/api/v1/tasks/{task_id}/stop")
        assert answer.status_code == 204, answer.text
        ended = await wait_ended(apis[submit], [task_id], timeout=60)
        assert ended[task_id]["state"] == "stopped"
        assert await _gone(sleeper), f"the playbook's sleep (pid {sleeper}) lives on after the stop"
    finally:
        if psutil.pid_exists(sleeper):
            os.kill(sleeper, 9)


async def test_a_busy_resource_is_refused_across_apis(apis, tmp_path):
    pid_file = tmp_path / "sleep.pid"
    running = await _started(apis[1], "sleep", limit="localhost:busy", sleep_pid_file=str(pid_file))
    sleeper = await _wait_file(pid_file)
    try:
        refused = await _run(apis[0], "sleep", limit="localhost:busy", if_busy="refuse",
                             sleep_pid_file=str(tmp_path / "other.pid"))
        assert refused.status_code == 409, refused.text
        assert str(running) in refused.text, refused.text
        assert (await apis[0].post(f"/api/v1/tasks/{running}/stop")).status_code == 204
        assert (await wait_ended(apis[0], [running], timeout=60))[running]["state"] == "stopped"
    finally:
        if psutil.pid_exists(sleeper):
            os.kill(sleeper, 9)


async def test_a_schedule_fires_once_for_the_cluster(apis, cluster, tmp_path):
    made, _ = cluster
    before = {name: made.procs[name].log.read_text(errors="replace").count("schedule backup:")
              for name in ("api1", "api2")}
    config = {"provider": "filesystem", "backupFolder": str(tmp_path / "backups"), "key": "scale-out-key-123",
              "schedulePattern": f"*/{SCHEDULE_PERIOD} * * * * *"}
    answer = await apis[0].post("/api/v1/settings/backup_config", json=config)
    assert answer.status_code == 200, answer.text
    started = time.monotonic()
    try:
        await asyncio.sleep(SCHEDULE_PERIOD * SCHEDULE_PERIODS)
    finally:
        # No more backups: the other tests' runs do not wait behind them.
        assert (await apis[0].post("/api/v1/settings/backup_config",
                                   json={"provider": "noop"})).status_code == 200
    periods = (time.monotonic() - started) / SCHEDULE_PERIOD
    firings = sum(made.procs[name].log.read_text(errors="replace").count("schedule backup:") - before[name]
                  for name in ("api1", "api2"))
    tasks = (await apis[1].get("/api/v1/tasks", params={"type": "backup", "per_page": 100})).json()["tasks"]
    created = sorted(datetime.fromtimestamp(task["creationTime"] / 1000) for task in tasks)
    assert created, f"no backup task in {periods:.1f} periods ({firings} firings logged)"
    # Both instances firing would make two firings a period, and two tasks a second or so apart.
    assert 1 <= firings <= int(periods) + 1, f"{firings} firings in {periods:.1f} periods"
    gaps = [(later - earlier).total_seconds() for earlier, later in zip(created, created[1:], strict=False)]
    assert all(gap >= SCHEDULE_PERIOD / 2 for gap in gaps), gaps


async def test_a_killed_worker_crashes_its_task_and_the_others_go_on(apis, cluster, tmp_path):
    made, _ = cluster
    pid_file = tmp_path / "sleep.pid"
    task_id = await _started(apis[0], "sleep", limit="localhost:killed", sleep_pid_file=str(pid_file))
    sleeper = await _wait_file(pid_file)
    victim = _worker_running(made, sleeper)
    try:
        made.kill(victim)
        # The bound: dead after 4 s without a heartbeat, noticed within a few heartbeats more.
        ended = await wait_ended(apis[1], [task_id], timeout=made.dead_after + 20 * made.heartbeat)
        assert ended[task_id]["state"] == "crashed", ended[task_id]
        assert victim in ended[task_id]["message"], ended[task_id]
    finally:
        if psutil.pid_exists(sleeper):
            os.kill(sleeper, 9)

    markers = tmp_path / "after"
    markers.mkdir()
    after = await asyncio.gather(*(_started(apis[n % 2], "marker", limit=f"localhost:after{n}",
                                            marker_dir=str(markers), marker_name=f"after{n}") for n in range(6)))
    ended = await wait_ended(apis[0], list(after), timeout=300)
    assert {task["state"] for task in ended.values()} == {"success"}
    assert len(list(markers.iterdir())) == 6
    # A worker in its place for whatever runs next.
    made.start_worker("w4")
    await wait_workers(apis[0], {"w4"})


async def test_a_notification_is_delivered_once_by_the_cluster(apis, cluster, tmp_path):
    """Both instances run a delivery worker; the holder of the "notifications" lease alone delivers."""
    made, _ = cluster
    receiver = Receiver()
    await receiver.start()
    try:
        team = await personal_team(apis[0], {})
        hook = await apis[1].post(f"/api/v1/teams/{team}/notifications", json={
            "name": "cluster-hook", "type": "webhook", "url": receiver.url(), "enabledEvents": ["deployment.failed"],
            "active": True})
        assert hook.status_code == 201, hook.text
        # Recorded by a third process, as a worker's finish hook would: each instance finds it on its next look.
        recorder = Settings(data_dir=tmp_path / "recorder", database_url=made.database_url, secret_key=SECRET_KEY)
        async with db.database(recorder):
            event = await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-1",
                                        name="shop", data={"error": "image not found"})
        deadline = time.monotonic() + 3 * POLL_SECONDS
        while not receiver.requests and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        # Long enough for the other instance's look too: a second delivery would have come by now.
        await asyncio.sleep(POLL_SECONDS + 2)
        assert [request.json()["id"] for request in receiver.requests] == [str(event.id)]
        listed = (await apis[0].get(f"/api/v1/notifications/{hook.json()['id']}/deliveries")).json()
        assert listed["total"] == 1 and listed["items"][0]["status"] == "delivered", listed
        assert listed["items"][0]["attempts"] == 1, listed
    finally:
        await receiver.stop()
