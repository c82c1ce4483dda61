"""An app's backups (seed 002): back up now, list, restore from one, and clone one into a new app. Each answers
202 with the run that does the work."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from service.api.deps import CurrentUser
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.domains.apps import backups, cloning, presenting
from service.domains.apps.backup_schemas import AppBackupStarted, AppClone, AppCloned, AppRestore
from service.domains.apps.models import App
from service.domains.apps.secrets import AppSecretsDep
from service.domains.backups.presenting import backup_out
from service.domains.backups.schemas import BackupOut

router = APIRouter(prefix="/apps", tags=["apps"])
CHANGE = error_responses(401, 403, 404, 409, 422)


def _target(app: App) -> AuditTarget:
    return AuditTarget.of("app", app, name=app.fqdn)


@router.post("/{app_id}/backup", status_code=status.HTTP_202_ACCEPTED, response_model=AppBackupStarted,
             responses=CHANGE, summary="Back the app up now: its addon databases' dumps and its data folders, into "
                                       "the backup repository (project members)")
async def backup_app(app_id: UUID, user: CurrentUser, app_secrets: AppSecretsDep) -> AppBackupStarted:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    backup, task = await backups.start_backup(app_secrets, app, user=user)
    return AppBackupStarted(task_id=task.id, backup_id=backup.id)


@router.get("/{app_id}/backups", response_model=Page[BackupOut], responses=error_responses(401, 403, 404, 422),
            summary="The app's backups, newest first")
async def list_app_backups(app_id: UUID, user: CurrentUser, paging: PagingDep) -> Page[BackupOut]:
    app = await presenting.get_app(app_id, user)
    query = backups.backups_of(app)
    total = await query.count()
    found = await query.offset(paging.offset).limit(paging.per_page)
    return Page[BackupOut](items=[backup_out(b) for b in found], total=total, page=paging.page,
                           per_page=paging.per_page)


@router.post("/{app_id}/restore", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Put one of the app's backups back: its data folders and its addon "
                                       "databases, then the app restarted (project members)")
async def restore_app(app_id: UUID, body: AppRestore, user: CurrentUser, app_secrets: AppSecretsDep) -> TaskCreated:
    app = await presenting.get_app(app_id, user, change=True)
    note(_target(app))
    task = await backups.start_restore(app_secrets, app, backup_id=body.backup_id, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{app_id}/clone", status_code=status.HTTP_202_ACCEPTED, response_model=AppCloned,
             responses=error_responses(401, 403, 404, 409, 422, 502),
             summary="A new app on another name, installed like this one and filled from one of its backups (its "
                     "addon databases from the backup's dumps, its data folders from the backup's); the admin "
                     "password stays the source app's (project members)")
async def clone_app(app_id: UUID, body: AppClone, user: CurrentUser, app_secrets: AppSecretsDep) -> AppCloned:
    source = await presenting.get_app(app_id, user, change=True)
    app, task = await cloning.clone(app_secrets, source, backup_id=body.backup_id, location=body.location,
                                    domain=body.domain, user=user)
    note(_target(app))
    shown = (await presenting.out(app)).model_dump()
    return AppCloned(**{**shown, "task_id": task.id})
