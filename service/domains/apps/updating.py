"""Updating an app to its catalogue's newer version, as guest_update.yml does for the OS: a snapshot of its guest
first, then its install run with the new manifest; when that run fails, the guest is rolled back to the snapshot
and the app keeps its old manifest (its error says what failed). Three runs, each started by the end of the one
before (finishing hooks below); `App.update_from` remembers where the app came from while they run.

The `appsAutoupdate` pattern (the instance setting that also drives the database servers' updates) fires the job
below, which updates every installed catalogue app whose catalogue has a newer version."""

from __future__ import annotations

import logging
import time
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.actions import catalogue as actions
from service.auth.models import User
from service.core.errors import ApiError, Conflict, Invalid
from service.domains.apps import catalogue, checks, running
from service.domains.apps.actions import APP_SNAPSHOT, AppSnapshotVars
from service.domains.apps.models import App, InstallationState
from service.domains.apps.secrets import AppSecrets, secrets_of
from service.domains.edge.context import state as app_state
from service.domains.events import outbox
from service.domains.nodes.models import Guest, Node
from service.domains.nodes.registry import connection_env
from service.tasks import scheduler
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)


def _version(text: str) -> tuple[int, ...]:
    core = text.split("-")[0].split("+")[0]
    return tuple(int(part) for part in core.split(".") if part.isdigit())


def newer(candidate: str, current: str) -> bool:
    return _version(candidate) > _version(current)


def target(app_secrets: AppSecrets, app: App, asked: str | None) -> dict[str, Any]:
    """The manifest the app updates to: its catalogue's, which must be newer (or the version asked for)."""
    if app.catalogue_dir is None:
        raise Conflict(f"App {app.fqdn} was installed from a manifest of its own: install it anew to change it",
                       code="not_from_catalogue")
    entry = catalogue.load(app_secrets.settings).find(app.app_store_id)
    if entry is None:
        raise Conflict(f"The catalogue no longer has {app.app_store_id}", code="not_in_catalogue")
    current = str((app.manifest or {}).get("version") or "0")
    if asked is not None and asked != entry.version:
        raise Invalid(f"The catalogue has version {entry.version} of {app.app_store_id}, not {asked}",
                      details={"field": "appStoreVersion"})
    if not newer(entry.version, current):
        raise Conflict(f"App {app.fqdn} runs version {current}, the catalogue's newest", code="up_to_date")
    return entry.manifest


async def _snapshot_run(app_secrets: AppSecrets, app: App, *, state: str, user: User | None) -> Task:
    guest = await Guest.get_or_none(id=app.guest_id) if app.guest_id else None
    if guest is None:
        raise Conflict(f"App {app.fqdn} has no guest to snapshot", code="no_guest")
    params = AppSnapshotVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                             guest_snapshot_name=app.update_from["snapshot"],  # type: ignore[index]
                             guest_snapshot_state=state,  # type: ignore[arg-type]
                             guest_snapshot_description=f"Containr: before the update of {app.fqdn}")
    task = await actions.start(app_secrets.engine, app_secrets.settings, APP_SNAPSHOT, resource_id=str(app.id),
                               params=params, user=user, secrets=connection_env(await app.node,
                                                                                 app_secrets.databases.nodes),
                               locks=running.guest_keys(app), queue=True)
    app.task_id = task.id
    await app.save(update_fields=["task_id", "updated_at"])
    return task


async def update(app_secrets: AppSecrets, app: App, *, asked: str | None, user: User | None) -> Task:
    """Start the update: the snapshot's run (its end starts the install run)."""
    if app.installation_state != InstallationState.INSTALLED:
        raise Conflict(f"App {app.fqdn} is {app.installation_state}: only an installed app is updated",
                       code=f"app_{app.installation_state}")
    manifest = target(app_secrets, app, asked)
    if set(manifest.get("addons") or {}) != set((app.manifest or {}).get("addons") or {}):
        raise Conflict(f"Version {manifest['version']} of {app.app_store_id} needs other addons: install it anew "
                       "and move the data over (clone from a backup)", code="addons_changed")
    kept = {**(app.settings or {}), **(app_secrets.open(app.sealed_secrets).get("settings") or {})}
    checks.settings(manifest, {}, kept=kept)  # a new required setting without a default: refused now
    await running.check_idle(app)
    before = (app.installation_state, app.update_from)
    app.update_from = {"manifest": app.manifest, "to": manifest, "snapshot": f"update{int(time.time())}",
                       "userId": str(user.id) if user is not None else None}
    app.installation_state = InstallationState.PENDING_UPDATE
    await app.save(update_fields=["update_from", "installation_state", "updated_at"])
    try:
        return await _snapshot_run(app_secrets, app, state="present", user=user)
    except BaseException:
        app.installation_state, app.update_from = before
        await app.save(update_fields=["update_from", "installation_state", "updated_at"])
        raise


def _reason(task: Task) -> str:
    return task.error_message or task.message or f"the run ended {task.state}"


async def _event(app: App, event_type: str, *, connection: BaseDBAsyncClient, data: dict[str, Any]) -> None:
    node = await Node.get(id=app.node_id).using_db(connection)  # type: ignore[attr-defined]
    await outbox.record(event_type, team_id=node.team_id, kind="app", resource_id=app.id,  # type: ignore[attr-defined]
                        name=app.fqdn, data=data, connection=connection)


