"""The shared fan-out of a task's live log: every subscriber gets every line once, a slow one is cut off."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from service.domains.tasks import api as tasks_api
from service.tasks.engine import TaskEngine
from service.tasks.events import EventBroker, TaskEnded
from service.tasks.feed import CHUNK_BYTES
from service.tasks.follow import FellBehind, KeepAlive, Rendering, follow
from service.tasks.logstore import FileLogStore
from service.tasks.models import Task, TaskState
from tests.factories import owner_headers
from tests.sse import SseEvent, read_stream

pytestmark = pytest.mark.one_database


async def running_task() -> Task:
    return await Task.create(type="test.fanout", state=TaskState.RUNNING, playbook="test", timeout=60)


async def finish(task_id: int) -> None:
    task = await Task.get(id=task_id)
    task.finish(TaskState.SUCCESS, message="Done")
    await task.save()


async def until(condition: Callable[[], bool]) -> None:
    """Wait for something the event loop will make true; a bound on tries, not on time."""
    for _ in range(5000):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("the condition never held")


async def end_marker() -> bytes:
    return b"end\n"


RENDERING = Rendering(key="numbers", line=lambda line: f"{line.number}\n".encode(), end=end_marker)


def numbers(chunks: list[bytes]) -> list[str]:
    return b"".join(chunks).decode().split()


class Reader:
    """A subscriber through `follow`, read as fast as it comes."""

    def __init__(self, stream: AsyncIterator[bytes | KeepAlive | FellBehind]) -> None:
        self.chunks: list[bytes] = []
        self.task = asyncio.create_task(self._read(stream))

    async def _read(self, stream: AsyncIterator[bytes | KeepAlive | FellBehind]) -> None:
        async for item in stream:
            assert isinstance(item, bytes), item
            self.chunks.append(item)

    @property
    def seen(self) -> list[str]:
        return numbers(self.chunks)


async def test_every_subscriber_gets_every_line_once_in_order_then_the_end(client, server):
    headers = await owner_headers(client)
    engine: TaskEngine = server.engine
    task = await running_task()
    engine._log(task.id, ["written before anyone followed"])
    url = f"/api/v1/tasks/{task.id}/logstream"
    readers = [asyncio.create_task(read_stream(client, f"{url}?format={'json' if n % 2 else 'plain'}",
                                               headers=headers)) for n in range(40)]
    await until(lambda: engine.events.subscriber_count(task.id) == 40)
    for batch in range(60):
        engine._log(task.id, [f"line {batch}.{n}" for n in range(batch % 7 + 1)])
        await asyncio.sleep(0)
    await finish(task.id)
    engine._ended(task.id)
    streams = await asyncio.gather(*readers)
    logs = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text.splitlines()
    messages = [line.partition(" ")[2] for line in logs]
    for number, stream in enumerate(streams):
        assert [event.id for event in stream.lines] == list(range(1, len(logs) + 1))
        if number % 2:
            assert [event.json()["message"] for event in stream.lines] == messages
        else:
            assert [event.text for event in stream.lines] == logs
        assert stream.end is not None and stream.events[-1] is stream.end
        assert stream.end.json()["id"] == task.id and stream.end.json()["success"] is True
    assert engine.events.subscriber_count(task.id) == 0


async def test_a_slow_subscriber_is_cut_off_and_resumes_exactly_once(server, tmp_path: Path):
    logs, events = FileLogStore(tmp_path), EventBroker(max_lines=20, flush_interval=0)
    task = await running_task()

    def write(*texts: str) -> None:
        events.publish(task.id, list(logs.append(task.id, list(texts))))

    slow = follow(task.id, logs=logs, events=events, rendering=RENDERING, keepalive=1000)
    first = asyncio.ensure_future(anext(slow))
    await until(lambda: events.subscriber_count(task.id) == 1)
    fast = Reader(follow(task.id, logs=logs, events=events, rendering=RENDERING, keepalive=1000))
    await until(lambda: events.subscriber_count(task.id) == 2)
    write("1")
    assert numbers([await first]) == ["1"]
    # The slow one reads no more; the fast one takes each line as it comes.
    for number in range(2, 101):
        write(str(number))
        await until(lambda n=number: fast.seen[-1:] == [str(n)])
    await finish(task.id)
    events.publish(task.id, [TaskEnded(task.id)])
    await fast.task
    assert fast.seen == [str(n) for n in range(1, 101)] + ["end"]
    assert await anext(slow) == FellBehind(after=1)
    with pytest.raises(StopAsyncIteration):
        await anext(slow)
    resumed = Reader(follow(task.id, logs=logs, events=events, rendering=RENDERING, after=1, keepalive=1000))
    await resumed.task
    assert resumed.seen == [str(n) for n in range(2, 101)] + ["end"]


async def test_the_feed_keeps_at_most_its_limit_however_slow_its_subscribers(server, tmp_path: Path):
    logs, events = FileLogStore(tmp_path), EventBroker(max_lines=50, max_bytes=16_000, flush_interval=0)
    task = await running_task()
    stalled = follow(task.id, logs=logs, events=events, rendering=RENDERING, keepalive=1000)
    waiting = asyncio.ensure_future(anext(stalled))
    await until(lambda: events.subscriber_count(task.id) == 1)
    feed = events.feed(task.id)
    assert feed is not None
    events.publish(task.id, logs.append(task.id, ["1"]))
    assert numbers([await waiting]) == ["1"]  # its first chunk; then it reads no more
    for number in range(2, 1001):
        events.publish(task.id, logs.append(task.id, [f"{number} " + "x" * (number % 300)]))
        assert feed.buffered_lines <= 50 and feed.buffered_bytes <= 16_000
        if number % 100 == 0:
            await asyncio.sleep(0)
    assert feed.dropped_through > 900
    assert await anext(stalled) == FellBehind(after=1)
    await stalled.aclose()
    assert events.subscriber_count(task.id) == 0


async def test_a_finished_task_followed_from_beyond_its_end_ends_at_once(client, server, monkeypatch):
    monkeypatch.setattr(tasks_api, "KEEPALIVE_SECONDS", 3600.0)
    headers = await owner_headers(client)
    task = await running_task()
    server.engine._log(task.id, ["one", "two", "three"])
    await finish(task.id)
    server.engine._ended(task.id)
    url = f"/api/v1/tasks/{task.id}/logstream"
    beyond = {**headers, "Last-Event-ID": "99"}
    stream = await asyncio.wait_for(read_stream(client, url, headers=beyond), timeout=30)
    assert stream.lines == [] and stream.end is not None and stream.end.json()["id"] == task.id
    # The same while another subscriber still holds the task's feed open.
    other = await running_task()
    server.engine._log(other.id, ["one"])
    held = asyncio.create_task(read_stream(client, f"/api/v1/tasks/{other.id}/logstream", headers=headers))
    await until(lambda: server.engine.events.subscriber_count(other.id) == 1)
    await finish(other.id)
    server.engine._ended(other.id)
    url = f"/api/v1/tasks/{other.id}/logstream"
    stream = await asyncio.wait_for(read_stream(client, url, headers={**headers, "Last-Event-ID": "7"}),
                                    timeout=30)
    assert stream.lines == [] and stream.end is not None
    assert [event.id for event in (await held).lines] == [1]


async def test_a_subscriber_far_behind_takes_the_backlog_in_bounded_chunks(server, tmp_path: Path):
    logs, events = FileLogStore(tmp_path), EventBroker(max_lines=1000, max_bytes=64 * 1024 * 1024)
    task = await running_task()
    with events.subscribe(task.id) as feed:
        events.publish(task.id, logs.append(task.id, ["x" * 10_000] * 200))
        after, taken = 0, []
        while feed.pending(after):
            chunk, after = feed.take(after, key="plain", render=lambda line: line.text.encode() + b"\n")
            assert 0 < len(chunk) <= CHUNK_BYTES + 10_001
            taken.append(chunk)
    assert len(taken) > 1 and b"".join(taken) == b"".join([b"x" * 10_000 + b"\n"] * 200)


def big_line(number: int) -> str:
    return f"{number} " + "x" * 16_000


async def test_a_client_that_stops_reading_is_told_it_fell_behind_and_resumes(client, server, monkeypatch):
    engine: TaskEngine = server.engine
    monkeypatch.setattr(engine.events, "max_lines", 50)
    headers = await owner_headers(client)
    task = await running_task()
    url = f"/api/v1/tasks/{task.id}/logstream"
    # The slow client: a small receive buffer, and it reads nothing until the task has ended.
    slow = socket.socket()
    slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    slow.connect(("127.0.0.1", server.port))
    slow.sendall(f"GET {url} HTTP/1.1\r\nHost: test\r\nAuthorization: {headers['Authorization']}\r\n"
                 "Accept: text/event-stream\r\n\r\n".encode())
    slow.setblocking(False)
    fast_ids: list[int] = []

    async def read_fast() -> bool:
        async with client.stream("GET", url, headers=headers) as response:
            async for line in response.aiter_lines():
                if line.startswith("id: "):
                    fast_ids.append(int(line[4:]))
                elif line == "event: end":
                    return True
        return False

    fast = asyncio.create_task(read_fast())
    await until(lambda: engine.events.subscriber_count(task.id) == 2)
    # Enough to fill every buffer between the server and the slow client, then the feed many times over.
    with open("/proc/sys/net/ipv4/tcp_wmem") as wmem:
        lines = int(wmem.read().split()[2]) // 16_000 + 400
    for number in range(1, lines + 1):
        engine._log(task.id, [big_line(number)])
        await until(lambda n=number: fast_ids[-1:] == [n])  # the fast client never lags
    await finish(task.id)
    engine._ended(task.id)
    assert await fast and fast_ids == list(range(1, lines + 1))

    received = bytearray()
    loop = asyncio.get_running_loop()
    while chunk := await loop.sock_recv(slow, 1 << 20):
        received += chunk
        if received.endswith(b"\r\n0\r\n\r\n"):  # the last chunk of a chunked body
            break
    slow.close()
    text = received.decode()
    assert "event: end" not in text
    ids = [int(line[4:]) for line in text.split("\n") if line.startswith("id: ")]
    assert ids == list(range(1, len(ids) + 1)) and len(ids) < lines
    comment = f": fell behind the task's log by more than the server keeps; reconnect with Last-Event-ID: {ids[-1]}"
    assert comment in text

    resumed = await read_stream(client, url, headers={**headers, "Last-Event-ID": str(ids[-1])})
    assert [event.id for event in resumed.lines] == list(range(ids[-1] + 1, lines + 1))
    assert [event.text.partition(" ")[2] for event in resumed.lines] == [
        big_line(n) for n in range(ids[-1] + 1, lines + 1)]
    assert isinstance(resumed.end, SseEvent) and resumed.end.json()["id"] == task.id
