"""Backups in Cloudron's shapes: list, create (a tracked `backup` task), cleanup (`cleanBackups`)."""

from __future__ import annotations

from fastapi import APIRouter, status

from service.api.deps import AdminUser, Engine, SettingsDep
from service.core.paging import PageQuery, PerPageQuery
from service.core.schemas import TaskCreated, error_responses
from service.domains.backup_storage.models import Backup, BackupType
from service.domains.backups import platform
from service.domains.backups.presenting import backup_out
from service.domains.backups.schemas import BackupList

router = APIRouter(prefix="/backups", tags=["backups"])


@router.get("", response_model=BackupList, responses=error_responses(401, 403, 422),
            summary="The control plane's backups, newest first")
async def list_backups(
    _: AdminUser,
    page: PageQuery = 1,
    per_page: PerPageQuery = 20,
) -> BackupList:
    backups = await (Backup.filter(type=BackupType.BOX).order_by("-created_at", "-id")
                     .offset((page - 1) * per_page).limit(per_page))
    return BackupList(backups=[backup_out(backup) for backup in backups])


@router.post("/create", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=error_responses(401, 403, 409, 422),
             summary="Back up now: every running database with backups enabled, then the control plane")
async def create_backup(user: AdminUser, engine: Engine, settings: SettingsDep) -> TaskCreated:
    task = await platform.start_platform_backup(engine, settings, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/cleanup", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=error_responses(401, 403, 409, 422),
             summary="Remove the backups the retention policy no longer keeps")
async def cleanup_backups(user: AdminUser, engine: Engine, settings: SettingsDep) -> TaskCreated:
    task = await platform.start_cleanup(engine, settings, user=user)
    return TaskCreated(task_id=task.id)
