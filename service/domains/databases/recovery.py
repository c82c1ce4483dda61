"""At start-up: a database left `provisioning` or `deleting` with no run behind it (the service stopped between
recording the change and starting its run) is failed, so that a retry or a delete can act on it again."""

from __future__ import annotations

from service.domains.databases.actions import RESOURCE
from service.domains.databases.models import Database, DatabaseStatus
from service.tasks.models import Task, TaskState

UNSTARTED = {
    DatabaseStatus.PROVISIONING: "The service stopped before the run that makes this database started",
    DatabaseStatus.DELETING: "Delete failed: the service stopped before the run that deletes it started",
}


async def fail_unstarted() -> int:
    """Fail each such database; how many there were."""
    active = set(await Task.filter(resource_type=RESOURCE, state__in=[TaskState.QUEUED, TaskState.RUNNING])
                 .values_list("resource_id", flat=True))
    failed = 0
    for database in await Database.filter(status__in=list(UNSTARTED)):
        if str(database.id) in active:
            continue
        database.status_message = UNSTARTED[database.status]
        database.status = DatabaseStatus.FAILED
        await database.save(update_fields=["status", "status_message", "updated_at"])
        failed += 1
    return failed
