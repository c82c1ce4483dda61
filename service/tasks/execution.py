"""How a task runs and ends: ansible-runner in a worker thread, its events applied, its outcome the task's end."""

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
from typing import TYPE_CHECKING, Any

from tortoise.transactions import in_transaction

from service.config import Settings
from service.core.secrets import SecretBox
from service.tasks import keptruns, locks, postmortem, procs, runner, supervisor
from service.tasks.models import Task, TaskState
from service.tasks.progress import ProgressTracker

if TYPE_CHECKING:  # engine.py imports this module: importing it back at run time would be a cycle
    from service.tasks.engine import FinishHook

log = logging.getLogger(__name__)

PROGRESS_WRITE_INTERVAL = 0.25  # seconds

_OUTCOMES = {
    "successful": TaskState.SUCCESS,
    "failed": TaskState.FAILED,
    "timeout": TaskState.TIMEOUT,
}


@dataclass
class RunHandle:
    """What the engine keeps of a run it started: how to stop it, and why it was stopped."""

    type: str
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    reason: TaskState | None = None
    # What the task's message says of a stop, when the reason's own words would not do (a worker that shut down
    # names itself).
    message: str | None = None
    # A worker that shuts down under a retriable run puts its task back in the queue instead of ending it.
    requeue: bool = False


async def save_ended(task: Task) -> None:
    """The row says the task ended and its keys are given up in one commit: never one without the other."""
    async with in_transaction() as conn:
        await task.save(using_db=conn)
        await locks.release(task.id, connection=conn)


class Executor:
    """Runs the tasks the engine claims, at most settings.max_runs at once, and ends every task: after its run,
    when stopped before it started, or when found at start-up left running by a dead service."""

    def __init__(self, settings: Settings, *, box: SecretBox, log_lines: Callable[[int, list[str]], None],
                 settle: Callable[[int], Awaitable[None]] | None = None) -> None:
        self.settings = settings
        self._box = box
        # The engine's log: a line written here reaches the task's file and its followers alike.
        self._log = log_lines
        # Until a task's lines are stored, for a log store that writes them later (the database's); None: at once.
        self._settle = settle
        # The marker names this service's runs among every process of the machine (procs, supervisor).
        self._instance = hashlib.sha256(str(settings.data_dir).encode()).hexdigest()[:12]
        self._pool = ThreadPoolExecutor(max_workers=settings.max_runs, thread_name_prefix="containr-run")
        self._finish_hooks: dict[str, FinishHook] = {}
        self._ended_listeners: list[FinishHook] = []

    def on_finish(self, task_type: str, hook: FinishHook) -> None:
        self._finish_hooks[task_type] = hook

    def on_ended(self, listener: FinishHook) -> None:
        self._ended_listeners.append(listener)

    def marker(self, task_id: int) -> str:
        return f"{self._instance}:{task_id}"

    def run_dir(self, task_id: int) -> Path:
        return self.settings.runs_dir / str(task_id)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    async def outcome(self, task: Task, handle: RunHandle) -> dict[str, Any]:
        """Run the task; answer how it ended as the fields Task.finish takes. An error in our own code is a
        failure with its traceback in the task log, and its processes are killed."""
        spec = None
        try:
            spec = self._spec(task)
            # From here on its processes die with the service, however the service dies.
            supervisor.shared().watch(spec.marker)
            if not (task.options or {}).get("retriable"):  # a retriable run may start again, with its secrets
                await Task.filter(id=task.id).update(sealed_secrets=None)
            return await self._execute(task, spec, handle)
        except Exception:
            handle.stop.set()  # a run our own code lost track of must not go on unobserved
            self._log(task.id, ["[containr] Internal error:", *traceback.format_exc().splitlines()])
            log.exception("task %s: internal error", task.id)
            return {"state": TaskState.FAILED, "message": "Internal error in Containr; see the task log",
                    "error_code": "failed"}
        finally:
            if spec is not None and handle.stop.is_set():
                await asyncio.to_thread(procs.kill_marked, spec.marker)
            runner.cleanup(self.run_dir(task.id))
            if spec is not None:
                supervisor.shared().release(spec.marker)

    async def end(self, task: Task, final: dict[str, Any]) -> None:
        """Make the run's outcome (from outcome()) the task's end: the row finished, the resource moved by its
        hook, the task's keys given up."""
        await task.refresh_from_db()
        task.finish(final.pop("state"), **final)
        # The resource moves before the task is seen to end: whoever saw the end finds the node online,
        # the guest running. Hooks read the outcome from this object, not from the database.
        await self.after_finish(task)
        # The last line is written before the row says the task ended: a follower that finds it ended
        # reads the file once more and must find the whole log there.
        self._log(task.id, [f"[containr] Task {task.id} finished: {task.state}"])
        if self._settle is not None:
            await self._settle(task.id)
        await save_ended(task)

    async def end_orphan(self, task: Task) -> None:
        """A task left running by a dead service: end what it left behind and say it crashed."""
        killed = await asyncio.to_thread(procs.kill_marked, self.marker(task.id))
        task.finish(TaskState.CRASHED, message="The service stopped while this task was running")
        note = f" ({killed} leftover processes killed)" if killed else ""
        self._log(task.id, [f"[containr] Marked crashed at start-up: the service stopped under it{note}"])
        await save_ended(task)
        runner.cleanup(self.run_dir(task.id))
        await self.after_finish(task)

    async def requeue(self, task: Task, message: str) -> bool:
        """A retriable run stopped by its worker's shutdown: the task waits in the queue again, its keys given
        up, for another worker to start it from the top. Answers whether it was still running."""
        async with in_transaction() as conn:
            back = await Task.filter(id=task.id, state=TaskState.RUNNING).using_db(conn).update(
                state=TaskState.QUEUED, started_at=None, worker_id=None, percent=0, message=message[:512],
                updated_at=datetime.now(UTC))
            if back:
                await locks.release(task.id, connection=conn)
        if back:
            self._log(task.id, [f"[containr] {message}; queued again"])
        return bool(back)

    async def end_lost(self, task: Task, message: str) -> bool:
        """A task whose worker died under it (the reaper found it silent): ended `crashed` with `message`, only
        if it still runs on that worker, its keys given up in the same commit, then its hook. Answers whether this
        call ended it."""
        ended = Task(id=task.id, state=TaskState.RUNNING, type=task.type, playbook=task.playbook,
                     timeout=task.timeout)
        ended.finish(TaskState.CRASHED, message=message)
        async with in_transaction() as conn:
            won = await Task.filter(id=task.id, state=TaskState.RUNNING, worker_id=task.worker_id).using_db(
                conn).update(state=ended.state, finished_at=ended.finished_at, message=ended.message,
                             error_code=ended.error_code, error_message=ended.error_message, sealed_secrets=None,
                             updated_at=ended.finished_at)
            if won:
                await locks.release(task.id, connection=conn)
        if won:
            self._log(task.id, [f"[containr] {message}", f"[containr] Task {task.id} finished: crashed"])
            await self.after_finish(await Task.get(id=task.id))
        return bool(won)

    async def end_queued(self, task: Task) -> bool:
        """A stop before the task started: a state change, made only if no worker claimed it meanwhile.
        Answers whether it was still queued (and is now stopped, its hook run)."""
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
            await self.after_finish(await Task.get(id=task.id))
        return bool(stopped)

    async def after_finish(self, task: Task) -> None:
        """The resource follows its task; a hook that fails is our bug, logged with the task, and leaves the
        task's own outcome as it was."""
        hook = self._finish_hooks.get(task.type)
        # The type's hook first: a listener reads the resource as the end left it.
        for call in ([hook] if hook is not None else []) + self._ended_listeners:
            try:
                await call(task)
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
            run_dir=self.run_dir(task.id), marker=self.marker(task.id), extra_vars=task.extra_vars or {},
            secret_env=dict(secrets), limit=options.get("limit"), check=bool(options.get("check")),
            tags=list(options.get("tags") or []),
        )

    async def _execute(self, task: Task, spec: runner.RunSpec, handle: RunHandle) -> dict[str, Any]:
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
        # runner.execute is looked up at each run: a test may wrap it to read the outcomes (tests/nodes).
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
        return _final(outcome, tracker, handle, task.timeout, death=death)

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
                texts.extend(event_lines(event))
                changed = tracker.handle(event) or changed
            self._log(task.id, texts)
            pending = pending or changed
            # Progress is written at most every PROGRESS_WRITE_INTERVAL: a row update per Ansible event
            # costs a run more than it tells a reader; the final state is written when the task finishes.
            if pending and loop.time() - last_write >= PROGRESS_WRITE_INTERVAL:
                # Only while it runs: a task a reaper ended meanwhile keeps the end it was given.
                await Task.filter(id=task.id, state=TaskState.RUNNING).update(
                    percent=tracker.percent, message=(tracker.message or "")[:512], updated_at=datetime.now(UTC))
                last_write, pending = loop.time(), False


