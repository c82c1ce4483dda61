"""The task transport of external mode: one procrastinate job per task, over the service's own PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import procrastinate
from procrastinate import exceptions as pexc
from procrastinate.job_context import JobContext

from service.config import Settings
from service.core import postgres_url
from service.tasks import queue_schema
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)

TASK_NAME = "containr.run_task"
DEFAULT_QUEUE = "default"
# pg_advisory_lock key (any bigint of our own; queue_schema.SCHEMA_LOCK is another): counting the cluster's runs.
RUNS_LOCK = 0x636F6E74_0002
# A job whose task cannot start yet (its keys are held, the cluster runs CONTAINR_MAX_RUNS tasks) is tried again
# this many seconds later, for as long as it takes: procrastinate fetches by id, so the oldest goes first.
RETRY_WAIT = 1
RETRY_ATTEMPTS = 1_000_000
# A job that ended otherwise than in success (failed, cancelled, aborted) is kept this long, then deleted: the
# task's row is the record of what happened (a succeeded job is deleted by its worker at once).
KEEP_ENDED_JOBS_HOURS = 7 * 24


class NotYet(Exception):
    """The task cannot start now (a key held, the cluster's runs all taken): its job is tried again shortly."""


class Saturated(NotYet):
    """Every run of the cluster (CONTAINR_MAX_RUNS) is taken: nothing can start anywhere until one ends."""


class Requeued(Exception):
    """The task went back to the queue (a retriable run on a worker that shut down): its job is tried again."""


# What a worker does with a job: set by the worker process through the job's context (WorkerProcess.handle).
JobHandler = Callable[[int, JobContext], Awaitable[None]]
HANDLER = "containr_handler"


async def _run_task(context: JobContext, task_id: int) -> None:
    handler: JobHandler | None = (context.additional_context or {}).get(HANDLER)
    if handler is None:  # a procrastinate worker that is not ours: leave the job to one of ours
        raise NotYet("no containr worker handler in this process")
    await handler(task_id, context)


class Transport:
    """The procrastinate App of this process: defers, cancels and aborts the jobs of tasks; a worker runs it."""

    def __init__(self, settings: Settings, *, pool_size: int = 4) -> None:
        self.settings = settings
        self._conninfo = postgres_url.parse(settings.db_url).conninfo()
        connector = procrastinate.PsycopgConnector(conninfo=self._conninfo, min_size=1, max_size=pool_size)
        self.app = procrastinate.App(connector=connector)
        self.run_task = self.app.task(
            name=TASK_NAME, pass_context=True, queue=DEFAULT_QUEUE,
            retry=procrastinate.RetryStrategy(max_attempts=RETRY_ATTEMPTS, wait=RETRY_WAIT,
                                              retry_exceptions={NotYet, Requeued}),
        )(_run_task)
        self._open = False
        self._opening = asyncio.Lock()

    async def open(self) -> None:
        """Open the pool, the queue's schema made or migrated first (queue_schema.py)."""
        async with self._opening:
            if self._open:
                return
            await queue_schema.ensure(self._conninfo)
            await self.app.open_async()
            self._open = True

    async def close(self) -> None:
        if self._open:
            self._open = False
            await self.app.close_async()

    async def defer(self, task: Task) -> int | None:
        """One job for the task, on its queue; its id is stored on the task. None: the task has a waiting job
        already (the queueing lock refused a second one)."""
        queue = (task.options or {}).get("queue") or DEFAULT_QUEUE
        await self.open()  # opened by recover() at start-up; a caller before it opens it here
        try:
            job_id = await self.run_task.configure(queue=queue, queueing_lock=f"task-{task.id}").defer_async(
                task_id=task.id)
        except pexc.AlreadyEnqueued:
            return None
        # Only while the task still waits: a worker's claim writes its own job's id.
        await Task.filter(id=task.id, state=TaskState.QUEUED).update(job_id=job_id)
        task.job_id = job_id
        return job_id

    async def cancel(self, job_id: int) -> bool:
        """Drop a job no worker has taken yet; False when it is gone or taken."""
        await self.open()
        return await self.app.job_manager.cancel_job_by_id_async(job_id, delete_job=True)

    async def abort(self, job_id: int) -> bool:
        """Ask the worker running the job to stop it (it cancels the job's coroutine, which stops the run)."""
        await self.open()
        return await self.app.job_manager.cancel_job_by_id_async(job_id, abort=True)

    async def forget(self, job_id: int) -> None:
        """A job left `doing` by a worker that died: marked failed, so that the queue's listings say it ended."""
        await self.open()
        await self.app.connector.execute_query_async(
            "UPDATE procrastinate_jobs SET status = 'failed' WHERE id = %(job_id)s AND status = 'doing'",
            job_id=job_id)

    async def prune_jobs(self, *, older_than_hours: int = KEEP_ENDED_JOBS_HOURS) -> None:
        """Delete the jobs that ended more than `older_than_hours` ago (the queue's events say when)."""
        await self.open()
        await self.app.job_manager.delete_old_jobs(older_than_hours, include_failed=True, include_cancelled=True,
                                                   include_aborted=True)

    async def status(self, job_id: int) -> str | None:
        """The job's status (todo, doing, succeeded, ...), None when there is no such job."""
        await self.open()
        rows = await self.app.connector.execute_query_all_async(
            "SELECT status FROM procrastinate_jobs WHERE id = %(job_id)s", job_id=job_id)
        return str(rows[0]["status"]) if rows else None

    async def redefer_queued(self) -> int:
        """Queued tasks whose job is gone (deferred by an instance that died before it could, or dropped) get
        one again; with several instances doing this at once the queueing lock keeps it one job per task."""
        count = 0
        for task in await Task.filter(state=TaskState.QUEUED).order_by("id"):
            if task.job_id is not None and await self.status(task.job_id) in ("todo", "doing"):
                continue
            if await self.defer(task) is not None:
                count += 1
        return count
