"""The services slice's answers to events of the slices below it: a project's or an environment's services go
with it (cascade.py), a node's routes leave a service's guest alone, a linked database and an image service's
registry are not deleted under it.

An environment's clone does not copy its services (no ENVIRONMENT_CLONING or ENVIRONMENT_CLONED answer): a
service is code deployed from a branch with its own variables and webhook secret, and a copy would build and run
a second instance of the app against the copy's new, empty databases without anyone asking for it. The source
environment and its services are left exactly as they were; create the services the copy needs in it (their
variables are write-only, so they cannot be copied without the caller sending them again)."""

from __future__ import annotations

from uuid import UUID

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.databases.events import DATABASE_DELETING
from service.domains.databases.models import Database
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.projects.events import ENVIRONMENT_DELETING, PROJECT_DELETING
from service.domains.projects.models import Environment, Project
from service.domains.registries.events import REGISTRY_USERS
from service.domains.services import cascade
from service.domains.services.actions import RESOURCE
from service.domains.services.models import Service
from service.domains.services.secrets import secrets_of


async def delete_project(state: State, *, project: Project, user: User) -> None:
    await cascade.delete_all(state.engine, secrets_of(state), await Service.filter(project=project), user=user)


async def delete_environment(state: State, *, environment: Environment, force: bool, user: User) -> None:
    held = await cascade.holding(environment)
    cascade.refuse_unless_forced(held, force=force)
    await cascade.delete_all(state.engine, secrets_of(state), held, user=user)


async def refuse_owned_guest(state: State, *, guest: Guest) -> None:
    """409 for the guest of a live service: its own routes act on it, one action at a time under its lock, and
    keep its record true (a destroy here would leave the service pointing at an address given to another)."""
    if guest.resource_type != RESOURCE:
        return
    try:
        service_id = UUID(guest.resource_id)
    except ValueError:
        return
    service = await Service.get_or_none(id=service_id)
    if service is not None:
        raise Conflict(f"Container {guest.hostname} is service {service.name}'s: use /api/v1/services/{service.id} "
                       "to start, stop, restart or delete it", code="owned", details={"serviceId": str(service.id)})


async def refuse_linked_database(state: State, *, database: Database) -> None:
    """409 while a service links the database: its next deploy would lose the variable the app reads. Unlink it
    first (PUT /api/v1/services/{id} with the other links); a project's or environment's deletion takes both."""
    linking = [service for service in await Service.filter(environment_id=database.environment_id)
               if str(database.id) in {str(link) for link in service.links or []}]
    if linking:
        names = ", ".join(sorted(service.name for service in linking))
        raise Conflict(f"Database {database.name} is linked by service(s) {names}: unlink it first", code="linked",
                       details={"serviceIds": sorted(str(service.id) for service in linking)})


async def registry_users(state: State, *, registry_ids: list[UUID], users: dict[UUID, list[str]]) -> None:
    """An image service pulls with its registry's credentials: the registry is in use while the service is."""
    for service in await Service.filter(registry_id__in=registry_ids).order_by("created_at"):
        users.setdefault(service.registry_id, []).append(f"service {service.name}")


HOOKS = {PROJECT_DELETING: delete_project, ENVIRONMENT_DELETING: delete_environment,
         GUEST_ACTING: refuse_owned_guest, DATABASE_DELETING: refuse_linked_database,
         REGISTRY_USERS: registry_users}
