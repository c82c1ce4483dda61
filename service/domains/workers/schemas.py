"""Shapes of the workers API, and a worker's state as its heartbeat and stop tell it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal
from uuid import UUID

from pydantic import Field

from service.core.schemas import ApiModel, Page
from service.tasks.models import Worker

WorkerState = Literal["alive", "dead", "stopped"]


def state_of(worker: Worker, *, now: datetime, dead_after: float) -> WorkerState:
    """Alive while heard from within dead_after seconds. A stopped worker stopped itself unless it was stopped
    (by the reaper) dead_after or more after its last heartbeat: a worker stopping itself beats just before."""
    silent = timedelta(seconds=dead_after)
    if worker.stopped_at is None:
        return "alive" if worker.last_heartbeat >= now - silent else "dead"
    return "dead" if worker.stopped_at - worker.last_heartbeat >= silent else "stopped"


class WorkerOut(ApiModel):
    id: UUID
    name: str
    host: str
    pid: int
    queues: list[str] = Field(description="The queues it takes tasks from; empty: every queue")
    concurrency: int = Field(description="How many tasks it runs at once at most")
    running_tasks: list[int] = Field(description="The ids of the tasks running on it now")
    running_count: int
    last_heartbeat: datetime
    started_at: datetime
    stopped_at: datetime | None = Field(description="When it stopped, or was found dead and marked stopped")
    state: WorkerState = Field(description="alive: heard from lately; dead: silent (its tasks crashed or requeued); "
                                           "stopped: stopped itself")

    @classmethod
    def of(cls, worker: Worker, *, running: list[int], now: datetime, dead_after: float) -> WorkerOut:
        return cls(id=worker.id, name=worker.name, host=worker.host, pid=worker.pid, queues=list(worker.queues or []),
                   concurrency=worker.concurrency, running_tasks=running, running_count=len(running),
                   last_heartbeat=worker.last_heartbeat.astimezone(UTC), started_at=worker.started_at.astimezone(UTC),
                   stopped_at=worker.stopped_at.astimezone(UTC) if worker.stopped_at else None,
                   state=state_of(worker, now=now, dead_after=dead_after))


class WorkerPage(Page[WorkerOut]):
    mode: Literal["embedded", "external"] = Field(
        description="embedded: this process runs the tasks and there are no workers; external: `containr worker`s")
