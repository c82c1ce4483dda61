"""Fan-out of live task events (new log lines, the end) to every subscriber in this process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from service.tasks.feed import TaskFeed
from service.tasks.logstore import LogLine

# A subscriber may lag this far behind a task's writer before it is cut off (it resumes from the file).
MAX_LAG_LINES = 5_000
MAX_LAG_BYTES = 4 * 1024 * 1024
# Many subscribers are woken at most this often (a few, sooner): a wake-up is a write per subscriber.
FLUSH_INTERVAL = 0.05


@dataclass(frozen=True)
class TaskEnded:
    task_id: int


Event = LogLine | TaskEnded


class EventBroker:
    """The writer of a task's log publishes each line once into the task's feed, shared by its subscribers.

    Publishing happens on the event loop, so no subscriber re-reads the log file to follow a task. A feed
    lives while the task has subscribers.
    """

    def __init__(self, *, max_lines: int = MAX_LAG_LINES, max_bytes: int = MAX_LAG_BYTES,
                 flush_interval: float = FLUSH_INTERVAL) -> None:
        self.max_lines = max_lines
        self.max_bytes = max_bytes
        self.flush_interval = flush_interval
        self._feeds: dict[int, TaskFeed] = {}

    @contextmanager
    def subscribe(self, task_id: int) -> Iterator[TaskFeed]:
        feed = self._feeds.get(task_id)
        if feed is None:
            feed = self._feeds[task_id] = TaskFeed(max_lines=self.max_lines, max_bytes=self.max_bytes,
                                                   flush_interval=self.flush_interval)
        feed.subscribers += 1
        try:
            yield feed
        finally:
            feed.subscribers -= 1
            if not feed.subscribers and self._feeds.get(task_id) is feed:
                del self._feeds[task_id]

    def publish(self, task_id: int, events: list[Event]) -> None:
        feed = self._feeds.get(task_id)
        if feed is None:
            return
        lines = [event for event in events if isinstance(event, LogLine)]
        if lines:
            feed.append(lines)
        if len(lines) < len(events):
            feed.end()

    def feed(self, task_id: int) -> TaskFeed | None:
        return self._feeds.get(task_id)

    def subscriber_count(self, task_id: int) -> int:
        feed = self._feeds.get(task_id)
        return feed.subscribers if feed is not None else 0
