"""Finding services the caller may see, with the project role each action needs."""

from __future__ import annotations

from uuid import UUID

from service.auth.models import User
from service.core.errors import NotFound
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole
from service.domains.services.models import Service


async def visible_service(service_id: UUID, user: User, *, at_least: ProjectRole) -> Service:
    """The service if the caller may see its project (else 404) with at least the given role (else 403).

    A service whose project is gone (it is being deleted with it) is seen by instance admins only."""
    service = await Service.get_or_none(id=service_id)
    if service is None or (service.project_id is None and not user.is_admin):
        raise NotFound(f"No service {service_id}")
    if service.project_id is not None:
        try:
            await projects.visible_project(service.project_id, user, at_least=at_least)
        except NotFound:
            raise NotFound(f"No service {service_id}") from None
    return service
