"""Schedule settings (administrators only): Cloudron's autoupdate patterns and the instance's time zone.
Every change rebuilds the schedules at once."""

from fastapi import APIRouter

from service.api.deps import AdminUser, SchedulerDep
from service.core.schemas import error_responses
from service.core.settings_store import get_setting, set_setting
from service.domains.instance.schemas import TimeZone, TimeZoneIn, UpdatePattern, UpdatePatternIn

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("/apps_autoupdate_pattern", response_model=UpdatePattern, responses=error_responses(401, 403),
            summary="When the databases' server packages get minor updates")
async def get_apps_pattern(_: AdminUser) -> UpdatePattern:
    return UpdatePattern(pattern=await get_setting("apps_autoupdate_pattern"))


@router.post("/apps_autoupdate_pattern", response_model=UpdatePattern, responses=error_responses(401, 403, 422),
             summary="Set when the databases' server packages get minor updates")
async def set_apps_pattern(body: UpdatePatternIn, _: AdminUser, scheduler: SchedulerDep) -> UpdatePattern:
    await set_setting("apps_autoupdate_pattern", body.pattern)
    await scheduler.rebuild()
    return UpdatePattern(pattern=body.pattern)


@router.get("/box_autoupdate_pattern", response_model=UpdatePattern, responses=error_responses(401, 403),
            summary="When the managed guests' OS packages are updated")
async def get_box_pattern(_: AdminUser) -> UpdatePattern:
    return UpdatePattern(pattern=await get_setting("box_autoupdate_pattern"))


@router.post("/box_autoupdate_pattern", response_model=UpdatePattern, responses=error_responses(401, 403, 422),
             summary="Set when the managed guests' OS packages are updated")
async def set_box_pattern(body: UpdatePatternIn, _: AdminUser, scheduler: SchedulerDep) -> UpdatePattern:
    await set_setting("box_autoupdate_pattern", body.pattern)
    await scheduler.rebuild()
    return UpdatePattern(pattern=body.pattern)


@router.get("/time_zone", response_model=TimeZone, responses=error_responses(401, 403),
            summary="The zone schedules fire in")
async def get_time_zone(_: AdminUser) -> TimeZone:
    return TimeZone(time_zone=await get_setting("time_zone"))


@router.post("/time_zone", response_model=TimeZone, responses=error_responses(401, 403, 422),
             summary="Set the zone schedules fire in (IANA names only)")
async def set_time_zone(body: TimeZoneIn, _: AdminUser, scheduler: SchedulerDep) -> TimeZone:
    await set_setting("time_zone", body.time_zone)
    await scheduler.rebuild()
    return TimeZone(time_zone=body.time_zone)