async def snapshotted(task: Task) -> None:
    """The end of a snapshot run of an update: taken, then the install run of the new version; rolled back, then
    the app is as before the update, its error saying why."""
    app = await App.get_or_none(id=task.resource_id)
    if app is None or app.update_from is None:
        return
    state = app_state()
    rollback = (task.result or {}).get("state") == "rollback" or app.update_from.get("failed")
    if rollback:
        failed = app.update_from.get("failed") or {}
        old = app.update_from["manifest"]
        to = app.update_from["to"].get("version")
        if task.state == TaskState.SUCCESS:
            message = (f"The update to {app.update_from['to']['version']} failed ({failed.get('message')}); the app "
                       f"was rolled back to version {old.get('version')}")
        else:
            message = (f"The update to {app.update_from['to']['version']} failed ({failed.get('message')}) and so "
                       f"did the rollback to the snapshot {app.update_from['snapshot']}: {_reason(task)}")
        app.manifest, app.update_from = old, None
        app.installation_state = InstallationState.ERROR
        app.error = {"message": message, "code": "update_failed", "taskId": failed.get("taskId"),
                     "step": failed.get("step")}
        async with in_transaction() as conn:
            await app.save(update_fields=["manifest", "update_from", "installation_state", "error", "updated_at"],
                           using_db=conn)
            if task.state == TaskState.SUCCESS:  # a rollback that failed too is the task's failure, not a rollback
                await _event(app, "update.rolled_back", connection=conn,
                             data={"taskId": failed.get("taskId"), "to": to, "version": old.get("version"),
                                   "error": failed.get("message")})
        if task.state == TaskState.SUCCESS and state is not None:
            # Proxmox VE leaves a container stopped after a rollback: the app's guest starts again, and that run's
            # end makes the app `installed` (its error stays, saying the update failed).
            try:
                await running.power(secrets_of(state), app, action="start", user=None, after_rollback=True)
            except ApiError as refused:
                log.error("app %s: its guest was not started after the rollback: %s", app.fqdn, refused.message)
        return
    if task.state != TaskState.SUCCESS or state is None:
        app.update_from, app.installation_state = None, InstallationState.INSTALLED
        app.error = {"message": f"The update could not take its snapshot: {_reason(task)}", "code": "update_failed",
                     "taskId": task.id, "step": task.message or None}
        await app.save(update_fields=["update_from", "installation_state", "error", "updated_at"])
        return
    app.manifest = app.update_from["to"]
    await app.save(update_fields=["manifest", "updated_at"])
    try:
        await running.start_install(secrets_of(state), app, user=None, pending=InstallationState.PENDING_UPDATE,
                                    wait_for=[])
    except ApiError as refused:
        app.manifest, app.update_from = app.update_from["manifest"], None
        app.installation_state = InstallationState.INSTALLED
        app.error = {"message": f"The update's install run did not start: {refused.message}",
                     "code": "update_failed", "taskId": task.id, "step": None}
        await app.save(update_fields=["manifest", "update_from", "installation_state", "error", "updated_at"])


async def install_ended(app: App, task: Task) -> bool:
    """Called by the install run's end: True when it was an update's and this took it from there (a success
    forgets where the app came from; a failure rolls the guest back)."""
    if app.update_from is None:
        return False
    if task.state == TaskState.SUCCESS:
        version = app.update_from["to"].get("version")
        app.update_from = None
        async with in_transaction() as conn:
            await app.save(update_fields=["update_from", "updated_at"], using_db=conn)
            await _event(app, "update.applied", connection=conn, data={"taskId": task.id, "version": version})
        return False  # the install's own end records the rest
    app.update_from = {**app.update_from, "failed": {"message": _reason(task), "taskId": task.id,
                                                     "step": task.message or None}}
    await app.save(update_fields=["update_from", "updated_at"])
    state = app_state()
    if state is None:
        return False
    try:
        await _snapshot_run(secrets_of(state), app, state="rollback", user=None)
    except ApiError as refused:
        log.error("app %s: the rollback of its failed update did not start: %s", app.fqdn, refused.message)
        return False
    return True


async def _scheduled(ctx: scheduler.JobContext) -> Task | None:
    """Every installed app of the catalogue with a newer version there gets its update; the last task started is
    the job's answer."""
    state = app_state()
    if state is None:
        return None
    app_secrets = secrets_of(state)
    started: Task | None = None
    for app in await App.filter(installation_state=InstallationState.INSTALLED, catalogue_dir__isnull=False):
        entry = catalogue.load(ctx.settings).find(app.app_store_id)
        if entry is None or not newer(entry.version, str((app.manifest or {}).get("version") or "0")):
            continue
        try:
            started = await update(app_secrets, app, asked=None, user=None)
        except ApiError as refused:  # busy, or an update this job cannot make: the next firing tries again
            log.warning("app %s not updated: %s", app.fqdn, refused.message)
    return started


JOBS = (scheduler.JobSpec("appsCatalogueUpdate", APP_SNAPSHOT.task_type,
                          lambda: scheduler.setting_pattern("apps_autoupdate_pattern"), _scheduled),)
