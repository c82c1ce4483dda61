"""What the end of each app run records: the app's states and error, its guest's, and the edge applied with its
name (after an install) or without it (after an uninstall)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from service.core.errors import ApiError
from service.domains.apps.models import App, InstallationState, RunState
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.dns.models import Domain, Route
from service.domains.edge import applying
from service.domains.edge.context import state as app_state
from service.domains.edge.models import Edge
from service.domains.nodes.models import Guest, GuestStatus, IpLease, Node
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)
RESOURCE = "app"


def reason(task: Task) -> str:
    return task.error_message or task.message or f"the run ended {task.state}"


async def _failed_addons(app: App) -> str:
    """What a failed addon database said: the app's run fails waiting for it, and this is why."""
    failed = await Database.filter(id__in=list((app.addon_databases or {}).values()), status=DatabaseStatus.FAILED)
    return "; ".join(f"its {d.type} database {d.name} failed: {d.status_message}" for d in failed)


def _error(task: Task, message: str) -> dict:
    return {"message": message, "code": str(task.state), "taskId": task.id, "step": task.message or None,
            "at": datetime.now(UTC).isoformat()}


async def serve(app: App, *, removed: bool = False) -> None:
    """Apply the app's node's edge (after the runs ahead of it): with its name, or its record removed."""
    state = app_state()
    if state is None:
        return
    if removed and not await Edge.filter(node_id=app.node_id, guest_id__not_isnull=True).exists():
        return  # no edge ever served the name (nor made its record): none is made to forget it
    node = await Node.get(id=app.node_id)
    gone = [(await Domain.get(id=app.domain_id), app.fqdn)] if removed else []
    try:
        await applying.apply(state, node, user=None, queue=True, removed=gone)
    except ApiError as refused:  # e.g. the node is offline: its edge's next apply catches up
        log.warning("edge of node %s not applied for app %s: %s", node.name, app.fqdn, refused.message)


async def installed(task: Task) -> None:
    """The end of an install (or a repair, a configure, an update: the same playbook)."""
    app = await App.get_or_none(id=task.resource_id)
    if app is None:
        return
    if app.update_from is not None:
        from service.domains.apps import updating  # it starts runs with running.py, which imports this module

        if await updating.install_ended(app, task):
            return  # a failed update: its rollback runs, and its end records the app
    guest = await Guest.get_or_none(id=app.guest_id) if app.guest_id else None
    if task.state == TaskState.SUCCESS:
        result = task.result or {}
        app.installation_state, app.run_state, app.error = InstallationState.INSTALLED, RunState.RUNNING, None
        app.host = str(result.get("host") or app.host or "") or None
        app.health, app.unhealthy_probes = None, 0
        await app.save(update_fields=["installation_state", "run_state", "error", "host", "health",
                                      "unhealthy_probes", "updated_at"])
        if guest is not None:
            guest.status, guest.status_message = GuestStatus.RUNNING, ""
            await guest.save(update_fields=["status", "status_message", "updated_at"])
        await serve(app)
        return
    message = reason(task)
    if addons := await _failed_addons(app):
        message = f"{message} ({addons})"
    app.installation_state, app.error = InstallationState.ERROR, _error(task, message)
    await app.save(update_fields=["installation_state", "error", "updated_at"])


async def powered(task: Task) -> None:
    app = await App.get_or_none(id=task.resource_id)
    if app is None:
        return
    status = (task.result or {}).get("status")
    if task.state == TaskState.SUCCESS and status in ("running", "stopped"):
        app.run_state = RunState.RUNNING if status == "running" else RunState.STOPPED
        app.installation_state = InstallationState.INSTALLED
        if (app.error or {}).get("code") != "update_failed":  # that one stays until the next change: it says why
            app.error = None
        if app.run_state == RunState.STOPPED:
            app.health, app.unhealthy_probes = None, 0
    else:
        app.installation_state, app.error = InstallationState.ERROR, _error(task, reason(task))
    await app.save(update_fields=["run_state", "installation_state", "error", "health", "unhealthy_probes",
                                  "updated_at"])


async def uninstalled(task: Task) -> None:
    app = await App.get_or_none(id=task.resource_id)
    if app is None:
        return
    if task.state != TaskState.SUCCESS:
        app.installation_state = InstallationState.ERROR
        app.error = _error(task, f"Uninstall failed: {reason(task)}")
        await app.save(update_fields=["installation_state", "error", "updated_at"])
        return
    await forget(app)


async def forget(app: App) -> None:
    """An uninstalled app's records go (its guest's, its name's), and its node's edge drops the name."""
    if app.guest_id is not None:
        await IpLease.filter(guest_id=app.guest_id).delete()
        await Guest.filter(id=app.guest_id).delete()
    await Route.filter(resource_type=RESOURCE, resource_id=str(app.id)).delete()
    await app.delete()
    await serve(app, removed=True)


async def snapshotted(task: Task) -> None:
    from service.domains.apps import updating  # as in installed()

    await updating.snapshotted(task)
