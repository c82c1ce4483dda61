"""Changing an installed app: its name or domain, its access restriction, its settings, its label and tags; and
repairing one (its install run again). A change that needs its guest to change is the install run again with
the app's records as changed; one that only the edge serves (the access restriction) is an apply of its node's
edge; the label and tags need no run. Refused changes leave the app as it was."""

from __future__ import annotations

from typing import Any

from tortoise.transactions import in_transaction

from service.auth.models import User
from service.core.errors import Conflict
from service.domains.apps import checks, running
from service.domains.apps.actions import RESOURCE
from service.domains.apps.models import App, InstallationState
from service.domains.apps.schemas import MIB, AppConfigure
from service.domains.apps.secrets import AppSecrets
from service.domains.dns.models import Domain, Route
from service.domains.edge import applying
from service.domains.nodes.models import Node
from service.tasks.models import Task

SETTLED = (InstallationState.INSTALLED, InstallationState.ERROR)


def _check_settled(app: App, doing: str) -> None:
    if app.installation_state not in SETTLED:
        raise Conflict(f"App {app.fqdn} is {app.installation_state}: wait for its run to end before {doing}",
                       code=f"app_{app.installation_state}", details={"taskId": app.task_id})


async def repair(app_secrets: AppSecrets, app: App, *, user: User | None) -> Task:
    _check_settled(app, "repairing it")
    await running.check_idle(app)
    return await running.start_install(app_secrets, app, user=user, pending=InstallationState.PENDING_CONFIGURE)


async def _move(app: App, domain: Domain, fqdn: str, location: str) -> tuple[Domain, str]:
    """The app's name moves: its route and record; answers the old domain and name (whose record goes)."""
    old = (await Domain.get(id=app.domain_id), app.fqdn)
    async with in_transaction():
        await Route.filter(resource_type=RESOURCE, resource_id=str(app.id)).delete()
        await Route.create(fqdn=fqdn, location=location, domain=domain, node_id=app.node_id, resource_type=RESOURCE,
                           resource_id=str(app.id))
        app.domain, app.fqdn, app.location = domain, fqdn, location
        await app.save(update_fields=["domain_id", "fqdn", "location", "updated_at"])
    return old


async def configure(app_secrets: AppSecrets, app: App, body: AppConfigure, *, user: User | None) -> Task | None:
    given = body.model_fields_set
    _check_settled(app, "changing it")
    manifest = app.manifest or {}
    changes: dict[str, Any] = {}
    rerun = False
    place = None
    if "location" in given or "domain" in given:
        location = body.location if body.location is not None else app.location
        domain_name = body.domain if body.domain is not None else (await Domain.get(id=app.domain_id)).domain
        domain, fqdn = await checks.place(location, domain_name, app=app)
        if fqdn != app.fqdn:
            place, rerun = (domain, fqdn, location.lower()), True
    if "access_restriction" in given:
        access = await checks.access(body.access_restriction.model_dump() if body.access_restriction else None)
        if access is not None:
            running.check_public_url(app_secrets.settings)
        if access != app.access_restriction:
            changes["access_restriction"] = access
    if body.memory_limit is not None:
        memory_mb = checks.memory(manifest, -(-body.memory_limit // MIB))
        if memory_mb != app.memory_mb:
            raise Conflict("An app's memory is set when it is installed: a change of it is not supported yet "
                           "(clone it from a backup with more)", code="not_supported",
                           details={"field": "memoryLimit"})
    if body.settings is not None:
        own = app_secrets.open(app.sealed_secrets)
        kept = {**(app.settings or {}), **(own.get("settings") or {})}
        plain, secret = checks.settings(manifest, body.settings, kept=kept)
        if plain != (app.settings or {}) or secret != (own.get("settings") or {}):
            changes["settings"] = plain
            changes["sealed_secrets"] = app_secrets.seal({**own, "settings": secret})
            rerun = True
    for name in ("label", "tags"):
        value = getattr(body, name)
        if value is not None and value != getattr(app, name):
            changes[name] = value
    if rerun or "access_restriction" in changes:
        await running.check_idle(app)
    before = {name: getattr(app, name) for name in changes}
    for name, value in changes.items():
        setattr(app, name, value)
    if changes:
        await app.save(update_fields=[*changes, "updated_at"])
    old = await _move(app, *place) if place is not None else None
    try:
        task = None
        if rerun:
            task = await running.start_install(app_secrets, app, user=user,
                                               pending=InstallationState.PENDING_CONFIGURE)
        if old is not None or "access_restriction" in changes:
            state = app_secrets.state
            edge = await applying.apply(state, await Node.get(id=app.node_id), user=user, queue=True,
                                        removed=[old] if old is not None else [])
            task = task or edge
    except BaseException:
        if old is not None:
            await _move(app, old[0], old[1], _location(old))
        for name, value in before.items():
            setattr(app, name, value)
        if before:
            await app.save(update_fields=[*before, "updated_at"])
        raise
    return task


def _location(old: tuple[Domain, str]) -> str:
    domain, fqdn = old
    return fqdn[: -len(domain.domain) - 1] if fqdn != domain.domain else ""

