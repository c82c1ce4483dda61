"""The task engine: records runs as tasks, queues them under a global limit and their locks, dispatches them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict
from service.core.secrets import SecretBox
from service.tasks import keptruns, locks, relay
from service.tasks.dblog import make_log_store
from service.tasks.dispatcher import Dispatcher
from service.tasks.events import EventBroker, TaskEnded
from service.tasks.execution import Executor, RunHandle
from service.tasks.external_runs import ExternalRuns
from service.tasks.logstore import LogStore
from service.tasks.models import ACTIVE_STATES, Task, TaskState
from service.tasks.transport import RUNS_LOCK, Saturated, Transport

log = logging.getLogger(__name__)


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
        self._dispatcher = Dispatcher(max_runs=settings.max_runs, keys=self.keys, take=self._take,
                                      execute=self._execute, finished=self._ended)
        self._serial_groups: dict[str, str] = {}
        # External mode: runs happen in `containr worker` processes, which take the tasks' jobs from this queue;
        # this process records tasks and defers their jobs, and never runs one itself.
        self.transport: Transport | None = Transport(settings) if settings.external_workers else None
        # What the workers and the reaper call in external mode (external_runs.py).
        self.external = ExternalRuns(settings, self.transport, executor=self._executor, take=self._take,
                                     told_ended=self._told_ended) if self.transport is not None else None

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
        if self.external is not None:
            await self.external.stop(task)
            return
        if self._dispatcher.signal_stop(task.id, TaskState.STOPPED):
            return
        if await self._executor.end_queued(task):
            self._ended(task.id)
            self.wake()
        elif not self._dispatcher.signal_stop(task.id, TaskState.STOPPED):
            raise Conflict(f"Task {task.id} is not active", code="not_active")

    def running_count(self) -> int:
        return len(self._dispatcher.running)

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
        await self._dispatcher.close()
        self._executor.shutdown()
        if self.transport is not None:
            await self.transport.close()
        close_logs = getattr(self.logs, "close", None)
        if close_logs is not None:  # the database's store writes what it holds first
            await close_logs()

    # ---- dispatch and claims ----------------------------------------------------------------------

    def wake(self) -> None:
        """Ask for a pass over the queue (dispatcher.py); external mode has none: the workers' queue dispatches."""
        if self.transport is None:
            self._dispatcher.wake()

    def keys(self, task_type: str, resource_type: str | None, resource_id: str | None,
             options: dict[str, Any] | None) -> set[str]:
        """Every key a run holds while it runs: its resource's, the others it uses, its serial group's."""
        keys = set((options or {}).get("locks") or ())
        if resource_type is not None and resource_id is not None:
            keys.add(locks.resource_key(resource_type, resource_id))
        group = self.serial_group(task_type)
        if group is not None:
            keys.add(locks.group_key(group))
        return keys

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
                keys = self.keys(task.type, task.resource_type, task.resource_id, task.options)
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

    async def _told_ended(self, task_id: int) -> None:
        """A task's end is saved: this process's followers are told; in external mode every instance's, once its
        last lines are stored (relay.py)."""
        self._ended(task_id)
        if self.transport is not None:
            await self._settle_log(task_id)
            await relay.notify_end(task_id)

    async def _execute(self, task: Task, handle: RunHandle) -> None:
        """A run of the local dispatcher's, to its end (the dispatcher gives its slot back)."""
        final = await self._executor.outcome(task, handle)
        await self._executor.end(task, final)


def _busy(resource: tuple[str, str], holder: int) -> Conflict:
    return Conflict(f"{resource[0]} {resource[1]} is busy with task {holder}", code="busy",
                    details={"taskId": holder})
