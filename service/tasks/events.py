"""Fan-out of live task events (new log lines, the end) to every subscriber in this process."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
        # Per feed: the number of the last line published into it; before any, the least number a subscriber
        # caught up to (where a relay that reads the lines from the database starts).
        self._last: dict[int, int] = {}
        self._since: dict[int, int] = {}
        self._watchers: list[Callable[[int], None]] = []

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
                self._last.pop(task_id, None)
                self._since.pop(task_id, None)

    def publish(self, task_id: int, events: list[Event]) -> None:
        feed = self._feeds.get(task_id)
        if feed is None:
            return
        last = self._last.get(task_id)
        # A relay that reads the database again may repeat lines: each goes into the feed once.
        lines = [event for event in events if isinstance(event, LogLine) and (last is None or event.number > last)]
        if lines:
            if last is None:
                # What came before the first line published is not in the feed: a subscriber holding less
                # has fallen behind and replays it from the store. Lines written here are all published, so
                # a subscriber, which replays after subscribing, never holds less: nothing changes for it.
                feed.dropped_through = max(feed.dropped_through, lines[0].number - 1)
                self._since.pop(task_id, None)
            self._last[task_id] = lines[-1].number
            feed.append(lines)
        if any(isinstance(event, TaskEnded) for event in events):
            feed.end()

    def caught_up(self, task_id: int, number: int) -> None:
        """A subscriber replayed the task's log through line `number` (follow, before it goes live). Until lines
        are published, the least such number is where a relay reads on from; watchers are told it changed."""
        if task_id not in self._feeds or task_id in self._last:
            return
        since = self._since.get(task_id)
        if since is not None and since <= number:
            return
        self._since[task_id] = number
        for watcher in list(self._watchers):
            watcher(task_id)

    def last_number(self, task_id: int) -> int | None:
        """The number after which the feed wants lines: its last published line's, or where its subscribers
        caught up to; None while no subscriber has (or the task has no feed)."""
        return self._last.get(task_id, self._since.get(task_id))

    def watch(self, watcher: Callable[[int], None]) -> Callable[[], None]:
        """Call `watcher(task_id)` when a task's subscribers want lines from a new point; answers how to stop."""
        self._watchers.append(watcher)
        return lambda: self._watchers.remove(watcher)

    def watched(self) -> list[int]:
        """The tasks that have subscribers here."""
        return list(self._feeds)

    def has_feed(self, task_id: int) -> bool:
        return task_id in self._feeds

    def feed(self, task_id: int) -> TaskFeed | None:
        return self._feeds.get(task_id)

    def subscriber_count(self, task_id: int) -> int:
        feed = self._feeds.get(task_id)
        return feed.subscribers if feed is not None else 0
