"""The apps slice's answers to events of the slices below it: where the edge sends an app's name, a project's or
an environment's apps going with it, and the app's guest and addon databases left to the app's own routes."""

from __future__ import annotations

import logging
from uuid import UUID

from starlette.datastructures import State

from service import __version__
from service.auth.models import User
from service.core.errors import ApiError, Conflict
from service.domains.apps import running
from service.domains.apps.actions import RESOURCE
from service.domains.apps.models import App, InstallationState, RunState
from service.domains.apps.secrets import secrets_of
from service.domains.backup_storage.models import Backup, BackupType
from service.domains.backups.events import BOX_BACKUP_ARCHIVES
from service.domains.backups.platform import AppToBackUp
from service.domains.databases.events import DATABASE_DELETING
from service.domains.databases.models import Database
from service.domains.dns.models import Route
from service.domains.edge.events import ROUTE_UPSTREAMS
from service.domains.edge.upstreams import Upstream
from service.domains.nodes.events import GUEST_ACTING
from service.domains.nodes.models import Guest
from service.domains.projects.events import ENVIRONMENT_DELETING, PROJECT_DELETING
from service.domains.projects.models import Environment, Project

log = logging.getLogger(__name__)
# An app whose guest is not made yet (or is being made again from a backup, or goes) gets no upstream: the edge
# leaves its name out until its run ends.
UNROUTED = (InstallationState.PENDING_INSTALL, InstallationState.PENDING_CLONE, InstallationState.PENDING_UNINSTALL)


async def upstreams(state: State, *, routes: list[Route], upstreams: dict[str, Upstream]) -> None:
    ids = [route.resource_id for route in routes if route.resource_type == RESOURCE]
    if not ids:
        return
    apps = {str(app.id): app for app in await App.filter(id__in=ids)}
    for route in routes:
        app = apps.get(route.resource_id) if route.resource_type == RESOURCE else None
        if app is None or not app.host or app.installation_state in UNROUTED:
            continue
        port = int((app.manifest or {}).get("httpPort") or 80)
        upstreams[route.fqdn] = Upstream(app.host, port, running.access_url(state.settings, app))


def _app_id(resource_id: str | None) -> UUID | None:
    try:
        return UUID(str(resource_id))
    except ValueError:
        return None


async def refuse_owned_guest(state: State, *, guest: Guest) -> None:
    """409 for the guest of an app: its own routes act on it, under its lock, and keep its record true."""
    if guest.resource_type != RESOURCE or (app_id := _app_id(guest.resource_id)) is None:
        return
    app = await App.get_or_none(id=app_id)
    if app is not None:
        raise Conflict(f"Container {guest.hostname} is app {app.fqdn}'s: use /api/v1/apps/{app.id} to start, stop, "
                       "restart or uninstall it", code="owned", details={"appId": str(app.id)})


async def refuse_owned_database(state: State, *, database: Database) -> None:
    """409 for an app's addon database: the app reads it; uninstalling the app deletes it (or keeps it, then
    owned by nobody)."""
    if database.owner_type != RESOURCE or (app_id := _app_id(database.owner_id)) is None:
        return
    app = await App.get_or_none(id=app_id)
    if app is not None:
        raise Conflict(f"Database {database.name} is app {app.fqdn}'s addon: uninstall the app (with keepDatabases "
                       "to keep it)", code="owned", details={"appId": str(app.id)})


async def _uninstall_all(state: State, apps: list[App], user: User) -> None:
    app_secrets = secrets_of(state)
    for app in apps:
        if app.installation_state == InstallationState.PENDING_UNINSTALL:
            continue
        try:
            await running.uninstall(app_secrets, app, keep_databases=False, user=user)
        except ApiError as refused:  # busy: the app stays, without its project, for its admins to uninstall
            log.warning("app %s not uninstalled with its project: %s", app.fqdn, refused.message)


async def delete_project(state: State, *, project: Project, user: User) -> None:
    await _uninstall_all(state, await App.filter(project=project), user)


async def delete_environment(state: State, *, environment: Environment, force: bool, user: User) -> None:
    held = await App.filter(environment=environment)
    if held and not force:
        names = ", ".join(sorted(app.fqdn for app in held))
        raise Conflict(f"Environment {environment.name} holds app(s) {names}: uninstall them, or delete it with "
                       "force", code="not_empty", details={"appIds": sorted(str(app.id) for app in held)})
    await _uninstall_all(state, held, user)


async def box_backup_archives(state: State, *, target: str, dumps: list[tuple[Backup, Database]],
                              found: list[tuple[Backup, AppToBackUp]]) -> None:
    """BOX_BACKUP_ARCHIVES: an app backup for each installed, running app with a guest: its data folders, and the
    dumps of its addon databases made by the same run (its dependsOn)."""
    dumped = {str(database.id): str(backup.id) for backup, database in dumps}
    for app in await App.filter(installation_state=InstallationState.INSTALLED, run_state=RunState.RUNNING,
                                guest_id__isnull=False).order_by("created_at"):
        guest = await Guest.get_or_none(id=app.guest_id)
        if guest is None or not guest.ip:
            continue
        backup = await Backup.create(type=BackupType.APP, version=__version__, target=target, resource_type=RESOURCE,
                                     resource_id=str(app.id), depends_on=[
                                         dumped[str(i)] for i in (app.addon_databases or {}).values()
                                         if str(i) in dumped])
        folders = [str(folder) for folder in (app.manifest or {}).get("dataDirs") or []]
        found.append((backup, AppToBackUp(backup_id=str(backup.id), app_id=str(app.id),
                                          app_host=str(guest.ip).split("/")[0], app_backup_dirs=folders)))


HOOKS = {ROUTE_UPSTREAMS: upstreams, GUEST_ACTING: refuse_owned_guest, DATABASE_DELETING: refuse_owned_database,
         PROJECT_DELETING: delete_project, ENVIRONMENT_DELETING: delete_environment,
         BOX_BACKUP_ARCHIVES: box_backup_archives}
