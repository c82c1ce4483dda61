"""A `containr worker` process: its Worker row and heartbeat, and the procrastinate worker that runs task jobs."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
from typing import TypeVar
from uuid import uuid4

from procrastinate.job_context import AbortReason, JobContext

from service.config import Settings
from service.core import db
from service.tasks.engine import TaskEngine
from service.tasks.execution import RunHandle
from service.tasks.models import Task, TaskState, Worker
from service.tasks.reaper import run_reaper
from service.tasks.transport import HANDLER, NotYet, Requeued

log = logging.getLogger(__name__)

T = TypeVar("T")

# While the cluster runs CONTAINR_MAX_RUNS tasks, a fetched job looks again this often (seconds).
SATURATED_POLL = 0.25


class WorkerProcess:
    """Registers itself, heartbeats, and runs the jobs of `queues` (every queue when empty), `concurrency` at once.
    A run ends the way a run of the embedded engine does (the same claim, executor and finish hooks)."""

    def __init__(self, settings: Settings, *, queues: list[str] | None = None, concurrency: int = 1,
                 name: str | None = None, grace: float = 0.0) -> None:
        if not settings.external_workers:
            raise ValueError("a worker runs the jobs of external mode: set CONTAINR_TASK_WORKERS=external")
        self.settings = settings
        self.queues = list(queues or [])
        self.concurrency = concurrency
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        # How long a shutdown waits for the runs under way to end by themselves before it stops them.
        self.grace = grace
        self.id = uuid4()
        self.engine: TaskEngine | None = None
        self.lost = False  # a reaper found this worker silent and ended its tasks: its runs end unrecorded
        self.started = asyncio.Event()
        self._stopping = asyncio.Event()
        self.runs: dict[int, RunHandle] = {}

    def stop(self) -> None:
        """Shut down: no more jobs are taken, the runs under way are given `grace` seconds and then stopped."""
        self._stopping.set()

    def install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.stop)

    async def run(self, engine: TaskEngine) -> None:
        """Work until stop() or until a reaper finds this worker lost. The database is connected; `engine` is
        prepared with the app's finish hooks (service.app.prepare_engine)."""
        transport = engine.transport
        assert transport is not None  # external mode, checked in __init__
        self.engine = engine
        await transport.open()
        await Worker.create(id=self.id, name=self.name, host=socket.gethostname(), pid=os.getpid(),
                            queues=self.queues, concurrency=self.concurrency, last_heartbeat=await db.clock())
        heartbeat = asyncio.create_task(self._heartbeat())
        # Every instance and worker reaps: a cluster of workers alone still notices one of them dying.
        reaping = asyncio.Event()
        reaper = asyncio.create_task(run_reaper(self.settings, end_lost=engine.end_lost, requeued=engine.requeued,
                                                prune_jobs=transport.prune_jobs, stop=reaping))
        jobs = asyncio.create_task(transport.app.run_worker_async(
            queues=self.queues or None, concurrency=self.concurrency, name=self.name, wait=True,
            listen_notify=True, install_signal_handlers=False, shutdown_graceful_timeout=self.grace,
            additional_context={HANDLER: self.handle}, delete_jobs="successful"))
        self.started.set()
        try:
            stopping = asyncio.create_task(self._stopping.wait())
            await asyncio.wait([jobs, stopping], return_when=asyncio.FIRST_COMPLETED)
            stopping.cancel()
            if jobs.done():  # the procrastinate worker failed by itself (its database gone): say why
                jobs.result()
        finally:
            jobs.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await jobs
            heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await heartbeat
            reaping.set()
            await reaper
            if not self.lost:
                await Worker.filter(id=self.id, stopped_at=None).update(stopped_at=await db.clock())
            await engine.close()

    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(self.settings.worker_heartbeat)
            try:
                alive = await Worker.filter(id=self.id, stopped_at=None).update(last_heartbeat=await db.clock())
            except Exception:  # the database away for a moment: the next beat tries again
                log.exception("worker %s: heartbeat failed", self.name)
                continue
            if not alive:
                # Marked stopped by a reaper that found us silent: our tasks are ended already, ours no more.
                log.error("worker %s: found marked stopped by a reaper; its runs are stopped", self.name)
                self.lost = True
                self.stop()
                return

    async def handle(self, task_id: int, context: JobContext) -> None:
        """The job of one task: claim it, run it, end it. Raises NotYet (from the claim) to be tried again."""
        external = self.engine.external if self.engine is not None else None
        assert external is not None and context.job.id is not None
        try:
            while True:
                task = await Task.get_or_none(id=task_id)
                if task is None or task.state != TaskState.QUEUED:
                    return  # stopped while it waited, or a twin job of a task that ran already
                if not await external.cluster_full():
                    break
                # Nothing can start anywhere until a run ends: the job waits here, in order, instead of going back
                # to the queue once a second with every other waiting job.
                await asyncio.sleep(SATURATED_POLL)
        except asyncio.CancelledError:
            # Not claimed: a shutdown leaves the job to another worker (tried again), never aborted with its task
            # still queued.
            raise NotYet(f"task {task_id} not started: worker {self.name} shuts down") from None
        handle = RunHandle(type=task.type)
        claim = asyncio.ensure_future(external.claim_job(task, worker_id=self.id, job_id=context.job.id))
        claimed, cancelled = await self._through(claim, handle, context, task)
        if not claimed:
            if cancelled:
                raise asyncio.CancelledError
            return
        self.runs[task_id] = handle
        log.info("worker %s: task %s (%s) started", self.name, task_id, task.type)
        try:
            run = asyncio.ensure_future(external.run_claimed(task, handle, worker_id=self.id))
            requeued, stopped = await self._through(run, handle, context, task)
        finally:
            self.runs.pop(task_id, None)
        ended = await Task.get_or_none(id=task_id).values_list("state", flat=True)
        log.info("worker %s: task %s %s", self.name, task_id, "queued again" if requeued else f"ended {ended}")
        if requeued:
            raise Requeued(f"task {task_id} back in the queue: worker {self.name} shut down")
        if cancelled or stopped:
            raise asyncio.CancelledError  # the job says aborted

    async def _through(self, work: asyncio.Future[T], handle: RunHandle, context: JobContext,
                       task: Task) -> tuple[T, bool]:
        """Await `work` to its end whatever cancels this job: a cancel (an abort, a shutdown) stops the run
        instead, so that the task ends (or goes back to the queue) and its processes die. Answers its result
        and whether a cancel came."""
        cancelled = False
        while True:
            try:
                return await asyncio.shield(work), cancelled
            except asyncio.CancelledError:
                if work.done():
                    raise
                cancelled = True
                self._stop_run(handle, context.abort_reason(), task)

    def _stop_run(self, handle: RunHandle, reason: AbortReason | None, task: Task) -> None:
        if handle.reason is None:
            if reason is AbortReason.USER_REQUEST:
                handle.reason = TaskState.STOPPED
            else:  # this worker shuts down, or was found lost
                handle.reason = TaskState.CRASHED
                handle.message = f"Worker {self.name} shut down while this task was running"
                handle.requeue = bool((task.options or {}).get("retriable")) and not self.lost
        handle.stop.set()

