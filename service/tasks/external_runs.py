"""External mode's runs, as the workers see them: a job's task claimed against the cluster's limit, run and
ended, and a stop sent to whichever worker runs it. The engine (engine.py) records and defers the tasks and
ends a dead worker's (the reaper's); `containr worker` processes call these."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from uuid import UUID

from service.config import Settings
from service.core.errors import Conflict
from service.tasks import locks
from service.tasks.execution import Executor, RunHandle
from service.tasks.models import Task, TaskState
from service.tasks.transport import NotYet, Transport

log = logging.getLogger(__name__)

Take = Callable[..., Awaitable[bool]]  # TaskEngine._take: the row and its keys claimed, owner columns set


class ExternalRuns:
    def __init__(self, settings: Settings, transport: Transport, *, executor: Executor, take: Take,
                 told_ended: Callable[[int], Awaitable[None]]) -> None:
        self.settings = settings
        self.transport = transport
        self._executor = executor
        self._take = take
        self.told_ended = told_ended

    async def stop(self, task: Task) -> None:
        """Queued: stopped here, its job dropped. Running: its job is aborted, and the worker running it stops the
        run and ends the task `stopped` (a dead worker's task is the reaper's to end, not ours)."""
        if await self._executor.end_queued(task):
            await self.told_ended(task.id)
            job_id = (await Task.get(id=task.id)).job_id
            if job_id is not None:
                await self.transport.cancel(job_id)  # a worker that took it meanwhile finds the task stopped
            return
        current = await Task.get_or_none(id=task.id)
        if current is None or current.state != TaskState.RUNNING or current.job_id is None:
            raise Conflict(f"Task {task.id} is not active", code="not_active")
        await self.transport.abort(current.job_id)

    async def claim_job(self, task: Task, *, worker_id: UUID, job_id: int) -> bool:
        """A worker's claim of the task its job carries: the same claim as the dispatcher's, and the cluster's
        runs counted against CONTAINR_MAX_RUNS. False: no longer queued (stopped, or a twin job's). Raises
        NotYet while a key is held, Saturated (a NotYet) while every run of the cluster is taken."""
        task.start()
        try:
            return await self._take(task, worker_id=worker_id, job_id=job_id)
        except locks.Taken as exc:
            raise NotYet(f"task {task.id} waits for a key") from exc

    async def cluster_full(self) -> bool:
        """Whether the cluster runs CONTAINR_MAX_RUNS tasks already (a look, the claim decides)."""
        return await Task.filter(state=TaskState.RUNNING).count() >= self.settings.max_runs

    async def run_claimed(self, task: Task, handle: RunHandle, *, worker_id: UUID) -> bool:
        """A worker's run of the task it claimed, ended as the dispatcher's runs are; not ended when the task is
        no longer this worker's (a reaper found the worker dead and ended it `crashed`). Answers whether the task
        went back to the queue instead (handle.requeue, a retriable run its worker's shutdown stopped)."""
        final = await self._executor.outcome(task, handle)
        current = await Task.get_or_none(id=task.id)
        if current is None or current.state != TaskState.RUNNING or current.worker_id != worker_id:
            log.warning("task %s: ended elsewhere while its run went on here; the run is over", task.id)
            return False
        if handle.requeue and final["state"] == TaskState.CRASHED:
            return await self._executor.requeue(task, handle.message or "Its worker shut down")
        try:
            await self._executor.end(task, final)
        finally:
            await self.told_ended(task.id)
        return False
