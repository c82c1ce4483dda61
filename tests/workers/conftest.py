"""The workers tests: rows of workers and tasks written directly, the reaper's end through the engine's, and the
dashboard's cookie-keeping client and headless Chromium (as in tests/web/conftest.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import pytest

from service.tasks import locks
from service.tasks.models import Task, TaskState, Worker
from service.tasks.reaper import EndLost
from tests.web.conftest import browser, browser_client  # noqa: F401 (the dashboard's fixtures, for the page)


@pytest.fixture
def end_lost(server) -> EndLost:
    """The engine's end of a task whose worker is lost, as every reaper of the app calls it."""
    return server.engine.end_lost


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