# Events whose module result may carry a step's output read while it runs (roles/build_step's build_follow).
_STREAM_EVENTS = frozenset({"runner_retry", "runner_on_ok", "runner_on_failed"})


def event_lines(event: Mapping[str, Any]) -> list[str]:
    """The log lines an event adds: a module's `containr_stream` text (live output), then the event's stdout
    (none for a retry of such a module)."""
    lines: list[str] = []
    stdout = event.get("stdout") or ""
    if event.get("event") in _STREAM_EVENTS:
        result = (event.get("event_data") or {}).get("res")
        stream = result.get("containr_stream") if isinstance(result, Mapping) else None
        if isinstance(stream, str):
            lines.extend(line for line in stream.splitlines() if line.strip())
            if event["event"] == "runner_retry":
                stdout = ""  # "FAILED - RETRYING" once a second is the follow's polling, not a failure
    lines.extend(line for line in stdout.splitlines() if line.strip())
    return lines


def _final(outcome: runner.RunOutcome, tracker: ProgressTracker, handle: RunHandle,
           timeout: int, *, death: str | None = None) -> dict[str, Any]:
    if outcome.status == "canceled" or handle.reason is not None:
        reason = handle.reason or TaskState.STOPPED
        text = {TaskState.TIMEOUT: f"Timed out after {timeout} s",
                TaskState.CRASHED: "The service stopped while this task was running"}.get(reason, "Stopped")
        text = handle.message or text
        return {"state": reason, "message": text, "error_code": reason.value}
    state = _OUTCOMES.get(outcome.status, TaskState.FAILED)
    if state is TaskState.SUCCESS:
        return {"state": state, "message": "Done", "result": tracker.result}
    # A run killed under a playbook that had failed on a host ended because of the kill, not of that failure.
    reason = death or tracker.failure or f"ansible-playbook exited with status {outcome.rc}"
    return {"state": state, "message": reason, "error_code": "failed", "error_message": reason,
            "result": tracker.result or None}
