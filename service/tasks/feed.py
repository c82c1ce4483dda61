"""One task's live log feed: its recent lines kept once, in a bounded buffer every subscriber reads at its pace."""

from __future__ import annotations

import asyncio
import bisect
from collections.abc import Awaitable, Callable
from typing import Any

from service.tasks.logstore import LogLine

# What a line costs the buffer beyond its text: the LogLine, its entry, the list slot.
_LINE_OVERHEAD = 200
# The most a subscriber takes at once (a line longer than that goes whole).
CHUNK_BYTES = 256 * 1024
# How much longer subscribers may wait to be woken for each subscriber a feed has (up to its flush interval).
_INTERVAL_PER_SUBSCRIBER = 0.0005


class _Entry:
    __slots__ = ("line", "rendered")

    def __init__(self, line: LogLine) -> None:
        self.line = line
        self.rendered: dict[str, bytes] = {}


class TaskFeed:
    """The lines published for one task since its first subscriber came, at most `max_lines` and `max_bytes`.

    A subscriber holds nothing but the number of the last line it took, so a slow one costs the others
    nothing and memory stays bounded: when lines it has not taken are dropped it has fallen behind
    (`dropped_through`) and must resume from the log file. Subscribers are woken at most once per
    `flush_interval` (sooner when they are few), so each takes whatever came meanwhile in one write instead
    of a write per line.
    """

    def __init__(self, *, max_lines: int, max_bytes: int, flush_interval: float) -> None:
        self.max_lines = max_lines
        self.max_bytes = max_bytes
        self.flush_interval = flush_interval
        self.dropped_through = 0  # the number of the last line dropped from the buffer
        self.ended = False
        self.subscribers = 0
        self._entries: list[_Entry] = []
        self._start = 0  # entries before it are dropped; the list is compacted now and then
        self._bytes = 0
        self._ready = asyncio.Event()
        self._flush: asyncio.TimerHandle | None = None
        self._last_flush = float("-inf")
        self._memo: dict[str, asyncio.Future[Any]] = {}

    @property
    def buffered_lines(self) -> int:
        return len(self._entries) - self._start

    @property
    def buffered_bytes(self) -> int:
        return self._bytes

    def append(self, lines: list[LogLine]) -> None:
        for line in lines:
            self._entries.append(_Entry(line))
            self._bytes += len(line.text) + _LINE_OVERHEAD
        self._trim()
        self._schedule()

    def end(self) -> None:
        self.ended = True
        if self._flush is not None:
            self._flush.cancel()
        self._wake()  # the end is not held back: nothing else is coming to share its write

    def fell_behind(self, after: int) -> bool:
        return after < self.dropped_through

    def pending(self, after: int) -> bool:
        return len(self._entries) > self._start and self._entries[-1].line.number > after

    def take(self, after: int, *, key: str, render: Callable[[LogLine], bytes]) -> tuple[bytes, int]:
        """The lines numbered above `after`, rendered once per `key` for all subscribers, as one chunk of
        about `CHUNK_BYTES` at most; and the number of the last line in it (`after` when there is none)."""
        start = bisect.bisect_right(self._entries, after, lo=self._start, key=lambda entry: entry.line.number)
        parts, size, rendered = [], 0, False
        for index in range(start, len(self._entries)):
            entry = self._entries[index]
            data = entry.rendered.get(key)
            if data is None:
                data = entry.rendered[key] = render(entry.line)
                self._bytes += len(data)
                rendered = True
            parts.append(data)
            after = entry.line.number
            size += len(data)
            # A subscriber far behind takes the rest after this chunk is written: what it holds stays small.
            if size >= CHUNK_BYTES:
                break
        if rendered:
            self._trim()  # what is rendered counts against the budget too
        return b"".join(parts), after

    async def wait(self, timeout: float) -> bool:
        """Until subscribers are next woken (new lines, the end); False when `timeout` passed first."""
        ready = self._ready
        try:
            async with asyncio.timeout(timeout):
                await ready.wait()
        except TimeoutError:
            return False
        return True

    async def once(self, key: str, make: Callable[[], Awaitable[Any]]) -> Any:
        """`make()`'s result, made by the first subscriber that asks and shared with the others."""
        future = self._memo.get(key)
        if future is None:
            future = self._memo[key] = asyncio.ensure_future(make())
        return await asyncio.shield(future)

    def _trim(self) -> None:
        while self.buffered_lines > self.max_lines or (self._bytes > self.max_bytes and self.buffered_lines > 1):
            entry = self._entries[self._start]
            self._bytes -= len(entry.line.text) + _LINE_OVERHEAD + sum(map(len, entry.rendered.values()))
            self.dropped_through = entry.line.number
            self._start += 1
        if self._start > len(self._entries) // 2:
            del self._entries[:self._start]
            self._start = 0

    def _schedule(self) -> None:
        if self._flush is not None:
            return
        loop = asyncio.get_running_loop()
        # A wake-up costs a write per subscriber: few subscribers are woken almost at once, many at most
        # once per `flush_interval`, so that the writes stay a small share of the loop whatever their number.
        interval = min(self.flush_interval, self.subscribers * _INTERVAL_PER_SUBSCRIBER)
        delay = max(0.0, self._last_flush + interval - loop.time())
        self._flush = loop.call_later(delay, self._wake)

    def _wake(self) -> None:
        self._flush = None
        self._last_flush = asyncio.get_running_loop().time()
        # Waiters hold the event they awaited; the next ones wait on a fresh one.
        ready, self._ready = self._ready, asyncio.Event()
        ready.set()
