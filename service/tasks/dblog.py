"""Task logs in the database (table task_log_lines), for every instance to read when workers run elsewhere."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from datetime import UTC, datetime

from tortoise.exceptions import IntegrityError
from tortoise.functions import Max
from tortoise.transactions import in_transaction

from service.config import Settings
from service.tasks.logstore import FileLogStore, LogLine, LogStore, clean
from service.tasks.models import TaskLogLine

log = logging.getLogger(__name__)

# The channel told the id of a task whose log grew (PostgreSQL only); relay.py listens to it.
LOG_CHANNEL = "containr_task_log"
# Lines written in one transaction at most: a busy run's burst costs a few commits, not one per line.
BATCH_LINES = 1000
# Another writer took the same numbers first (the API's "queued" line and the worker's run): count again.
NUMBER_RETRIES = 20
# A database that fails otherwise is tried again this many times, waiting longer each time, before the
# batch is dropped (logged): a log must not hold a run's end forever.
FAILURE_RETRIES = 8
FAILURE_BACKOFF = 0.25  # seconds, doubled per try up to 8 s


def make_log_store(settings: Settings) -> LogStore:
    """The log store of this process: files when runs happen here, the database when workers run them."""
    if settings.external_workers:
        return DatabaseLogStore()
    return FileLogStore(settings.logs_dir)


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


class DatabaseLogStore:
    """append() only queues the texts with their time, so it can be called from a sync callback on the event loop;
    one flusher task per store writes them in order, numbering each task's lines in the database, where two
    processes writing one task's log cannot take the same number (the unique task+number refuses the second,
    which counts again). After each commit, PostgreSQL is told which tasks' logs grew (LOG_CHANNEL).
    """

    def __init__(self) -> None:
        self._pending: deque[tuple[int, int, datetime, str]] = deque()  # (sequence, task id, at, text)
        self._appended = 0  # sequence of the last line queued
        self._written = 0  # sequence of the last line committed (or given up)
        self._last_of: dict[int, int] = {}  # task id -> sequence of its last queued line
        self._wake = asyncio.Event()
        self._progress = asyncio.Event()
        self._flusher: asyncio.Task[None] | None = None
        self._closing = False

    def append(self, task_id: int, texts: list[str]) -> list[LogLine]:
        """Queue the lines; they are numbered when committed, so none is returned: no writer publishes them,
        the relay does once they are in the database (relay.py)."""
        if not texts:
            return []
        now = datetime.now(UTC)
        for text in texts:
            self._appended += 1
            self._pending.append((self._appended, task_id, now, clean(text)))
        self._last_of[task_id] = self._appended
        self._wake.set()
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.get_running_loop().create_task(self._flush_forever(), name="task-log-flusher")
        return []

    async def read_lines(self, task_id: int, *, after: int = 0) -> list[LogLine]:
        rows = await TaskLogLine.filter(task_id=task_id, number__gt=after).order_by("number").values_list(
            "number", "at", "text")
        return [LogLine(number, _utc(at), text) for number, at, text in rows]

    async def settle(self, task_id: int | None = None) -> None:
        """Until every line queued so far (of `task_id`, or of every task) is committed."""
        target = self._appended if task_id is None else self._last_of.get(task_id, 0)
        while self._written < target:
            progress = self._progress
            if self._flusher is None or self._flusher.done():  # it died (a bug): start another, say so
                if self._flusher is not None and not self._flusher.cancelled() and self._flusher.exception():
                    log.error("the task log flusher died", exc_info=self._flusher.exception())
                self._flusher = asyncio.get_running_loop().create_task(self._flush_forever())
            await progress.wait()

    def forget(self, task_id: int) -> None:
        """Nothing to drop: what is kept of a task goes once its lines are committed."""

    async def close(self) -> None:
        """Write everything queued, then stop the flusher (a later append starts another, which gives up soon
        if the database is gone by then)."""
        self._closing = True
        await self.settle()
        if self._flusher is not None:
            self._flusher.cancel()
            await asyncio.gather(self._flusher, return_exceptions=True)
            self._flusher = None

    async def _flush_forever(self) -> None:
        while True:
            if not self._pending:
                self._wake.clear()
                await self._wake.wait()
                continue
            batch = [self._pending[index] for index in range(min(BATCH_LINES, len(self._pending)))]
            try:
                await self._write(batch)
            except Exception:
                log.exception("task logs: %s lines given up (tasks %s)", len(batch),
                              sorted({task_id for _, task_id, _, _ in batch}))
            for _ in batch:
                self._pending.popleft()
            self._written = batch[-1][0]
            for task_id in {task_id for _, task_id, _, _ in batch}:
                if self._last_of.get(task_id, 0) <= self._written:
                    del self._last_of[task_id]
            progress, self._progress = self._progress, asyncio.Event()
            progress.set()

    async def _write(self, batch: list[tuple[int, int, datetime, str]]) -> None:
        by_task: dict[int, list[tuple[datetime, str]]] = {}
        for _, task_id, at, text in batch:
            by_task.setdefault(task_id, []).append((at, text))
        failures = 0
        numbering = 0
        while True:
            try:
                await _insert(by_task)
                return
            except IntegrityError:
                numbering += 1
                if numbering > NUMBER_RETRIES:
                    raise
            except Exception:
                failures += 1
                if failures > FAILURE_RETRIES or self._closing and failures > 1:
                    raise
                log.warning("task logs: writing %s lines failed, trying again", len(batch), exc_info=True)
                await asyncio.sleep(min(8.0, FAILURE_BACKOFF * 2 ** (failures - 1)))


async def _insert(by_task: dict[int, list[tuple[datetime, str]]]) -> None:
    """One transaction: each task's lines numbered after its last committed one, and a notify per task."""
    async with in_transaction() as conn:
        postgres = conn.capabilities.dialect == "postgres"
        for task_id, entries in by_task.items():
            found = await TaskLogLine.filter(task_id=task_id).using_db(conn).annotate(
                last=Max("number")).values_list("last", flat=True)
            start = int(found[0] or 0) if found else 0
            await TaskLogLine.bulk_create(
                [TaskLogLine(task_id=task_id, number=start + index, at=at, text=text)
                 for index, (at, text) in enumerate(entries, start=1)], using_db=conn)
            if postgres:  # delivered at commit, to every listening instance; the payload is an int
                await conn.execute_script(f"NOTIFY {LOG_CHANNEL}, '{int(task_id)}'")
