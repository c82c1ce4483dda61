"""The task engine: records runs as tasks, queues them under a global limit, runs and tracks them."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import traceback
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict
from service.core.secrets import SecretBox
from service.tasks import keptruns, locks, postmortem, procs, runner, supervisor
from service.tasks.events import EventBroker, TaskEnded
from service.tasks.logstore import FileLogStore
from service.tasks.models import ACTIVE_STATES, Task, TaskState
from service.tasks.progress import ProgressTracker

log = logging.getLogger(__name__)

PROGRESS_WRITE_INTERVAL = 0.25  # seconds
# Queued rows read per query while looking for the next task to run: most passes need the first one only.
QUEUE_SCAN_PAGE = 32
# While a queued task waits for a key held by a run this process does not watch (another process's, or a queued
# task's), the queue is read again this often: nothing else would say the key was given up.
LOCK_RECHECK_INTERVAL = 0.5  # seconds

_OUTCOMES = {
    "successful": TaskState.SUCCESS,
    "failed": TaskState.FAILED,
    "timeout": TaskState.TIMEOUT,
}


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


# Called with the finished task (result, state and error set): moves the task's resource along (a node
# `online`, a database `running`, a backup recorded). Runs after every end: success, failure, stop, timeout,
# and a crash found at start-up.
FinishHook = Callable[[Task], Awaitable[None]]


@dataclass
class _Handle:
    type: str
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    reason: TaskState | None = None


class TaskEngine:
    def __init__(self, settings: Settings, *, secret_key: str) -> None:
        self.settings = settings
        self.logs = FileLogStore(settings.logs_dir)
        self.events = EventBroker()
        self._box = SecretBox(secret_key, purpose="task-secrets", previous_keys=settings.previous_keys)
        self._instance = hashlib.sha256(str(settings.data_dir).encode()).hexdigest()[:12]
        self._pool = ThreadPoolExecutor(max_workers=settings.max_runs, thread_name_prefix="containr-run")
        self._running: dict[int, asyncio.Task[None]] = {}
        self._handles: dict[int, _Handle] = {}
        # The dispatcher: one task at a time, making passes over the queue while wake-ups keep coming.
        self._dispatcher: asyncio.Task[None] | None = None
        self._wanted = False
        self._recheck = False  # the last pass left a task waiting for a key only another process may give up
        self._recheck_timer: asyncio.TimerHandle | None = None
        self._closed = False
        self._finish_hooks: dict[str, FinishHook] = {}
        self._serial_groups: dict[str, str] = {}

    def on_finish(self, task_type: str, hook: FinishHook) -> None:
        """Register what happens to the resource when a task of this type ends (one hook per type)."""
        self._finish_hooks[task_type] = hook

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
                     **({"locks": sorted(set(request.locks))} if request.locks else {})},
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
        if self._signal_stop(task.id):
            return
        # Still queued: stopping it is a state change, made only if no worker claimed it meanwhile.
        queued = Task(id=task.id, state=TaskState.QUEUED, type=task.type, playbook=task.playbook,
                      timeout=task.timeout)
        queued.finish(TaskState.STOPPED, message="Stopped before it started")
        async with in_transaction() as conn:
            stopped = await Task.filter(id=task.id, state=TaskState.QUEUED).using_db(conn).update(
                state=queued.state, finished_at=queued.finished_at, message=queued.message,
                error_code=queued.error_code, error_message=queued.error_message, sealed_secrets=None,
                updated_at=queued.finished_at)
            if stopped:  # the key a refusing submit took goes with it
                await locks.release(task.id, connection=conn)
        if stopped:
            self._log(task.id, ["[containr] Stopped before it started"])
            await self._after_finish(await Task.get(id=task.id))
            self._ended(task.id)
            self.wake()
        elif not self._signal_stop(task.id):
            raise Conflict(f"Task {task.id} is not active", code="not_active")

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
        """At start-up: a task left running by a dead service is crashed; queued ones run now."""
        for task in await Task.filter(state=TaskState.RUNNING):
            killed = await asyncio.to_thread(procs.kill_marked, self._marker(task.id))
            task.finish(TaskState.CRASHED, message="The service stopped while this task was running")
            note = f" ({killed} leftover processes killed)" if killed else ""
            self._log(task.id, [f"[containr] Marked crashed at start-up: the service stopped under it{note}"])
            await self._save_ended(task)
            runner.cleanup(self._run_dir(task.id))
            await self._after_finish(task)
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
        self._pool.shutdown(wait=False, cancel_futures=True)

    # ---- dispatch --------------------------------------------------------------------------------

    def wake(self) -> None:
        """Ask for a pass over the queue. Wake-ups coalesce: a burst of submits costs one pass, not one each,
        and none while every slot is taken (a run that ends frees its slot, then wakes the dispatcher)."""
        if self._closed:
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
                handle = self._handles[task.id] = _Handle(type=task.type)
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
            async with in_transaction() as conn:
                claimed = await Task.filter(id=task.id, state=TaskState.QUEUED).using_db(conn).update(
                    state=task.state, started_at=task.started_at, message=task.message,
                    updated_at=task.started_at)
                if claimed:
                    keys = self._keys(task.type, task.resource_type, task.resource_id, task.options)
                    await locks.acquire(task.id, keys, connection=conn)
                return bool(claimed)
        except locks.Taken:
            self._recheck = True  # taken since the pass read the table: by whom, the next pass sees
            return False

    # ---- one run ---------------------------------------------------------------------------------

    def _marker(self, task_id: int) -> str:
        return f"{self._instance}:{task_id}"

    def _run_dir(self, task_id: int) -> Path:
        return self.settings.runs_dir / str(task_id)

    def _log(self, task_id: int, texts: list[str]) -> None:
        lines = self.logs.append(task_id, texts)
        self.events.publish(task_id, list(lines))

    def _ended(self, task_id: int) -> None:
        self.logs.forget(task_id)
        self.events.publish(task_id, [TaskEnded(task_id)])

    async def _run(self, task: Task) -> None:
        handle = self._handles[task.id]
        spec = None
        try:
            spec = self._spec(task)
            # From here on its processes die with the service, however the service dies.
            supervisor.shared().watch(spec.marker)
            await Task.filter(id=task.id).update(sealed_secrets=None)
            final = await self._execute(task, spec, handle)
        except Exception:
            handle.stop.set()  # a run our own code lost track of must not go on unobserved
            self._log(task.id, ["[containr] Internal error:", *traceback.format_exc().splitlines()])
            log.exception("task %s: internal error", task.id)
            final = {"state": TaskState.FAILED, "message": "Internal error in Containr; see the task log",
                     "error_code": "failed"}
        finally:
            if spec is not None and handle.stop.is_set():
                await asyncio.to_thread(procs.kill_marked, spec.marker)
            runner.cleanup(self._run_dir(task.id))
            if spec is not None:
                supervisor.shared().release(spec.marker)
        try:
            await task.refresh_from_db()
            task.finish(final.pop("state"), **final)
            # The resource moves before the task is seen to end: whoever saw the end finds the node online,
            # the guest running. Hooks read the outcome from this object, not from the database.
            await self._after_finish(task)
            # The last line is written before the row says the task ended: a follower that finds it ended
            # reads the file once more and must find the whole log there.
            self._log(task.id, [f"[containr] Task {task.id} finished: {task.state}"])
            await self._save_ended(task)
        finally:
            self._handles.pop(task.id, None)
            self._running.pop(task.id, None)
            self._ended(task.id)
            self.wake()

    @staticmethod
    async def _save_ended(task: Task) -> None:
        """The row says the task ended and its keys are given up in one commit: never one without the other."""
        async with in_transaction() as conn:
            await task.save(using_db=conn)
            await locks.release(task.id, connection=conn)

    async def _after_finish(self, task: Task) -> None:
        """The resource follows its task; a hook that fails is our bug, logged with the task, and leaves the
        task's own outcome as it was."""
        hook = self._finish_hooks.get(task.type)
        if hook is None:
            return
        try:
            await hook(task)
        except Exception:
            self._log(task.id, ["[containr] Internal error while recording the outcome:",
                                *traceback.format_exc().splitlines()])
            log.exception("task %s: finish hook failed", task.id)

    def _spec(self, task: Task) -> runner.RunSpec:
        secrets: Mapping[str, str] = {}
        if task.sealed_secrets:
            opened = self._box.open(task.sealed_secrets)
            secrets = opened if isinstance(opened, dict) else {}
        options = task.options or {}
        return runner.RunSpec(
            task_id=task.id, playbook=Path(task.playbook), project_dir=self.settings.project_dir,
            data_dir=self.settings.data_dir,
            run_dir=self._run_dir(task.id), marker=self._marker(task.id), extra_vars=task.extra_vars or {},
            secret_env=dict(secrets), limit=options.get("limit"), check=bool(options.get("check")),
            tags=list(options.get("tags") or []),
        )

    async def _execute(self, task: Task, spec: runner.RunSpec, handle: _Handle) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        tracker = ProgressTracker(spec.run_dir / runner.PROGRESS_FILE)
        deadline = loop.time() + task.timeout

        def should_cancel() -> bool:  # called from the runner thread
            if handle.stop.is_set():
                return True
            if loop.time() > deadline:
                handle.reason = TaskState.TIMEOUT
                loop.call_soon_threadsafe(handle.stop.set)
                return True
            return False

        def on_event(event: dict[str, Any]) -> None:  # called from the runner thread
            loop.call_soon_threadsafe(inbox.put_nowait, event)

        self._log(task.id, [f"[containr] Running {spec.playbook.name}" + (" (check mode)" if spec.check else "")])
        run = loop.run_in_executor(self._pool, lambda: runner.execute(spec, on_event=on_event,
                                                                      should_cancel=should_cancel))
        run.add_done_callback(lambda _: inbox.put_nowait(None))
        await self._consume(task, inbox, tracker)
        outcome = await run
        tracker.collect()
        death = None
        if outcome.killed or (outcome.status == "failed" and tracker.failure is None):
            by_service = handle.reason is not None or outcome.status == "canceled"
            death = await self._examine(task, spec, outcome, by_service=by_service)
        return self._final(outcome, tracker, handle, task.timeout, death=death)

    async def _examine(self, task: Task, spec: runner.RunSpec, outcome: runner.RunOutcome, *,
                       by_service: bool) -> str | None:
        """A run that ended without a failure the playbook reported: say what is known of its end, end what it
        left behind, and keep its files (secrets removed) for a while. Answers the explanation, if any."""
        secrets = keptruns.secret_values(spec.secret_env)
        note = None
        if outcome.killed:
            death = await asyncio.to_thread(postmortem.examine, outcome, run_dir=spec.run_dir, by_service=by_service,
                                            secrets=secrets)
            self._log(task.id, death.log_lines())
            if by_service:
                return None  # a stop, a timeout, a shutdown: the task says so already
            note = death.message
            # Its workers and their children do not die with it (they ignore the pty's hangup).
            left = await asyncio.to_thread(procs.kill_marked, spec.marker)
            if left:
                self._log(task.id, [f"[containr] {left} processes it left behind were killed"])
        kept = await asyncio.to_thread(
            keptruns.keep, spec.run_dir, into=keptruns.root(self.settings.data_dir), task_id=task.id,
            secrets=secrets, note=note or f"ansible-playbook exited with status {outcome.rc} and reported no failure")
        self._log(task.id, [f"[containr] The run's files are kept in {kept} (secrets removed) for "
                            f"{keptruns.KEEP_DAYS} days, or until {keptruns.KEEP_LAST} newer runs are kept"])
        return note

    async def _consume(self, task: Task, inbox: asyncio.Queue[dict[str, Any] | None],
                       tracker: ProgressTracker) -> None:
        """Apply events in order; batch whatever has arrived into one log append and one row update."""
        finished = False
        last_write, pending = 0.0, False
        loop = asyncio.get_running_loop()
        while not finished:
            batch = [await inbox.get()]
            while not inbox.empty():
                batch.append(inbox.get_nowait())
            texts: list[str] = []
            changed = False
            for event in batch:
                if event is None:
                    finished = True
                    continue
                stdout = event.get("stdout") or ""
                texts.extend(line for line in stdout.splitlines() if line.strip())
                changed = tracker.handle(event) or changed
            self._log(task.id, texts)
            pending = pending or changed
            # Progress is written at most every PROGRESS_WRITE_INTERVAL: a row update per Ansible event
            # costs a run more than it tells a reader; the final state is written when the task finishes.
            if pending and loop.time() - last_write >= PROGRESS_WRITE_INTERVAL:
                await Task.filter(id=task.id).update(percent=tracker.percent,
                                                     message=(tracker.message or "")[:512],
                                                     updated_at=datetime.now(UTC))
                last_write, pending = loop.time(), False

    @staticmethod
    def _final(outcome: runner.RunOutcome, tracker: ProgressTracker, handle: _Handle,
               timeout: int, *, death: str | None = None) -> dict[str, Any]:
        if outcome.status == "canceled" or handle.reason is not None:
            reason = handle.reason or TaskState.STOPPED
            text = {TaskState.TIMEOUT: f"Timed out after {timeout} s",
                    TaskState.CRASHED: "The service stopped while this task was running"}.get(reason, "Stopped")
            return {"state": reason, "message": text, "error_code": reason.value}
        state = _OUTCOMES.get(outcome.status, TaskState.FAILED)
        if state is TaskState.SUCCESS:
            return {"state": state, "message": "Done", "result": tracker.result}
        # A run killed under a playbook that had failed on a host ended because of the kill, not of that failure.
        reason = death or tracker.failure or f"ansible-playbook exited with status {outcome.rc}"
        return {"state": state, "message": reason, "error_code": "failed", "error_message": reason,
                "result": tracker.result or None}


def _busy(resource: tuple[str, str], holder: int) -> Conflict:
    return Conflict(f"{resource[0]} {resource[1]} is busy with task {holder}", code="busy",
                    details={"taskId": holder})
