"""Task logs in the database: lines queued by sync appends, numbered by the database, readable once settled."""

from __future__ import annotations

import asyncio

from service.config import Settings
from service.tasks.dblog import DatabaseLogStore, make_log_store
from service.tasks.logstore import FileLogStore
from service.tasks.models import TaskLogLine


async def test_two_writers_of_one_log_interleave_without_taking_a_number_twice(server):
    # Two stores stand for two processes (the API's "queued" line, the worker's run): each numbers in the database.
    api, worker = DatabaseLogStore(), DatabaseLogStore()
    try:
        for batch in range(60):
            api.append(7, [f"api {batch}"])
            worker.append(7, [f"worker {batch}.{n}" for n in range(batch % 5 + 1)])
            worker.append(8, [f"other {batch}"])
            if batch % 3 == 0:
                await asyncio.sleep(0)  # let the flushers commit between appends, so their transactions overlap
        await asyncio.gather(api.settle(), worker.settle())
        lines = await api.read_lines(7)
        assert [line.number for line in lines] == list(range(1, len(lines) + 1))
        texts = [line.text for line in lines]
        assert [text for text in texts if text.startswith("api")] == [f"api {batch}" for batch in range(60)]
        assert [text for text in texts if text.startswith("worker")] == [
            f"worker {batch}.{n}" for batch in range(60) for n in range(batch % 5 + 1)]
        assert [line.text for line in await worker.read_lines(8)] == [f"other {batch}" for batch in range(60)]
        assert await TaskLogLine.filter(task_id=7).count() == len(lines)
    finally:
        await asyncio.gather(api.close(), worker.close())


async def test_settle_makes_every_line_appended_so_far_readable(server):
    store = DatabaseLogStore()
    try:
        returned = store.append(3, ["one\r", "two\nlines"])
        assert returned == []  # numbered when committed: the relay publishes them, not the writer
        store.append(4, ["elsewhere"])
        store.append(3, ["three"])
        await store.settle(3)
        lines = await store.read_lines(3)
        assert [(line.number, line.text) for line in lines] == [(1, "one"), (2, "two lines"), (3, "three")]
        assert lines[0].timestamp.utcoffset() is not None and lines[0].timestamp <= lines[2].timestamp
        assert lines[0].render().endswith("Z one")
        assert [line.number for line in await store.read_lines(3, after=2)] == [3]
        store.append(4, [f"line {n}" for n in range(2500)])  # more than one batch
        await store.settle()
        assert len(await store.read_lines(4)) == 2501
        assert (await store.read_lines(4, after=2500))[0].text == "line 2499"
        store.forget(4)
        await store.settle(4)  # nothing pending: at once
    finally:
        await store.close()


async def test_close_writes_what_is_queued(server):
    store = DatabaseLogStore()
    store.append(5, [f"{n}" for n in range(300)])
    await store.close()
    assert [line.text for line in await store.read_lines(5)] == [f"{n}" for n in range(300)]


async def test_the_store_follows_the_workers_mode(server, settings: Settings):
    assert isinstance(make_log_store(settings), FileLogStore)
    external = make_log_store(settings.model_copy(update={"task_workers": "external"}))
    assert isinstance(external, DatabaseLogStore)
    await external.close()


async def test_file_store_reads_the_same_lines_asynchronously(tmp_path):
    store = FileLogStore(tmp_path)
    store.append(1, ["a", "b\r\n", "c"])
    assert [(line.number, line.text) for line in await store.read_lines(1, after=1)] == [(2, "b "), (3, "c")]
    assert await store.read_lines(2) == []
