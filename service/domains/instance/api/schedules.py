"""The scheduled jobs, their patterns and next run times (administrators only)."""

from fastapi import APIRouter

from service.api.deps import AdminUser, SchedulerDep
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.instance.schemas import ScheduleOut

router = APIRouter(prefix="/schedules", tags=["schedules"])


@router.get("", response_model=Page[ScheduleOut], responses=error_responses(401, 403, 422),
            summary="Every scheduled job with its pattern and next run time")
async def list_schedules(_: AdminUser, scheduler: SchedulerDep, paging: PagingDep) -> Page[ScheduleOut]:
    jobs = [ScheduleOut(id=job.id, task_type=job.task_type, pattern=job.pattern, time_zone=scheduler.time_zone,
                        next_run_time=job.next_run_time)
            for job in scheduler.jobs() if not paging.search or paging.search.lower() in job.id.lower()]
    return Page(items=jobs[paging.offset:paging.offset + paging.per_page], total=len(jobs), page=paging.page,
                per_page=paging.per_page)
