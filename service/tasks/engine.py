"""The task engine: records runs as tasks, queues them under a global limit and their locks, dispatches them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from uuid import UUID

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict
from service.core.secrets import SecretBox
from service.tasks import keptruns, locks, relay
from service.tasks.dblog import make_log_store
from service.tasks.events import EventBroker, TaskEnded
from service.tasks.execution import Executor, RunHandle
from service.tasks.logstore import LogStore
from service.tasks.models import ACTIVE_STATES, Task, TaskState
from service.tasks.transport import RUNS_LOCK, NotYet, Saturated, Transport

log = logging.getLogger(__name__)

# Queued rows read per query while looking for the next task to run: most passes need the first one only.
QUEUE_SCAN_PAGE = 32
# While a queued task waits for a key held by a run this process does not watch (another process's, or a queued
# task's), the queue is read again this often: nothing else would say the key was given up.
LOCK_RECHECK_INTERVAL = 0.5  # seconds


@dataclass
class RunRequest:
    """What a caller asks the engine to run; validated by the caller, never templated by Ansible."""

    type: str
    playbook: Path
    extra_vars: dict[str, Any] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict, repr=False)
    resource: tuple[str, str] | None = None
    timeout: int | None = None
    limit: str | None = None
    check: bool = False
    tags: list[str] = field(default_factory=list)
    created_by: User | None = None
    # While the resource has an active task: "refuse" answers 409 naming it (an action that conflicts with the
    # one under way); "queue" waits behind it, in order (another run of one playbook on the same hosts).
    # Either way two tasks of one resource never run at once.
    if_busy: Literal["refuse", "queue"] = "refuse"
    # Keys of other resources the run uses too (locks.resource_key: every database a full backup dumps), held
    # from its start to its end; a submit on one of them meanwhile is refused naming this run.
    locks: tuple[str, ...] = ()
    # External mode: the workers' queue it waits on, and whether a worker that shuts down under it puts it back
    # in the queue instead of ending it `crashed` (a run safe to start again from the top).
    queue: str = "default"
    retriable: bool = False


# Called with the finished task (result, state and error set): moves the task's resource along (a node
# `online`, a database `running`, a backup recorded). Runs after every end: success, failure, stop, timeout,
# and a crash found at start-up.
FinishHook = Callable[[Task], Awaitable[None]]


class TaskEngine:
    def __init__(self, settings: Settings, *, secret_key: str) -> None:
        self.settings = settings
        # Files when runs happen here; the database (task_log_lines) when workers run them elsewhere.
        self.logs: LogStore = make_log_store(settings)
        self.events = EventBroker()
        self._box = SecretBox(secret_key, purpose="task-secrets", previous_keys=settings.previous_keys)
        # Running one claimed task and ending it is the executor's (execution.py); what runs when is ours.
        self._executor = Executor(settings, box=self._box, log_lines=self._log, settle=self._settle_log)
        self._running: dict[int, asyncio.Task[None]] = {}
        self._handles: dict[int, RunHandle] = {}
        # The dispatcher: one task at a time, making passes over the queue while wake-ups keep coming.
        self._dispatcher: asyncio.Task[None] | None = None
        self._wanted = False
        self._recheck = False  # the last pass left a task waiting for a key only another process may give up
        self._recheck_timer: asyncio.TimerHandle | None = None
        self._closed = False
        self._serial_groups: dict[str, str] = {}
        # External mode: runs happen in `containr worker` processes, which take the tasks' jobs from this queue;
        # this process records tasks and defers their jobs, and never runs one itself.
        self.transport: Transport | None = Transport(settings) if settings.external_workers else None

    def on_finish(self, task_type: str, hook: FinishHook) -> None:
        """Register what happens to the resource when a task of this type ends (one hook per type)."""
        self._executor.on_finish(task_type, hook)

    def on_ended(self, listener: FinishHook) -> None:
        """Register what happens after any task ends, whatever its type, once per task and after its type's
        hook (the events slice records task.failed here); a listener that raises is logged with the task."""
        self._executor.on_ended(listener)

    def serialize(self, task_type: str, group: str) -> None:
        """Tasks of the types of one group run one at a time (the group's key in the lock table): a queued one
        waits, keeping its place, while another of its group runs; the queue goes on past it meanwhile."""
        self._serial_groups[task_type] = group

    def serial_group(self, task_type: str) -> str | None:
        return self._serial_groups.get(task_type)

    # ---- the front -------------------------------------------------------------------------------

    async def submit(self, request: RunRequest) -> Task:
        """Record the run as a queued task and dispatch it. While its resource is held (by an active task of its
        own, or by a run that uses it too): 409 naming the holder, or, when the request says so, queued behind."""
        try:
            if request.resource is None or request.if_busy == "queue":
                task = await self._record(request)  # its keys are taken as it starts: the dispatcher waits for them
            else:
                task = await self._record_exclusive(request, request.resource)
        finally:
            # Also when the caller is cancelled while the row is written: a queued row that no dispatch
            # looks for would wait for the next submit, however long that takes.
            self.wake()
        self._log(task.id, [f"[containr] Task {task.id} queued: {request.type} ({request.playbook.name})"])
        if self.transport is not None:
            # After the row and its first line: a worker may take the job at once. A job lost here (this process
            # dies) is deferred again by the next instance's recover().
            await self.transport.defer(task)
        return task

    async def _record_exclusive(self, request: RunRequest, resource: tuple[str, str]) -> Task:
        """The row and its resource's key in one transaction: the unique key refuses a twin in any process."""
        key = locks.resource_key(*resource)
        while True:
            try:
                async with in_transaction() as conn:
                    task = await self._record(request, conn)
                    await locks.acquire(task.id, [key], connection=conn)
                    # A run queued behind the resource takes its key only as it starts: busy all the same.
                    waiting = await (Task.filter(resource_type=resource[0], resource_id=resource[1],
                                                 state__in=list(ACTIVE_STATES))
                                     .exclude(id=task.id).using_db(conn).order_by("id").limit(1)
                                     .values_list("id", flat=True))
                    if waiting:
                        raise _busy(resource, waiting[0])
                    return task
            except locks.Taken:
                holder = await locks.holder([key])
                if holder is not None:
                    raise _busy(resource, holder) from None
                # Given up between the refusal and the look: try again.

    async def _record(self, request: RunRequest, conn: BaseDBAsyncClient | None = None) -> Task:
        return await Task.create(
            type=request.type,
            playbook=str(request.playbook),
            extra_vars=request.extra_vars,
            options={"limit": request.limit, "check": request.check, "tags": request.tags,
                     **({"locks": sorted(set(request.locks))} if request.locks else {}),
                     **({"queue": request.queue} if request.queue != "default" else {}),
                     **({"retriable": True} if request.retriable else {})},
            sealed_secrets=self._box.seal(request.secrets) if request.secrets else None,
            resource_type=request.resource[0] if request.resource else None,
            resource_id=request.resource[1] if request.resource else None,
            timeout=request.timeout or self.settings.task_timeout,
            created_by=request.created_by,
            using_db=conn,
        )

    async def stop(self, task: Task) -> None:
        if not task.active:
            raise Conflict(f"Task {task.id} is not active", code="not_active")
        if self.transport is not None:
            await self._stop_external(task, self.transport)
            return
        if self._signal_stop(task.id):
            return
        if await self._executor.end_queued(task):
            self._ended(task.id)
            self.wake()
        elif not self._signal_stop(task.id):
            raise Conflict(f"Task {task.id} is not active", code="not_active")

    async def _stop_external(self, task: Task, transport: Transport) -> None:
        """Queued: stopped here, its job dropped. Running: its job is aborted, and the worker running it stops the
        run and ends the task `stopped` (a dead worker's task is the reaper's to end, not ours)."""
        if await self._executor.end_queued(task):
            await self._told_ended(task.id)
            job_id = (await Task.get(id=task.id)).job_id
            if job_id is not None:
                await transport.cancel(job_id)  # a worker that took it meanwhile finds the task stopped
            return
        current = await Task.get_or_none(id=task.id)
        if current is None or current.state != TaskState.RUNNING or current.job_id is None:
            raise Conflict(f"Task {task.id} is not active", code="not_active")
        await transport.abort(current.job_id)

    def _signal_stop(self, task_id: int) -> bool:
        handle = self._handles.get(task_id)
        if handle is None:
            return False
        handle.reason = TaskState.STOPPED
        handle.stop.set()
        return True

    def running_count(self) -> int:
        return len(self._running)

    async def recover(self) -> None:
        """At start-up: a task left running by a dead service is crashed; queued ones run now. In external mode
        running tasks are the workers' (the reaper ends a dead worker's): queued ones without a job get one."""
        if self.transport is not None:
            await self.transport.open()
            dropped = await locks.release_ended()
            if dropped:
                log.warning("recover: dropped %s run locks of tasks that are no longer active", dropped)
            redeferred = await self.transport.redefer_queued()
            if redeferred:
                log.warning("recover: deferred again the jobs of %s queued tasks", redeferred)
            return
        for task in await Task.filter(state=TaskState.RUNNING):
            await self._executor.end_orphan(task)
        # Keys of tasks that ended without giving them up (a process that died between the two): nobody else will.
        dropped = await locks.release_ended()
        if dropped:
            log.warning("recover: dropped %s run locks of tasks that are no longer active", dropped)
        await asyncio.to_thread(keptruns.prune, keptruns.root(self.settings.data_dir))
        self.wake()

    async def close(self) -> None:
        """Stop accepting work and cancel what runs; the tasks stay `running` and are crashed at next start
        unless they finish first."""
        self._closed = True
        if self._recheck_timer is not None:
            self._recheck_timer.cancel()
        for handle in self._handles.values():
            handle.reason = TaskState.CRASHED
            handle.stop.set()
        if self._running:
            await asyncio.wait(list(self._running.values()), timeout=10)
        self._executor.shutdown()
        if self.transport is not None:
            await self.transport.close()
        close_logs = getattr(self.logs, "close", None)
        if close_logs is not None:  # the database's store writes what it holds first
            await close_logs()

    # ---- dispatch --------------------------------------------------------------------------------

    def wake(self) -> None:
        """Ask for a pass over the queue. Wake-ups coalesce: a burst of submits costs one pass, not one each,
        and none while every slot is taken (a run that ends frees its slot, then wakes the dispatcher)."""
        if self._closed or self.transport is not None:  # external mode: the workers' queue dispatches
            return
        self._wanted = True
        if self._dispatcher is not None and not self._dispatcher.done():
            return  # the running dispatcher makes another pass before it ends
        if len(self._running) >= self.settings.max_runs:
            return
        self._dispatcher = asyncio.get_running_loop().create_task(self._dispatch())

    async def _dispatch(self) -> None:
        while self._wanted and not self._closed:
            self._wanted = False
            self._recheck = False
            held = await locks.held()
            passed: set[int] = set()  # refused their keys at the claim in this pass: the next pass tries again
            while not self._closed and len(self._running) < self.settings.max_runs:
                task = await self._next_queued(held, passed)
                if task is None:
                    break
                task.start()
                # The handle exists before the claim: a stop that arrives while the claim is on its way finds
                # the row no longer queued, and must find the run to signal (it then ends before it starts).
                handle = self._handles[task.id] = RunHandle(type=task.type)
                if not await self._claim(task):
                    if self._handles.get(task.id) is handle:
                        del self._handles[task.id]
                    passed.add(task.id)
                    continue
                held.update(dict.fromkeys(self._keys(task.type, task.resource_type, task.resource_id,
                                                     task.options), task.id))
                self._running[task.id] = asyncio.create_task(self._run(task))
        if self._recheck and not self._closed and self._recheck_timer is None:
            self._recheck_timer = asyncio.get_running_loop().call_later(LOCK_RECHECK_INTERVAL, self._recheck_now)

    def _recheck_now(self) -> None:
        self._recheck_timer = None
        self.wake()

    def _keys(self, task_type: str, resource_type: str | None, resource_id: str | None,
              options: dict[str, Any] | None) -> set[str]:
        """Every key a run holds while it runs: its resource's, the others it uses, its serial group's."""
        keys = set((options or {}).get("locks") or ())
        if resource_type is not None and resource_id is not None:
            keys.add(locks.resource_key(resource_type, resource_id))
        group = self.serial_group(task_type)
        if group is not None:
            keys.add(locks.group_key(group))
        return keys

    async def _next_queued(self, held: Mapping[str, int], passed: set[int]) -> Task | None:
        """The oldest queued task whose keys are free (or its own already); read a page at a time, so that a
        long queue costs a pass its first page, not every row."""
        after = 0
        while True:
            page = await (Task.filter(state=TaskState.QUEUED, id__gt=after)
                          .exclude(id__in=[*self._handles, *passed])
                          .order_by("id").limit(QUEUE_SCAN_PAGE)
                          .values_list("id", "type", "resource_type", "resource_id", "options"))
            for task_id, task_type, resource_type, resource_id, options in page:
                keys = self._keys(task_type, resource_type, resource_id, options)
                holders = {held.get(key, task_id) for key in keys} - {task_id}
                if holders:
                    # A run of this process wakes the dispatcher as it ends; any other holder may end unheard.
                    self._recheck = self._recheck or not holders <= self._handles.keys()
                    continue
                task = await Task.get_or_none(id=task_id, state=TaskState.QUEUED)  # None: stopped meanwhile
                if task is not None:
                    return task
            if len(page) < QUEUE_SCAN_PAGE:
                return None
            after = page[-1][0]

    async def _claim(self, task: Task) -> bool:
        """The conditional update is the claim: with several workers only one wins a task. The run's keys go
        with it in one transaction: one of them held elsewhere leaves the task queued for a later pass."""
        try:
            return await self._take(task)
        except locks.Taken:
            self._recheck = True  # taken since the pass read the table: by whom, the next pass sees
            return False

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
        """External mode: whether the cluster runs CONTAINR_MAX_RUNS tasks already (a look, the claim decides)."""
        return await Task.filter(state=TaskState.RUNNING).count() >= self.settings.max_runs

    async def _take(self, task: Task, **owner: Any) -> bool:
        async with in_transaction() as conn:
            if self.transport is not None:
                # One claim at a time in the cluster while it counts the runs: two could each see one free.
                await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [RUNS_LOCK])
                if await Task.filter(state=TaskState.RUNNING).using_db(conn).count() >= self.settings.max_runs:
                    raise Saturated(f"{self.settings.max_runs} tasks run already")
            claimed = await Task.filter(id=task.id, state=TaskState.QUEUED).using_db(conn).update(
                state=task.state, started_at=task.started_at, message=task.message,
                updated_at=task.started_at, **owner)
            if claimed:
                keys = self._keys(task.type, task.resource_type, task.resource_id, task.options)
                await locks.acquire(task.id, keys, connection=conn)
            return bool(claimed)

    # ---- a run's log and end ---------------------------------------------------------------------

    def _log(self, task_id: int, texts: list[str]) -> None:
        lines = self.logs.append(task_id, texts)
        self.events.publish(task_id, list(lines))

    def _ended(self, task_id: int) -> None:
        self.logs.forget(task_id)
        if self.transport is None:  # external mode: the relay publishes the end after the task's last lines
            self.events.publish(task_id, [TaskEnded(task_id)])

    async def _settle_log(self, task_id: int) -> None:
        settle = getattr(self.logs, "settle", None)
        if settle is not None:  # a store that writes later (the database's): until the task's lines are stored
            await settle(task_id)

    async def _told_ended(self, task_id: int) -> None:
        """A task's end is saved: this process's followers are told; in external mode every instance's, once its
        last lines are stored (relay.py)."""
        self._ended(task_id)
        if self.transport is not None:
            await self._settle_log(task_id)
            await relay.notify_end(task_id)

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
            await self._told_ended(task.id)
        return False

    async def end_lost(self, task: Task, message: str) -> bool:
        """The reaper's end of a running task whose worker is dead (reaper.EndLost): `crashed` naming the worker,
        through the one end of every task (keys, hooks, followers told); False when another end came first."""
        if not await self._executor.end_lost(task, message):
            return False
        await self._told_ended(task.id)
        if self.transport is not None and task.job_id is not None:
            await self.transport.forget(task.job_id)
        return True

    async def requeued(self, task: Task, message: str) -> None:
        """Told by the reaper that a retriable task of a dead worker waits in the queue again (reaper.Requeued):
        its log says so, and a new job carries it to another worker."""
        self._log(task.id, [f"[containr] Queued again: {message}"])
        if self.transport is not None:
            stale = task.job_id
            await self.transport.defer(task)
            if stale is not None:
                await self.transport.forget(stale)

    async def _run(self, task: Task) -> None:
        handle = self._handles[task.id]
        final = await self._executor.outcome(task, handle)
        try:
            await self._executor.end(task, final)
        finally:
            # Its slot and its handle are given back however its end went: the queue must move on.
            self._handles.pop(task.id, None)
            self._running.pop(task.id, None)
            self._ended(task.id)
            self.wake()


def _busy(resource: tuple[str, str], holder: int) -> Conflict:
    return Conflict(f"{resource[0]} {resource[1]} is busy with task {holder}", code="busy",
                    details={"taskId": holder})
