"""What deleting a project or an environment does to the services in them (the projects slice announces it:
hooks.py answers): each service's delete starts, or none does."""

from __future__ import annotations

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.projects.models import Environment
from service.domains.services import deploying
from service.domains.services.models import Service, ServiceStatus
from service.domains.services.secrets import ServiceSecrets
from service.tasks import TaskEngine
from service.tasks.models import Task


async def delete_all(engine: TaskEngine, secrets: ServiceSecrets, services: list[Service], *,
                     user: User | None) -> list[Task]:
    """Start the delete of each service (those already being deleted are left to their run). Refused as a whole,
    before any starts, while one of them is busy with another action (a deploy)."""
    pending = [s for s in services if s.status != ServiceStatus.DELETING]
    for service in pending:
        await deploying.check_idle(service)
    tasks = []
    for service in pending:
        task = await deploying.delete(engine, secrets, service, user=user)
        if task is not None:
            tasks.append(task)
    return tasks


async def holding(environment: Environment) -> list[Service]:
    return await Service.filter(environment=environment).order_by("name")


def refuse_unless_forced(services: list[Service], *, force: bool) -> None:
    if services and not force:
        raise Conflict(f"The environment holds {len(services)} service(s) "
                       f"({', '.join(s.name for s in services[:5])}); delete with ?force=true to delete them too",
                       code="not_empty", details={"services": [str(s.id) for s in services]})
