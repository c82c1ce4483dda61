"""The workers tests: rows of workers and tasks written directly, the reaper's end through the engine's, and the
dashboard's cookie-keeping client and headless Chromium (as in tests/web/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest
from playwright.async_api import Browser
from tortoise.transactions import in_transaction

from service.tasks import locks
from service.tasks.models import Task, TaskState, Worker
from service.tasks.reaper import EndLost
from tests.web.browser import chromium


@pytest.fixture
async def browser_client(server) -> AsyncIterator[httpx.AsyncClient]:
    """Like a browser without JavaScript: cookies kept, redirects not followed (tests look at them)."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium, headless, for one test."""
    async with chromium() as launched:
        yield launched


@pytest.fixture
def end_lost(server) -> EndLost:
    """The engine's end of a task whose worker is lost: TaskEngine.end_lost once it has one; until then the same
    steps through the executor (the end proposed for it: conditional row and keys in one commit, log line, hooks)."""
    engine = server.engine
    if hasattr(engine, "end_lost"):
        return engine.end_lost
    executor = engine._executor

    async def end(task: Task, message: str) -> bool:
        worker_id = task.worker_id
        task.finish(TaskState.CRASHED, message=message)
        async with in_transaction() as conn:
            ended = await Task.filter(id=task.id, state=TaskState.RUNNING, worker_id=worker_id).using_db(conn).update(
                state=task.state, finished_at=task.finished_at, message=task.message, error_code=task.error_code,
                error_message=task.error_message, sealed_secrets=None, updated_at=task.finished_at)
            if ended:
                await locks.release(task.id, connection=conn)
        if ended:
            engine._log(task.id, [f"[containr] {message}"])
            await executor.after_finish(task)
        return bool(ended)
    return end


async def worker_row(name: str, *, silent: float, stopped_after: float | None = None, host: str = "host-a",
                     queues: list[str] | None = None, now: datetime | None = None) -> Worker:
    """A worker last heard of `silent` seconds ago; stopped `stopped_after` seconds after that heartbeat."""
    now = now or datetime.now(UTC)
    heard = now - timedelta(seconds=silent)
    stopped = heard + timedelta(seconds=stopped_after) if stopped_after is not None else None
    return await Worker.create(id=uuid4(), name=name, host=host, pid=4242, queues=queues or [], concurrency=2,
                               last_heartbeat=heard, stopped_at=stopped)


async def running_task(worker_id: UUID, *, task_type: str = "test-lost", keys: tuple[str, ...] = (),
                       **fields: Any) -> Task:
    task = await Task.create(type=task_type, playbook="x.yml", timeout=60, state=TaskState.RUNNING,
                             started_at=datetime.now(UTC), message="Running", worker_id=worker_id, **fields)
    await locks.acquire(task.id, keys)
    return task
