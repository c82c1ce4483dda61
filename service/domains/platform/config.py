"""The platform configuration: checked, stored (instance/platform_defaults), shown, and applied to the existing
guests of the services given through their own resize tasks."""

from __future__ import annotations

from starlette.datastructures import State

from service.auth.models import User
from service.core.errors import ApiError, Invalid
from service.domains.databases import operations
from service.domains.databases.deps import secrets_of
from service.domains.databases.models import Database, DatabaseType
from service.domains.instance import platform_defaults
from service.domains.mail import resizing as mail_resizing
from service.domains.platform.schemas import (
    AddonConfigOut,
    PlatformConfig,
    PlatformConfigIn,
    PlatformConfigSaved,
    Skipped,
)

NOT_OFFERED = {"mongodb": "MongoDB is not offered: Debian does not package it, so Containr runs no MongoDB guests "
                          "to configure"}


async def current() -> PlatformConfig:
    stored = await platform_defaults.stored()
    return PlatformConfig(**{kind: AddonConfigOut(memory=entry["memory"], memory_swap=entry.get("memorySwap"))
                             for kind, entry in stored.items()})


async def save(state: State, body: PlatformConfigIn, *, user: User) -> PlatformConfigSaved:
    """Store the whole configuration (refused whole, before anything is stored or started, for mongodb); with
    applyToExisting, resize the existing guests of each service given to its new memory."""
    for kind, reason in NOT_OFFERED.items():
        if kind in body.model_fields_set:
            raise Invalid(reason, code="not_offered", details=[{"field": kind, "message": "not offered"}])
    given = {kind: getattr(body, kind) for kind in platform_defaults.KINDS if getattr(body, kind) is not None}
    await platform_defaults.save({kind: {"memory": entry.memory, "memorySwap": entry.memory_swap}
                                  for kind, entry in given.items()})
    task_ids: list[int] = []
    skipped: list[Skipped] = []
    if body.apply_to_existing:
        for kind in given:
            memory = await platform_defaults.guest_memory(kind)
            assert memory is not None  # just stored
            if kind == "mail":
                started, left = await _resize_mail(state, memory.memory_mb, user=user)
            else:
                started, left = await _resize_databases(state, DatabaseType(kind), memory.memory_mb, user=user)
            task_ids += started
            skipped += left
    return PlatformConfigSaved(**(await current()).model_dump(), task_ids=task_ids, skipped=skipped)


async def _resize_databases(state: State, kind: DatabaseType, memory_mb: int, *,
                            user: User) -> tuple[list[int], list[Skipped]]:
    """One databaseResize per database of the kind whose memory differs; one that cannot be resized now (not
    running, busy) is left as it is and reported, the others still resized."""
    started: list[int] = []
    skipped: list[Skipped] = []
    for database in await Database.filter(type=kind).order_by("created_at", "id"):
        try:
            task = await operations.resize(state.engine, state.settings, secrets_of(state), database, cores=None,
                                           memory_mb=memory_mb, disk_gb=None, user=user)
        except ApiError as exc:
            skipped.append(Skipped(kind=kind.value, id=str(database.id), reason=exc.message))
            continue
        if task is not None:
            started.append(task.id)
    return started, skipped


async def _resize_mail(state: State, memory_mb: int, *, user: User) -> tuple[list[int], list[Skipped]]:
    try:
        task = await mail_resizing.resize(state, memory_mb=memory_mb, user=user)
    except ApiError as exc:
        found = await mail_resizing.server_id()
        return [], [Skipped(kind="mail", id=found or "", reason=exc.message)]
    return ([task.id] if task is not None else []), []
