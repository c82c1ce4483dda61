"""The reaper: a worker whose heartbeat stopped is marked stopped, and the tasks it was running end crashed (or go
back to the queue when their options say they are retriable)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from service.config import Settings
from service.core import db
from service.tasks import locks
from service.tasks.models import Task, TaskState, Worker

log = logging.getLogger(__name__)

# A stopped worker's row is kept this long for the workers page, then deleted.
KEEP_STOPPED = timedelta(days=7)
# The queue's ended jobs are pruned this often (seconds) by each reaper: a scan of the jobs and their events.
JOB_PRUNE_INTERVAL = 3600.0

# Ends a running task whose worker is lost, through the engine's one end path (Task.finish(CRASHED), log line,
# row and keys in one commit, finish hooks), only if the task is still running on that worker: answers whether it
# ended it (another reaper, or the worker itself, may have been first).
EndLost = Callable[[Task, str], Awaitable[bool]]
# Told of a task put back in the queue (its row is queued again, its keys given up): writes the log line and hands
# the task to the queue again (the transport defers a new job).
Requeued = Callable[[Task, str], Awaitable[None]]


def lost_message(worker: Worker) -> str:
    heard = worker.last_heartbeat.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return (f"Worker {worker.name} on {worker.host} stopped answering (last heartbeat {heard}) "
            "while this task was running")


async def mark_dead(settings: Settings, *, now: datetime) -> list[Worker]:
    """Workers silent for settings.worker_dead_after seconds, each marked stopped by the one reaper whose
    conditional update wins; answers those this call marked."""
    cutoff = now - timedelta(seconds=settings.worker_dead_after)
    marked = []
    for worker in await Worker.filter(stopped_at__isnull=True, last_heartbeat__lt=cutoff):
        # The heartbeat is part of the condition: a worker heard from since the read above is alive after all.
        won = await Worker.filter(id=worker.id, stopped_at__isnull=True, last_heartbeat__lt=cutoff).update(
            stopped_at=now)
        if won:
            worker.stopped_at = now
            marked.append(worker)
            log.warning("worker %s on %s (pid %s) is dead: no heartbeat since %s", worker.name, worker.host,
                        worker.pid, worker.last_heartbeat)
    return marked


async def lost_tasks(settings: Settings, *, now: datetime) -> list[tuple[Task, Worker]]:
    """Running tasks whose worker is stopped and silent: those of the workers just marked, and those a reaper
    that died after marking, or a worker that stopped without ending them, left behind."""
    cutoff = now - timedelta(seconds=settings.worker_dead_after)
    gone = Worker.filter(stopped_at__isnull=False, last_heartbeat__lt=cutoff)
    tasks = await Task.filter(state=TaskState.RUNNING, worker_id__in=Subquery(gone.values("id"))).order_by("id")
    if not tasks:
        return []
    workers = {w.id: w for w in await Worker.filter(id__in=list({t.worker_id for t in tasks}))}
    return [(task, workers[task.worker_id]) for task in tasks if task.worker_id in workers]


async def requeue(task: Task, message: str, *, now: datetime) -> bool:
    """Put a retriable task back in the queue, if it is still running on its worker: the Task model refuses
    running -> queued on purpose (a run ends), so this is a conditional update of the row, with its keys given up
    in the same commit. Answers whether this call did it."""
    async with in_transaction() as conn:
        moved = await Task.filter(id=task.id, state=TaskState.RUNNING, worker_id=task.worker_id).using_db(conn).update(
            state=TaskState.QUEUED, worker_id=None, started_at=None, percent=0, message=message[:512],
            updated_at=now)
        if moved:
            await locks.release(task.id, connection=conn)
    return bool(moved)


async def reap(settings: Settings, *, end_lost: EndLost, requeued: Requeued | None = None,
               now: datetime | None = None) -> list[int]:
    """One pass: mark the dead workers, then end (or requeue) every running task of a lost worker. Several
    reapers may run at once (every API instance and worker runs one): each task is handled by exactly one.
    Answers the ids of the tasks this pass handled."""
    now = now or await db.clock()
    await mark_dead(settings, now=now)
    handled = []
    for task, worker in await lost_tasks(settings, now=now):
        message = lost_message(worker)
        if (task.options or {}).get("retriable"):
            if await requeue(task, f"Queued again: {message}", now=now):
                handled.append(task.id)
                if requeued is not None:
                    await requeued(task, message)
        elif await end_lost(task, message):
            handled.append(task.id)
    return handled


async def prune(*, now: datetime | None = None) -> int:
    """Delete the workers stopped more than KEEP_STOPPED ago; answers how many."""
    return await Worker.filter(stopped_at__lt=(now or await db.clock()) - KEEP_STOPPED).delete()


async def run_reaper(settings: Settings, *, end_lost: EndLost, requeued: Requeued | None = None,
                     prune_jobs: Callable[[], Awaitable[None]] | None = None, stop: asyncio.Event) -> None:
    """Reap every settings.worker_heartbeat seconds until `stop` is set, and prune the old workers' rows; the
    queue's ended jobs too (`prune_jobs`: Transport.prune_jobs) once every JOB_PRUNE_INTERVAL. A failed pass is
    logged and the next one tries again: the reaper must outlive a database that blinks."""
    jobs_pruned_at: float | None = None
    while not stop.is_set():
        try:
            handled = await reap(settings, end_lost=end_lost, requeued=requeued)
            if handled:
                log.warning("reaper: ended or requeued the tasks %s of lost workers", handled)
            await prune()
            if prune_jobs is not None and (jobs_pruned_at is None
                                           or time.monotonic() - jobs_pruned_at >= JOB_PRUNE_INTERVAL):
                jobs_pruned_at = time.monotonic()
                await prune_jobs()
        except Exception:
            log.exception("reaper: a pass failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=settings.worker_heartbeat)
