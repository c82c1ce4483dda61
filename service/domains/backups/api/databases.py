"""A database's backups: list, back up now, restore, and clone into a new database (Cloudron's app backups,
restore and clone, for databases)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, status

from service.api.deps import CurrentUser, Engine, SettingsDep
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.domains.backups import databases as database_backups
from service.domains.backups.presenting import backup_out
from service.domains.backups.schemas import BackupOut
from service.domains.databases import placement, queries
from service.domains.databases.deps import DatabaseSecretsDep
from service.domains.databases.schemas import BackupStarted, CloneRequest, DatabaseAccepted, RestoreRequest
from service.domains.projects.models import ProjectRole

router = APIRouter(prefix="/databases", tags=["databases"])
CHANGE = error_responses(401, 403, 404, 409, 422)


@router.get("/{database_id}/backups", response_model=Page[BackupOut], responses=error_responses(401, 403, 404, 422),
            summary="The database's backups, newest first")
async def list_backups(database_id: UUID, user: CurrentUser, paging: PagingDep) -> Page[BackupOut]:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.VIEWER)
    query = database_backups.backups_of(database)
    total = await query.count()
    found = await query.offset(paging.offset).limit(paging.per_page)
    return Page[BackupOut](items=[backup_out(b) for b in found], total=total, page=paging.page,
                           per_page=paging.per_page)


@router.post("/{database_id}/backup", status_code=status.HTTP_202_ACCEPTED, response_model=BackupStarted,
             responses=CHANGE, summary="Back the database up now: a dump made in its guest, into the repository "
                                       "(and, with vzdumpBackups, a vzdump archive of the guest)",
             response_description="The dump's task and backup. vzdumpTaskId and vzdumpBackupId are null when the "
                                  "database takes no vzdump archive, or when its guest was busy (or the archive could "
                                  "not start): that archive was skipped and the next backup takes one")
async def backup_database(database_id: UUID, user: CurrentUser, engine: Engine,
                          settings: SettingsDep) -> BackupStarted:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    (backup, task), archived = await database_backups.start_backups(engine, settings, database, user=user)
    return BackupStarted(task_id=task.id, backup_id=backup.id, vzdump_task_id=archived[1].id if archived else None,
                         vzdump_backup_id=archived[0].id if archived else None)


@router.post("/{database_id}/restore", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Put a backup's data back (the old data stays if the restore fails)")
async def restore_database(database_id: UUID, body: RestoreRequest, user: CurrentUser, engine: Engine,
                           settings: SettingsDep) -> TaskCreated:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    task = await database_backups.start_restore(engine, settings, database, backup_id=body.backup_id, user=user)
    return TaskCreated(task_id=task.id)


@router.post("/{database_id}/clone", status_code=status.HTTP_202_ACCEPTED, response_model=DatabaseAccepted,
             responses=error_responses(401, 403, 404, 409, 422, 502),
             summary="A new database of the same spec, made and filled from one of this database's backups")
async def clone_database(database_id: UUID, body: CloneRequest, user: CurrentUser, engine: Engine,
                         settings: SettingsDep, boxes: DatabaseSecretsDep) -> DatabaseAccepted:
    source = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    project = await placement.project_for(source.project_id, user) if source.project_id else None
    if project is None:
        raise queries.gone(source)
    environment = await placement.environment_for(project, body.environment_id or source.environment_id)
    database, _ = await database_backups.start_clone(engine, settings, boxes, source, backup_id=body.backup_id,
                                                     name=body.name, environment=environment, user=user)
    await database.fetch_related(*queries.RELATED)
    return DatabaseAccepted(**queries.out(database).model_dump())


# Here, not beside the create: what failed may be a clone from a backup, run again from the same snapshot.
@router.post("/{database_id}/retry", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses=CHANGE, summary="Run a failed database's create again (same guest, same password)")
async def retry_database(database_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                         boxes: DatabaseSecretsDep) -> TaskCreated:
    database = await queries.visible_database(database_id, user, at_least=ProjectRole.MEMBER)
    task = await database_backups.retry(engine, settings, boxes, database, user=user)
    return TaskCreated(task_id=task.id)
