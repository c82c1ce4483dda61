"""Task logs: one file per task, one timestamped line per log line, numbered from 1."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class LogLine:
    number: int
    timestamp: datetime
    text: str

    @property
    def millis(self) -> int:
        return int(self.timestamp.timestamp() * 1000)

    def render(self) -> str:
        return f"{self.timestamp.isoformat(timespec='milliseconds').replace('+00:00', 'Z')} {self.text}"


class LogStore(Protocol):
    def append(self, task_id: int, texts: list[str]) -> list[LogLine]: ...

    async def read_lines(self, task_id: int, *, after: int = 0) -> list[LogLine]: ...

    def forget(self, task_id: int) -> None: ...


def clean(text: str) -> str:
    """One log line's text: a carriage return dropped, a newline made a space."""
    return text.replace("\r", "").replace("\n", " ")


def _parse(number: int, raw: str) -> LogLine:
    stamp, _, text = raw.partition(" ")
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:  # a line written by hand or cut short: keep its text, not its time
        return LogLine(number, datetime.fromtimestamp(0, UTC), raw)
    return LogLine(number, when, text)


class FileLogStore:
    """Appends under a lock per store; line numbers are counted once per task and then kept in memory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._counts: dict[int, int] = {}
        self._lock = threading.Lock()

    def path(self, task_id: int) -> Path:
        return self.directory / f"{int(task_id)}.log"

    def _count(self, task_id: int) -> int:
        if task_id not in self._counts:
            path = self.path(task_id)
            count = 0
            if path.exists():
                with path.open("rb") as handle:
                    count = sum(1 for _ in handle)
            self._counts[task_id] = count
        return self._counts[task_id]

    def append(self, task_id: int, texts: list[str]) -> list[LogLine]:
        if not texts:
            return []
        now = datetime.now(UTC)
        with self._lock:
            start = self._count(task_id)
            lines = [LogLine(start + i + 1, now, clean(text)) for i, text in enumerate(texts)]
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.path(task_id), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as handle:
                handle.write("".join(line.render() + "\n" for line in lines))
            self._counts[task_id] = start + len(lines)
        return lines

    def read(self, task_id: int, *, after: int = 0) -> list[LogLine]:
        path = self.path(task_id)
        if not path.exists():
            return []
        with path.open(encoding="utf-8", errors="replace") as handle:
            return [_parse(number, raw.rstrip("\n"))
                    for number, raw in enumerate(handle, start=1) if number > after]

    async def read_lines(self, task_id: int, *, after: int = 0) -> list[LogLine]:
        # Read at once, on the loop, as the sync read always was: a follower's replay then holds every line
        # written before it, none of which can come in between (a thread would let them).
        return self.read(task_id, after=after)

    def forget(self, task_id: int) -> None:
        """Drop the cached count of a finished task; the file stays."""
        with self._lock:
            self._counts.pop(task_id, None)
