"""The reaper against real rows on both databases: a worker silent for worker_dead_after is marked stopped once,
its running tasks end crashed naming it (keys given up, finish hook run once) or go back to the queue when
retriable; live workers' tasks are left alone; two reapers at once handle a dead worker once; old rows pruned."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

from service.tasks import locks, reaper
from service.tasks.locks import RunLock
from service.tasks.models import Task, TaskState, Worker
from tests.workers.conftest import running_task, worker_row


def _counting(server) -> list[int]:
    ended: list[int] = []

    async def hook(task: Task) -> None:
        ended.append(task.id)
    server.engine.on_finish("test-lost", hook)
    return ended


async def _keys(task_id: int) -> set[str]:
    return set(await RunLock.filter(task_id=task_id).values_list("key", flat=True))


async def test_a_dead_workers_running_task_is_crashed_naming_the_worker(server, settings, end_lost):
    hooked = _counting(server)
    now = datetime.now(UTC)
    dead = await worker_row("w-dead", host="host-a", silent=settings.worker_dead_after + 5, now=now)
    alive = await worker_row("w-alive", host="host-b", silent=1, now=now)
    lost = await running_task(dead.id, keys=("database:orders",))
    kept = await running_task(alive.id, keys=("database:shop",))
    queued = await Task.create(type="test-lost", playbook="x.yml", timeout=60, resource_type="database",
                               resource_id="later")

    assert await reaper.reap(settings, end_lost=end_lost, now=now) == [lost.id]

    ended = await Task.get(id=lost.id)
    assert ended.state == TaskState.CRASHED and ended.error_code == "crashed" and ended.finished_at is not None
    heard = dead.last_heartbeat.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    said = f"Worker w-dead on host-a stopped answering (last heartbeat {heard}) while this task was running"
    assert ended.message == said and ended.error_message == said
    assert await _keys(lost.id) == set()
    assert hooked == [lost.id]
    assert [line.text for line in await server.engine.logs.read_lines(lost.id)] == [
        f"[containr] {said}", f"[containr] Task {lost.id} finished: crashed"]
    assert (await Worker.get(id=dead.id)).stopped_at == now

    # The live worker, its task and keys, and the queue are as they were.
    assert (await Task.get(id=kept.id)).state == TaskState.RUNNING and await _keys(kept.id) == {"database:shop"}
    assert (await Worker.get(id=alive.id)).stopped_at is None
    assert (await Task.get(id=queued.id)).state == TaskState.QUEUED

    # A later pass finds nothing more to do: the end and its hook happened once.
    assert await reaper.reap(settings, end_lost=end_lost, now=now + timedelta(seconds=1)) == []
    assert hooked == [lost.id]


async def test_two_reapers_at_once_handle_a_dead_worker_once(server, settings, end_lost):
    hooked = _counting(server)
    now = datetime.now(UTC)
    dead = await worker_row("w-dead", silent=settings.worker_dead_after * 2, now=now)
    tasks = [await running_task(dead.id, keys=(f"database:{n}",)) for n in range(3)]

    handled = await asyncio.gather(*(reaper.reap(settings, end_lost=end_lost, now=now) for _ in range(3)))

    ids = sorted(task_id for each in handled for task_id in each)
    assert ids == [t.id for t in tasks], "each task ended by exactly one reaper"
    assert sorted(hooked) == ids
    assert await locks.held() == {}
    for task in tasks:
        assert (await Task.get(id=task.id)).state == TaskState.CRASHED
    assert (await Worker.get(id=dead.id)).stopped_at == now

    # Marking is one conditional update: of two reapers that both found the worker silent, one marks it.
    other = await worker_row("w-other", silent=settings.worker_dead_after * 2, now=now)
    marked = await asyncio.gather(reaper.mark_dead(settings, now=now), reaper.mark_dead(settings, now=now))
    assert sorted([w.id for w in m] for m in marked) == [[], [other.id]]


async def test_a_retriable_task_goes_back_to_the_queue(server, settings, end_lost):
    hooked = _counting(server)
    now = datetime.now(UTC)
    dead = await worker_row("w-dead", host="host-c", silent=settings.worker_dead_after + 1, now=now)
    task = await running_task(dead.id, keys=("database:orders", "group:backups"), options={"retriable": True},
                              job_id=77, percent=40)
    told: list[tuple[int, str]] = []

    async def requeued(again: Task, message: str) -> None:
        told.append((again.id, message))

    assert await reaper.reap(settings, end_lost=end_lost, requeued=requeued, now=now) == [task.id]

    row = await Task.get(id=task.id)
    assert row.state == TaskState.QUEUED and row.worker_id is None and row.started_at is None
    assert row.percent == 0 and row.finished_at is None
    assert row.message.startswith("Queued again: Worker w-dead on host-c stopped answering")
    assert await _keys(task.id) == set()
    assert hooked == [], "a requeued task has not ended: no finish hook"
    assert told == [(task.id, reaper.lost_message(dead))]


async def test_a_worker_that_stopped_itself_keeps_its_tasks_until_it_is_silent_long_enough(server, settings, end_lost):
    now = datetime.now(UTC)
    stopping = await worker_row("w-stopping", silent=1, stopped_after=0.5, now=now)
    task = await running_task(stopping.id)
    assert await reaper.reap(settings, end_lost=end_lost, now=now) == []
    later = now + timedelta(seconds=settings.worker_dead_after + 1)
    assert await reaper.reap(settings, end_lost=end_lost, now=later) == [task.id]
    assert (await Task.get(id=task.id)).state == TaskState.CRASHED


async def test_workers_stopped_over_a_week_ago_are_pruned(server):
    now = datetime.now(UTC)
    old = await worker_row("w-old", silent=8 * 86400, stopped_after=60, now=now)
    recent = await worker_row("w-recent", silent=6 * 86400, stopped_after=60, now=now)
    alive = await worker_row("w-alive", silent=1, now=now)
    assert await reaper.prune(now=now) == 1
    assert set(await Worker.all().values_list("name", flat=True)) == {recent.name, alive.name}
    assert await Worker.get_or_none(id=old.id) is None


async def test_run_reaper_reaps_on_its_own_until_stopped(server, settings, end_lost):
    quick = settings.model_copy(update={"worker_heartbeat": 0.05, "worker_dead_after": 1.0})
    dead = await worker_row("w-dead", silent=5)
    task = await running_task(dead.id)
    stop = asyncio.Event()
    pruned: list[float] = []

    async def prune_jobs() -> None:
        pruned.append(time.monotonic())

    loop = asyncio.create_task(reaper.run_reaper(quick, end_lost=end_lost, prune_jobs=prune_jobs, stop=stop))
    for _ in range(400):
        if (await Task.get(id=task.id)).state == TaskState.CRASHED:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.2)  # a few passes more
    stop.set()
    await asyncio.wait_for(loop, timeout=10)
    assert (await Task.get(id=task.id)).state == TaskState.CRASHED
    assert (await Worker.get(id=dead.id)).stopped_at is not None
    # The queue's jobs are pruned at the first pass, then once an hour: not at every heartbeat.
    assert len(pruned) == 1
