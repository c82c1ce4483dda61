"""Following a task's log: replay from a line number, then live lines, then the end."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from service.models import Task, TaskState
from service.tasks.events import EventBroker, TaskEnded
from service.tasks.logstore import LogLine, LogStore


class KeepAlive:
    """Nothing happened for a while; a stream should say it is still there."""


async def follow(task_id: int, *, logs: LogStore, events: EventBroker, after: int = 0,
                 keepalive: float = 15.0) -> AsyncIterator[LogLine | KeepAlive | TaskEnded]:
    """Every line numbered above `after` exactly once, in order; then TaskEnded.

    The subscription is taken before the file is read, so a line written in between is in the queue too;
    duplicates are dropped by number.
    """
    with events.subscribe(task_id) as queue:
        for line in logs.read(task_id, after=after):
            after = line.number
            yield line
        if not await Task.filter(id=task_id, state__in=[TaskState.QUEUED, TaskState.RUNNING]).exists():
            for line in logs.read(task_id, after=after):
                yield line
            yield TaskEnded(task_id)
            return
        while True:
            try:
                event = await asyncio.wait_for(queue.get(), timeout=keepalive)
            except TimeoutError:
                yield KeepAlive()
                continue
            if isinstance(event, TaskEnded):
                for line in logs.read(task_id, after=after):
                    yield line
                yield event
                return
            if event.number > after:
                after = event.number
                yield event
