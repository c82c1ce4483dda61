"""Following a task's log: replay from a line number, then live lines, then the end, as rendered chunks."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

from service.tasks.events import EventBroker
from service.tasks.feed import TaskFeed
from service.tasks.logstore import LogLine, LogStore
from service.tasks.models import Task, TaskState

# Replayed lines go out this many at a time, so a long log is not rendered into one huge chunk.
REPLAY_CHUNK = 1000
# A subscriber that fell behind while it replayed re-reads the file this many times before it is cut off.
REPLAY_PASSES = 3


class KeepAlive:
    """Nothing happened for a while; a stream should say it is still there."""


@dataclass(frozen=True)
class FellBehind:
    """The subscriber lagged further behind the task than the feed keeps; it resumes after line `after`."""

    after: int


@dataclass(frozen=True)
class Rendering:
    """How a stream writes lines and the end; `key` names it, so that a line is rendered once per key."""

    key: str
    line: Callable[[LogLine], bytes]
    end: Callable[[], Awaitable[bytes]]


async def follow(task_id: int, *, logs: LogStore, events: EventBroker, rendering: Rendering, after: int = 0,
                 keepalive: float = 15.0) -> AsyncIterator[bytes | KeepAlive | FellBehind]:
    """Every line numbered above `after` exactly once, in order, then the end: each chunk holds whatever was
    pending when the subscriber woke.

    The subscription is taken before the log is read, so a line written in between is in the feed too;
    duplicates are dropped by number.
    """
    with events.subscribe(task_id) as feed:
        for _ in range(REPLAY_PASSES):
            async for chunk, last in _replay(logs, task_id, after=after, rendering=rendering):
                after = last
                yield chunk
            if not feed.fell_behind(after):
                break
        # Where a relay of another instance's lines starts (relay.py); nothing to anyone else.
        events.caught_up(task_id, after)
        if not feed.ended and not await Task.filter(id=task_id, state__in=[TaskState.QUEUED,
                                                                            TaskState.RUNNING]).exists():
            # Ended before this subscription, or ending now: what the file holds is all there is.
            async for chunk, last in _replay(logs, task_id, after=after, rendering=rendering):
                after = last
                yield chunk
            yield await rendering.end()
            return
        async for item in _live(feed, after=after, rendering=rendering, keepalive=keepalive):
            yield item


async def _replay(logs: LogStore, task_id: int, *, after: int,
                  rendering: Rendering) -> AsyncIterator[tuple[bytes, int]]:
    lines = await logs.read_lines(task_id, after=after)
    for start in range(0, len(lines), REPLAY_CHUNK):
        batch = lines[start:start + REPLAY_CHUNK]
        yield b"".join(rendering.line(line) for line in batch), batch[-1].number


async def _live(feed: TaskFeed, *, after: int, rendering: Rendering,
                keepalive: float) -> AsyncIterator[bytes | KeepAlive | FellBehind]:
    while True:
        if feed.fell_behind(after):
            yield FellBehind(after)
            return
        chunk, after = feed.take(after, key=rendering.key, render=rendering.line)
        if feed.ended and not feed.pending(after):
            # Lines are published before the end, so the feed holds them all: one write ends the stream.
            yield chunk + await feed.once("end", rendering.end)  # the same in every format
            return
        if chunk:
            yield chunk
        # Whatever came while the chunk was written is taken at once; otherwise wait for the next wake-up.
        if not feed.pending(after) and not feed.ended and not await feed.wait(keepalive):
            yield KeepAlive()
