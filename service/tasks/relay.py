"""Live task logs across instances: PostgreSQL notifies which logs grew and which tasks ended; this instance reads
the new lines of the tasks it has followers for and publishes them into its EventBroker."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import asyncpg
from tortoise import connections

from service.config import Settings
from service.core import postgres_url
from service.tasks.dblog import LOG_CHANNEL
from service.tasks.events import EventBroker, TaskEnded
from service.tasks.logstore import LogStore
from service.tasks.models import ACTIVE_STATES, Task

log = logging.getLogger(__name__)

# The channel told the id of a task whose end was saved (notify_end, after its last line was committed).
END_CHANNEL = "containr_task_end"
# A lost listening connection is opened again after this long (seconds), doubled up to the most.
RECONNECT_DELAY = 0.5
RECONNECT_DELAY_MAX = 10.0
# A quiet listening connection is asked this often whether it is still there: a peer gone without a word
# (a network cut) would otherwise leave this instance's followers without lines for good.
PING_INTERVAL = 30.0


async def notify_end(task_id: int) -> None:
    """Tell every instance the task's end is saved (after its last line is committed: DatabaseLogStore.settle);
    a no-op on SQLite."""
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script(f"NOTIFY {END_CHANNEL}, '{int(task_id)}'")


class LiveRelay:
    """One listening connection per API instance. A notify names a task; if it has followers here, its lines
    after the last one published are read and published, then, for an end, TaskEnded. Tasks are handled one at a
    time in the order they were named, so a task's lines are published in order and before its end."""

    def __init__(self, url: str, *, events: EventBroker, logs: LogStore) -> None:
        self._params = postgres_url.parse(url).asyncpg_params()
        self.events = events
        self.logs = logs
        self._due: dict[int, bool] = {}  # task id -> whether its end was told; read in insertion order
        self._due_ready = asyncio.Event()
        self._ended: set[int] = set()  # ended before any follower here caught up: the end waits for that
        self._tasks: list[asyncio.Task[None]] = []
        self._unwatch: Any = None
        self.connected = asyncio.Event()  # set while listening; tests wait for it

    @classmethod
    def from_settings(cls, settings: Settings, *, events: EventBroker, logs: LogStore) -> LiveRelay:
        return cls(settings.db_url, events=events, logs=logs)

    def start(self) -> None:
        self._unwatch = self.events.watch(lambda task_id: self._mark(task_id, ended=False))
        self._tasks = [asyncio.create_task(self._listen_forever(), name="log-relay-listen"),
                       asyncio.create_task(self._publish_forever(), name="log-relay-publish")]

    async def close(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    def _mark(self, task_id: int, *, ended: bool) -> None:
        if not self.events.has_feed(task_id):
            self._ended.discard(task_id)
            return
        self._due[task_id] = self._due.get(task_id, False) or ended or task_id in self._ended
        self._due_ready.set()

    def _on_notify(self, _conn: Any, _pid: int, channel: str, payload: str) -> None:
        if payload.strip().isdigit():
            self._mark(int(payload), ended=channel == END_CHANNEL)

    async def _listen_forever(self) -> None:
        delay = RECONNECT_DELAY
        while True:
            lost = asyncio.Event()
            try:
                conn = await self._connect()
            except (OSError, TimeoutError, asyncpg.PostgresError) as error:
                log.warning("log relay: cannot listen (%s); trying again in %.1fs", error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RECONNECT_DELAY_MAX)
                continue
            try:
                conn.add_termination_listener(lambda _conn, lost=lost: lost.set())
                await conn.add_listener(LOG_CHANNEL, self._on_notify)
                await conn.add_listener(END_CHANNEL, self._on_notify)
                delay = RECONNECT_DELAY
                self.connected.set()
                # Whatever was notified while nobody listened is read now; an end missed is found in its row.
                for task_id in self.events.watched():
                    self._mark(task_id, ended=await _has_ended(task_id))
                while not await _wait(lost, PING_INTERVAL):
                    await conn.fetchval("SELECT 1", timeout=PING_INTERVAL)
                log.warning("log relay: the listening connection was lost; listening again")
            except Exception as error:  # whatever broke, listening starts over (the database may be restarting)
                log.warning("log relay: listening failed (%s); listening again", error)
                await asyncio.sleep(delay)
            finally:
                self.connected.clear()
                with contextlib.suppress(Exception):
                    await asyncio.shield(conn.close(timeout=5))

    async def _connect(self) -> asyncpg.Connection:
        # Named, so that an operator sees which backends are the relays' (pg_stat_activity).
        return await asyncpg.connect(**self._params, timeout=30,
                                     server_settings={"application_name": "containr-log-relay"})

    async def _publish_forever(self) -> None:
        while True:
            await self._due_ready.wait()
            self._due_ready.clear()
            while self._due:
                task_id = next(iter(self._due))
                ended = self._due.pop(task_id)
                try:
                    await self._publish(task_id, ended=ended)
                except Exception:  # the database failed: the next notify or a reconnect reads it again
                    log.warning("log relay: reading task %s's log failed", task_id, exc_info=True)
            self._ended &= set(self.events.watched())

    async def _publish(self, task_id: int, *, ended: bool) -> None:
        while True:
            after = self.events.last_number(task_id)
            if after is None:  # no follower here has caught up yet: it says when (EventBroker.caught_up)
                if ended and self.events.has_feed(task_id):
                    self._ended.add(task_id)
                return
            lines = await self.logs.read_lines(task_id, after=after)
            if self.events.last_number(task_id) == after:
                break  # else a follower caught up to less meanwhile: read again from there
        self.events.publish(task_id, list(lines))
        if ended:
            self._ended.discard(task_id)
            self.events.publish(task_id, [TaskEnded(task_id)])


async def _wait(event: asyncio.Event, timeout: float) -> bool:
    try:
        async with asyncio.timeout(timeout):
            await event.wait()
    except TimeoutError:
        return False
    return True


async def _has_ended(task_id: int) -> bool:
    return not await Task.filter(id=task_id, state__in=list(ACTIVE_STATES)).exists()
