"""The local mode's dispatcher: passes over the queue that start the oldest queued tasks whose keys are free, up to
CONTAINR_MAX_RUNS runs at once in this process (external mode has none: the workers' queue dispatches)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from service.tasks import locks
from service.tasks.execution import RunHandle
from service.tasks.models import Task, TaskState

# Queued rows read per query while looking for the next task to run: most passes need the first one only.
QUEUE_SCAN_PAGE = 32
# While a queued task waits for a key held by a run this process does not watch (another process's, or a queued
# task's), the queue is read again this often: nothing else would say the key was given up.
LOCK_RECHECK_INTERVAL = 0.5  # seconds

# Every key a run of a task holds while it runs (type, resource type and id, options): TaskEngine.keys.
KeysOf = Callable[[str, str | None, str | None, dict[str, Any] | None], set[str]]


class Dispatcher:
    """Starts queued tasks and keeps their runs: `take` claims one (the row and its keys; locks.Taken when a key
    is held elsewhere), `execute` runs it to its end, `finished` is told once its slot is given back."""

    def __init__(self, *, max_runs: int, keys: KeysOf, take: Callable[[Task], Awaitable[bool]],
                 execute: Callable[[Task, RunHandle], Awaitable[None]], finished: Callable[[int], None]) -> None:
        self._max_runs = max_runs
        self._keys = keys
        self._take = take
        self._execute = execute
        self._finished = finished
        self.running: dict[int, asyncio.Task[None]] = {}
        self.handles: dict[int, RunHandle] = {}
        # One pass at a time, making passes over the queue while wake-ups keep coming.
        self._pass: asyncio.Task[None] | None = None
        self._wanted = False
        self._recheck = False  # the last pass left a task waiting for a key only another process may give up
        self._recheck_timer: asyncio.TimerHandle | None = None
        self._closed = False

    def wake(self) -> None:
        """Ask for a pass over the queue. Wake-ups coalesce: a burst of submits costs one pass, not one each,
        and none while every slot is taken (a run that ends frees its slot, then wakes the dispatcher)."""
        if self._closed:
            return
        self._wanted = True
        if self._pass is not None and not self._pass.done():
            return  # the running pass makes another before it ends
        if len(self.running) >= self._max_runs:
            return
        self._pass = asyncio.get_running_loop().create_task(self._dispatch())

    def signal_stop(self, task_id: int, reason: TaskState) -> bool:
        """Tell the run of `task_id` (in this process) to stop; False when this process runs no such task."""
        handle = self.handles.get(task_id)
        if handle is None:
            return False
        handle.reason = reason
        handle.stop.set()
        return True

    async def close(self) -> None:
        """No more passes; every run is told to stop as `crashed`, and given 10 s to end."""
        self._closed = True
        if self._recheck_timer is not None:
            self._recheck_timer.cancel()
        for task_id in list(self.handles):
            self.signal_stop(task_id, TaskState.CRASHED)
        if self.running:
            await asyncio.wait(list(self.running.values()), timeout=10)

    async def _dispatch(self) -> None:
        while self._wanted and not self._closed:
            self._wanted = False
            self._recheck = False
            held = await locks.held()
            passed: set[int] = set()  # refused their keys at the claim in this pass: the next pass tries again
            while not self._closed and len(self.running) < self._max_runs:
                task = await self._next_queued(held, passed)
                if task is None:
                    break
                task.start()
                # The handle exists before the claim: a stop that arrives while the claim is on its way finds
                # the row no longer queued, and must find the run to signal (it then ends before it starts).
                handle = self.handles[task.id] = RunHandle(type=task.type)
                if not await self._claim(task):
                    if self.handles.get(task.id) is handle:
                        del self.handles[task.id]
                    passed.add(task.id)
                    continue
                held.update(dict.fromkeys(self._keys(task.type, task.resource_type, task.resource_id,
                                                     task.options), task.id))
                self.running[task.id] = asyncio.create_task(self._run(task))
        if self._recheck and not self._closed and self._recheck_timer is None:
            self._recheck_timer = asyncio.get_running_loop().call_later(LOCK_RECHECK_INTERVAL, self._recheck_now)

    def _recheck_now(self) -> None:
        self._recheck_timer = None
        self.wake()

    async def _next_queued(self, held: Mapping[str, int], passed: set[int]) -> Task | None:
        """The oldest queued task whose keys are free (or its own already); read a page at a time, so that a
        long queue costs a pass its first page, not every row."""
        after = 0
        while True:
            page = await (Task.filter(state=TaskState.QUEUED, id__gt=after)
                          .exclude(id__in=[*self.handles, *passed])
                          .order_by("id").limit(QUEUE_SCAN_PAGE)
                          .values_list("id", "type", "resource_type", "resource_id", "options"))
            for task_id, task_type, resource_type, resource_id, options in page:
                keys = self._keys(task_type, resource_type, resource_id, options)
                holders = {held.get(key, task_id) for key in keys} - {task_id}
                if holders:
                    # A run of this process wakes the dispatcher as it ends; any other holder may end unheard.
                    self._recheck = self._recheck or not holders <= self.handles.keys()
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

    async def _run(self, task: Task) -> None:
        try:
            await self._execute(task, self.handles[task.id])
        finally:
            # Its slot and its handle are given back however its end went: the queue must move on.
            self.handles.pop(task.id, None)
            self.running.pop(task.id, None)
            self._finished(task.id)
            self.wake()
