"""The cluster's workers, for the instance's administrators: what each runs and when it was last heard of."""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from fastapi import APIRouter

from service.api.deps import AdminUser, SettingsDep
from service.core import db
from service.core.errors import NotFound
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import error_responses
from service.domains.workers.schemas import WorkerOut, WorkerPage
from service.tasks.models import Task, TaskState, Worker

router = APIRouter(tags=["workers"])


async def _running(worker_ids: list[UUID]) -> dict[UUID, list[int]]:
    found: dict[UUID, list[int]] = defaultdict(list)
    rows = await (Task.filter(state=TaskState.RUNNING, worker_id__in=worker_ids).order_by("id")
                  .values_list("worker_id", "id"))
    for worker_id, task_id in rows:
        found[UUID(str(worker_id))].append(task_id)
    return found


@router.get("/workers", response_model=WorkerPage, responses=error_responses(401, 403, 422),
            summary="The workers, the latest heard of first, with the tasks each runs")
async def list_workers(_: AdminUser, settings: SettingsDep, page: PageQuery = 1,
                       per_page: PerPageQuery = 20) -> WorkerPage:
    query = Worker.all()
    total = await query.count()
    # The latest heard of first (the live ones, then the rest); the id keeps one order between pages.
    workers = await (query.order_by("-last_heartbeat", "id").offset((page - 1) * per_page).limit(per_page))
    running = await _running([w.id for w in workers])
    now = await db.clock()
    items = [WorkerOut.of(w, running=running.get(w.id, []), now=now, dead_after=settings.worker_dead_after)
             for w in workers]
    return WorkerPage(items=items, total=total, page=page, per_page=per_page, mode=settings.task_workers)


@router.get("/workers/{worker_id}", response_model=WorkerOut, responses=error_responses(401, 403, 404, 422),
            summary="One worker, with the tasks it runs")
async def get_worker(worker_id: UUID, _: AdminUser, settings: SettingsDep) -> WorkerOut:
    worker = await Worker.get_or_none(id=worker_id)
    if worker is None:
        raise NotFound(f"No worker {worker_id}")
    running = await _running([worker.id])
    return WorkerOut.of(worker, running=running.get(worker.id, []), now=await db.clock(),
                        dead_after=settings.worker_dead_after)
