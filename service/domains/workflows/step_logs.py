"""A build step's log: a step Containr runs has its task's log; a step an external runner runs has the text the
runner appended, kept as numbered lines in `<data_dir>/build-logs/<step id>.log` (0600) and followed live."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from uuid import UUID

from service.config import Settings
from service.core.errors import TooLarge
from service.tasks.logstore import FileLogStore, LogLine

LOG_DIR = "build-logs"
STEP_LOG_MAX = 32 * 1024 * 1024  # bytes a runner step's log may grow to; later appends are refused (413)
POLL_SECONDS = 1.0  # a follower looks again this often even when no append woke it (another worker wrote)


class StepLogStore(FileLogStore):
    """The task log store's format and locking, one file per step id."""

    def path(self, step_id: UUID) -> Path:  # type: ignore[override] - keyed by a step's UUID, not a task id
        return self.directory / f"{UUID(str(step_id))}.log"


_stores: dict[Path, StepLogStore] = {}
# Followers of a step wait on these; an append wakes them (one process serves the API and the runners).
_wakers: dict[UUID, set[asyncio.Event]] = {}


def store(settings: Settings) -> StepLogStore:
    directory = settings.data_dir / LOG_DIR
    if directory not in _stores:
        _stores[directory] = StepLogStore(directory)
    return _stores[directory]


def append(settings: Settings, step_id: UUID, text: str) -> int:
    """Add the text's lines (a final newline optional) to the step's log; the number of lines added."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines:
        return 0
    logs = store(settings)
    path = logs.path(step_id)
    size = path.stat().st_size if path.exists() else 0
    if size + len(text.encode()) > STEP_LOG_MAX:
        raise TooLarge(f"The step's log is full ({STEP_LOG_MAX // (1024 * 1024)} MiB)",
                       details={"field": "text"})
    logs.append(step_id, lines)  # type: ignore[arg-type] - the store is keyed by step id
    for event in _wakers.get(step_id, ()):
        event.set()
    return len(lines)


def remove(settings: Settings, step_ids: list[UUID]) -> None:
    """Remove these steps' logs (of builds whose artifacts go: see build_progress)."""
    logs = store(settings)
    for step_id in step_ids:
        logs.path(step_id).unlink(missing_ok=True)
        logs.forget(step_id)  # type: ignore[arg-type]


def read(settings: Settings, step_id: UUID, *, after: int = 0) -> list[LogLine]:
    return store(settings).read(step_id, after=after)  # type: ignore[arg-type]


async def follow(settings: Settings, step_id: UUID, *, after: int, ended: Callable[[], Awaitable[bool]],
                 keepalive: float) -> AsyncIterator[list[LogLine] | None]:
    """Batches of lines numbered above `after`, until `ended()` (awaited) is true and the file holds no more;
    None when nothing came for `keepalive` seconds (a stream says it is still there)."""
    event = asyncio.Event()
    _wakers.setdefault(step_id, set()).add(event)
    try:
        quiet = 0.0
        while True:
            event.clear()
            lines = read(settings, step_id, after=after)
            if lines:
                after = lines[-1].number
                quiet = 0.0
                yield lines
                continue
            if await ended():
                # Appends end before the step does: a last read catches what came meanwhile.
                last = read(settings, step_id, after=after)
                if last:
                    yield last
                return
            try:
                await asyncio.wait_for(event.wait(), timeout=POLL_SECONDS)
            except TimeoutError:
                quiet += POLL_SECONDS
                if quiet >= keepalive:
                    quiet = 0.0
                    yield None
    finally:
        waiting = _wakers.get(step_id)
        if waiting is not None:
            waiting.discard(event)
            if not waiting:
                _wakers.pop(step_id, None)
