"""The live relay: lines another instance commits reach this instance's followers through PostgreSQL's notifies."""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import AsyncIterator, Callable

import asyncpg
import pytest

from service.core import postgres_url
from service.tasks.dblog import DatabaseLogStore
from service.tasks.follow import Rendering, follow
from service.tasks.models import Task, TaskState
from service.tasks.relay import LiveRelay, notify_end
from tests.factories import owner_headers
from tests.sse import read_stream

_databases = itertools.count()


@pytest.fixture
def database_url(pg_cluster) -> str:
    # PostgreSQL only: NOTIFY is what the relay listens to (no db_backend here, so no sqlite run).
    return pg_cluster.create_database(f"containr_relay_{os.getpid()}_{next(_databases)}")


@pytest.fixture
async def relay(server) -> AsyncIterator[LiveRelay]:
    """The app's engine reading task logs from the database, as an API instance in external mode does, and a
    relay feeding its broker."""
    server.engine.logs = DatabaseLogStore()
    started = LiveRelay(server.settings.db_url, events=server.engine.events, logs=server.engine.logs)
    started.start()
    await asyncio.wait_for(started.connected.wait(), timeout=30)
    try:
        yield started
    finally:
        await started.close()
        await server.engine.logs.close()


@pytest.fixture
async def writer() -> AsyncIterator[DatabaseLogStore]:
    """Another instance's log store (a worker's): its own flusher and its own commits."""
    store = DatabaseLogStore()
    try:
        yield store
    finally:
        await store.close()


async def until(condition: Callable[[], bool]) -> None:
    """Wait for something the event loop will make true; a bound on tries, not on time."""
    for _ in range(20000):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("the condition never held")


async def running_task() -> Task:
    return await Task.create(type="test.relay", state=TaskState.RUNNING, playbook="test", timeout=60)


async def end_task(task_id: int, writer: DatabaseLogStore) -> None:
    """What a worker does at a task's end: its last line committed, then the row, then the notify."""
    writer.append(task_id, ["the last line"])
    await writer.settle(task_id)
    task = await Task.get(id=task_id)
    task.finish(TaskState.SUCCESS, message="Done")
    await task.save()
    await notify_end(task_id)


async def end_marker() -> bytes:
    return b"end\n"


RENDERING = Rendering(key="numbers", line=lambda line: f"{line.number} {line.text}\n".encode(), end=end_marker)


async def collect(stream: AsyncIterator[object]) -> list[str]:
    chunks = [item async for item in stream if isinstance(item, bytes)]
    return b"".join(chunks).decode().splitlines()


async def test_a_local_follower_gets_lines_another_writer_commits_then_the_end(server, relay, writer):
    task = await running_task()
    writer.append(task.id, ["before anyone followed"])
    await writer.settle()
    follower = asyncio.create_task(collect(follow(task.id, logs=relay.logs, events=relay.events,
                                                  rendering=RENDERING, keepalive=1000)))
    await until(lambda: relay.events.last_number(task.id) is not None)  # it has replayed and gone live
    for batch in range(40):
        writer.append(task.id, [f"live {batch}.{n}" for n in range(batch % 4 + 1)])
        await asyncio.sleep(0)
    await end_task(task.id, writer)
    seen = await asyncio.wait_for(follower, timeout=60)
    expected = ["before anyone followed"] + [f"live {b}.{n}" for b in range(40) for n in range(b % 4 + 1)]
    expected.append("the last line")
    assert seen == [f"{number} {text}" for number, text in enumerate(expected, start=1)] + ["end"]
    assert relay.events.subscriber_count(task.id) == 0


async def test_followers_joining_while_lines_come_get_each_line_once(server, relay, writer):
    task = await running_task()
    followers: list[asyncio.Task[list[str]]] = []
    for batch in range(30):
        writer.append(task.id, [f"{batch}.{n}" for n in range(3)])
        if batch % 5 == 0:  # a follower replays while lines are being committed and notified
            followers.append(asyncio.create_task(collect(follow(
                task.id, logs=relay.logs, events=relay.events, rendering=RENDERING, keepalive=1000))))
        await asyncio.sleep(0.002)
    await end_task(task.id, writer)
    total = 30 * 3 + 1
    for seen in await asyncio.wait_for(asyncio.gather(*followers), timeout=60):
        assert [int(line.split()[0]) for line in seen[:-1]] == list(range(1, total + 1))
        assert seen[-1] == "end"


async def test_sse_through_the_relay_resumes_with_last_event_id_exactly(client, server, relay, writer):
    headers = await owner_headers(client)
    task = await running_task()
    writer.append(task.id, [f"first {n}" for n in range(5)])
    await writer.settle()
    url = f"/api/v1/tasks/{task.id}/logstream"
    resumed = asyncio.create_task(read_stream(client, url, headers={**headers, "Last-Event-ID": "3"}))
    await until(lambda: relay.events.last_number(task.id) is not None)
    writer.append(task.id, [f"then {n}" for n in range(5)])
    await end_task(task.id, writer)
    stream = await asyncio.wait_for(resumed, timeout=60)
    assert [event.id for event in stream.lines] == list(range(4, 12))
    assert [event.text.partition(" ")[2] for event in stream.lines] == [
        "first 3", "first 4", *[f"then {n}" for n in range(5)], "the last line"]
    assert stream.end is not None and stream.end.json()["id"] == task.id and stream.end.json()["success"] is True
    logs = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text.splitlines()
    assert [line.partition(" ")[2] for line in logs][3:] == [event.text.partition(" ")[2] for event in stream.lines]


async def test_the_relay_listens_again_after_losing_its_connection(server, relay, writer, monkeypatch):
    task = await running_task()
    follower = asyncio.create_task(collect(follow(task.id, logs=relay.logs, events=relay.events,
                                                  rendering=RENDERING, keepalive=1000)))
    await until(lambda: relay.events.last_number(task.id) is not None)
    writer.append(task.id, ["before the cut"])
    await until(lambda: relay.events.last_number(task.id) == 1)
    # The next connection waits until the test lets it: what comes meanwhile is notified to nobody.
    gate, connect = asyncio.Event(), relay._connect

    async def gated() -> asyncpg.Connection:
        await gate.wait()
        return await connect()

    monkeypatch.setattr(relay, "_connect", gated)
    admin = await asyncpg.connect(**postgres_url.parse(server.settings.db_url).asyncpg_params())
    try:
        cut = await admin.fetchval("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE application_name = 'containr-log-relay'")
        assert cut == 1
        await until(lambda: not relay.connected.is_set())
        # Written and ended while nobody listened: the relay reads both once it listens again.
        writer.append(task.id, ["while cut off"])
        await end_task(task.id, writer)
    finally:
        gate.set()
        await admin.close()
    seen = await asyncio.wait_for(follower, timeout=60)
    assert seen == ["1 before the cut", "2 while cut off", "3 the last line", "end"]
