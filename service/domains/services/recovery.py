"""At start-up: a service left `building`, `deploying` or `deleting`, or a build left `pending`, with no run
behind it (the service stopped between recording the change and starting its run, or before the run's end was
recorded) is put right, so that a new build or a delete can act on it again."""

from __future__ import annotations

from datetime import UTC, datetime

from service.domains.services.actions import RESOURCE
from service.domains.services.models import Build, BuildStatus, Service, ServiceStatus
from service.tasks.models import Task, TaskState

STOPPED = "The service stopped before the run that {} started"


async def fail_unstarted() -> int:
    """Each such service and build, failed (a service with a release keeps running it); how many there were."""
    active_tasks = await Task.filter(resource_type=RESOURCE, state__in=[TaskState.QUEUED, TaskState.RUNNING])
    active = {task.resource_id for task in active_tasks}
    active_ids = {task.id for task in active_tasks}
    put_right = 0
    for service in await Service.filter(status__in=[ServiceStatus.BUILDING, ServiceStatus.DEPLOYING,
                                                    ServiceStatus.DELETING]):
        if str(service.id) in active:
            continue
        if service.status == ServiceStatus.DELETING:
            service.status = ServiceStatus.FAILED
            service.status_message = f"Delete failed: {STOPPED.format('deletes it')}"
        elif service.current_release_id is not None:
            service.status, service.status_message = ServiceStatus.RUNNING, STOPPED.format("deploys it again")
        else:
            service.status, service.status_message = ServiceStatus.FAILED, STOPPED.format("builds it")
        await service.save(update_fields=["status", "status_message", "updated_at"])
        put_right += 1
    for build in await Build.filter(status__in=[BuildStatus.PENDING, BuildStatus.RUNNING]):
        if build.task_id in active_ids:
            continue
        build.status, build.error = BuildStatus.FAILED, STOPPED.format("builds it") if build.task_id is None else \
            "The service stopped before this build's end was recorded"
        build.finished_at = datetime.now(UTC)
        await build.save(update_fields=["status", "error", "finished_at"])
        put_right += 1
    return put_right
