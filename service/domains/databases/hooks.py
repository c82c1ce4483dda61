"""The databases slice's answers to events of the slices below it: a project's or an environment's databases go
with it and are copied with it (cascade.py), and a node's routes leave a database's guest alone."""

from __future__ import annotations

from uuid import UUID

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.databases import cascade
from service.domains.databases.deps import secrets_of
from service.domains.databases.models import Database
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.projects.events import (
    ENVIRONMENT_CLONED,
    ENVIRONMENT_CLONING,
    ENVIRONMENT_DELETING,
    PROJECT_DELETING,
)
from service.domains.projects.models import Environment, Project


async def delete_project(state: State, *, project: Project, user: User) -> None:
    await cascade.delete_all(state.engine, state.settings, secrets_of(state), await Database.filter(project=project),
                             user=user)


async def delete_environment(state: State, *, environment: Environment, force: bool, user: User) -> None:
    held = await cascade.holding(environment)
    cascade.refuse_unless_forced(held, force=force)
    await cascade.delete_all(state.engine, state.settings, secrets_of(state), held, user=user)


async def check_clone(state: State, *, source: Environment) -> None:
    await cascade.check_room(source)


async def fill_clone(state: State, *, source: Environment, copy: Environment, user: User) -> None:
    await cascade.fill_clone(state.engine, state.settings, secrets_of(state), source=source, copy=copy, user=user)


async def refuse_owned_guest(state: State, *, guest: Guest) -> None:
    """409 for the guest of a live database: its own routes act on it, one action at a time under its lock, and
    keep its record true (a destroy here would leave the database pointing at an address given to another)."""
    if guest.resource_type != "database":
        return
    try:
        database_id = UUID(guest.resource_id)
    except ValueError:
        return
    database = await Database.get_or_none(id=database_id)
    if database is not None:
        raise Conflict(f"Container {guest.hostname} is database {database.name}'s: use /api/v1/databases/"
                       f"{database.id} to start, stop, restart or delete it", code="owned",
                       details={"databaseId": str(database.id)})


HOOKS = {PROJECT_DELETING: delete_project, ENVIRONMENT_DELETING: delete_environment,
         ENVIRONMENT_CLONING: check_clone, ENVIRONMENT_CLONED: fill_clone, GUEST_ACTING: refuse_owned_guest}
