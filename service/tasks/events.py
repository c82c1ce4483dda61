"""Fan-out of live task events (new log lines, the end) to every subscriber in this process."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from service.tasks.logstore import LogLine


@dataclass(frozen=True)
class TaskEnded:
    task_id: int


Event = LogLine | TaskEnded


class EventBroker:
    """The writer of a task's log publishes each line once; each subscriber gets its own queue.

    Publishing happens on the event loop, so no subscriber re-reads the log file to follow a task.
    """

    def __init__(self) -> None:
        self._subscribers: dict[int, set[asyncio.Queue[Event]]] = defaultdict(set)

    @contextmanager
    def subscribe(self, task_id: int) -> Iterator[asyncio.Queue[Event]]:
        queue: asyncio.Queue[Event] = asyncio.Queue()
        self._subscribers[task_id].add(queue)
        try:
            yield queue
        finally:
            self._subscribers[task_id].discard(queue)
            if not self._subscribers[task_id]:
                del self._subscribers[task_id]

    def publish(self, task_id: int, events: list[Event]) -> None:
        for queue in self._subscribers.get(task_id, ()):
            for event in events:
                queue.put_nowait(event)

    def subscriber_count(self, task_id: int) -> int:
        return len(self._subscribers.get(task_id, ()))
