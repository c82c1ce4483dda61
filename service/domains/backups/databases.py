"""Backups of databases: a dump made in the guest into the restic repository (tagged with the database), restore
of one into the same database, and clones (a new database made and filled from a backup in one run)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from uuid import UUID

from pydantic import Field

from service import __version__
from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backups import platform, vzdump
from service.domains.databases import actions as database_actions
from service.domains.databases import operations, provisioning
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.nodes.actions import PlaybookVars
from service.domains.projects.models import Environment, Project
from service.tasks import TaskEngine
from service.tasks.models import Task, TaskState

RESOURCE_TYPE = "database"


class DatabaseBackupVars(PlaybookVars):
    database_id: str
    database_type: str
    database_name: str
    database_user: str
    database_host: str
    database_version: str
    containr_ssh_private_key_file: Path
    database_backup_time: str = Field("", pattern=r"^$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
    backup_insecure_tls: bool = False
    database_backup_id: str  # the Backup record the run fills in


class DatabaseRestoreVars(PlaybookVars):
    database_restore_snapshot: str
    database_type: str
    database_name: str
    database_user: str
    database_host: str
    containr_ssh_private_key_file: Path
    backup_insecure_tls: bool = False


class DatabaseCloneVars(database_actions.DatabaseCreateVars):
    database_restore_snapshot: str
    backup_insecure_tls: bool = False


async def _backed_up(task: Task) -> None:
    backup = await Backup.get_or_none(id=(task.extra_vars or {}).get("database_backup_id"))
    if backup is None:
        return
    await platform.settle_dump(backup, task.result if task.state == TaskState.SUCCESS else None,
                               task.error_message or task.message)


async def _restored(task: Task) -> None:
    database = await Database.get_or_none(id=task.resource_id)
    if database is None:
        return
    database.status_message = "" if task.state == TaskState.SUCCESS else (
        f"The restore failed: {task.error_message or task.message}")  # the playbook's words say where the data is
    await database.save(update_fields=["status_message", "updated_at"])


DATABASE_BACKUP = catalogue.Action(
    name="database.backup", task_type="databaseBackup", playbook="database_backup", vars_model=DatabaseBackupVars,
    resource_type=RESOURCE_TYPE, timeout=6 * 3600, on_finish=_backed_up,
    serial_group=catalogue.BACKUP_REPOSITORY)
DATABASE_RESTORE = catalogue.Action(
    name="database.restore", task_type="databaseRestore", playbook="database_restore",
    vars_model=DatabaseRestoreVars, resource_type=RESOURCE_TYPE, timeout=6 * 3600, on_finish=_restored,
    serial_group=catalogue.BACKUP_REPOSITORY)
DATABASE_CLONE = catalogue.Action(
    name="database.clone", task_type="databaseClone", playbook="database_clone", vars_model=DatabaseCloneVars,
    resource_type=RESOURCE_TYPE, timeout=6 * 3600, on_finish=database_actions.created,
    serial_group=catalogue.BACKUP_REPOSITORY)


def _running(database: Database, doing: str) -> None:
    if database.status != DatabaseStatus.RUNNING or not database.host:
        raise Conflict(f"Database {database.name} is {database.status}; it must run to {doing}",
                       code="not_running")


async def backup_vars(settings: Settings, database: Database, backup: Backup, *, time: datetime | None = None,
                      insecure_tls: bool = False) -> DatabaseBackupVars:
    return DatabaseBackupVars(
        database_id=str(database.id), database_type=database.type.value, database_name=database.db_name,
        database_user=database.db_user, database_host=str(database.host),
        database_version=database.server_version or database.version or "unknown",
        containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)),
        database_backup_time=time.strftime("%Y-%m-%d %H:%M:%S") if time else "", backup_insecure_tls=insecure_tls,
        database_backup_id=str(backup.id))


async def start_backup(engine: TaskEngine, settings: Settings, database: Database, *, user: User | None,
                       time: datetime | None = None) -> tuple[Backup, Task]:
    """Record a database backup `creating` and start the run that fills it in (409 while the database is busy)."""
    _running(database, "be backed up")
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    await operations.check_idle(database)
    backup = await Backup.create(type=BackupType.DATABASE, version=__version__, target=repo.location,
                                 resource_type=RESOURCE_TYPE, resource_id=str(database.id))
    params = await backup_vars(settings, database, backup, time=time, insecure_tls=config.accept_self_signed_certs)
    async with undo_on_failure(backup.delete):  # nothing half-made stays behind
        task = await catalogue.start(engine, settings, DATABASE_BACKUP, resource_id=str(database.id),
                                     params=params, user=user, secrets=dict(repo.env))
    backup.task_id = task.id
    await backup.save(update_fields=["task_id"])
    await Database.filter(id=database.id).update(task_id=task.id)
    return backup, task


async def start_backups(engine: TaskEngine, settings: Settings, database: Database, *,
                        user: User | None) -> tuple[tuple[Backup, Task], tuple[Backup, Task] | None]:
    """The dump into the repository, and the guest's vzdump archive when the database asks for one. The dump is
    queued by then, so a guest that is busy skips the archive (None) rather than refusing the backup."""
    dumped = await start_backup(engine, settings, database, user=user)
    return dumped, await vzdump.start_beside(engine, settings, database, user=user)


async def check_backup_of(database: Database, backup_id: UUID) -> Backup:
    """A finished backup of this very database (422 naming backupId otherwise)."""
    backup = await Backup.get_or_none(id=backup_id, type=BackupType.DATABASE)
    if backup is None or backup.state != BackupState.NORMAL or not backup.snapshot_id:
        raise Invalid(f"No finished database backup {backup_id}", code="not_found", details={"field": "backupId"})
    if backup.format == vzdump.FORMAT:
        raise Invalid(f"Backup {backup_id} is a vzdump archive of the guest ({backup.snapshot_id}): Proxmox VE "
                      "restores it (pct restore); restore and clone take a dump backup", code="vzdump_archive",
                      details={"field": "backupId"})
    if backup.resource_id != str(database.id):
        raise Invalid(f"Backup {backup_id} is not a backup of database {database.name}", code="not_found",
                      details={"field": "backupId"})
    return backup


async def start_restore(engine: TaskEngine, settings: Settings, database: Database, *, backup_id: UUID,
                        user: User | None) -> Task:
    """Put the backup's data back; the database is locked meanwhile, and a failed restore leaves it as it was."""
    _running(database, "be restored")
    backup = await check_backup_of(database, backup_id)
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    params = DatabaseRestoreVars(
        database_restore_snapshot=str(backup.snapshot_id), database_type=database.type.value,
        database_name=database.db_name, database_user=database.db_user, database_host=str(database.host),
        containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)),
        backup_insecure_tls=config.accept_self_signed_certs)
    return await operations.start_action(engine, settings, database, DATABASE_RESTORE, params, user=user,
                                         secrets_env=dict(repo.env))


def _cloning(snapshot: str, insecure_tls: bool) -> Callable[[database_actions.DatabaseCreateVars], DatabaseCloneVars]:
    def clone_vars(create: database_actions.DatabaseCreateVars) -> DatabaseCloneVars:
        return DatabaseCloneVars(**create.model_dump(), database_restore_snapshot=snapshot,
                                 backup_insecure_tls=insecure_tls)
    return clone_vars


async def start_clone(engine: TaskEngine, settings: Settings, boxes: operations.DatabaseSecrets, source: Database, *,
                      backup_id: str, name: str, environment: Environment, user: User | None) -> tuple[Database, Task]:
    """A new database of the source's spec in `environment`, made and filled from the backup in one run."""
    backup = await check_backup_of(source, backup_id)
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    project: Project = await environment.project
    node = await source.node
    spec = provisioning.Spec(name=name, type=source.type, version=source.server_version or source.version,
                             cores=source.cores, memory_mb=source.memory_mb, disk_gb=source.disk_gb,
                             backups_enabled=source.backups_enabled, vzdump_backups=source.vzdump_backups)

    return await provisioning.create(engine, settings, boxes, project=project, environment=environment, node=node,
                                     spec=spec, user=user, action=DATABASE_CLONE,
                                     wrap=_cloning(str(backup.snapshot_id), config.accept_self_signed_certs),
                                     extra_env=dict(repo.env))


def backups_of(database: Database):  # noqa: ANN201 - a Tortoise QuerySet[Backup]
    return Backup.filter(type=BackupType.DATABASE, resource_id=str(database.id)).order_by("-created_at", "-id")


async def retry(engine: TaskEngine, settings: Settings, boxes: operations.DatabaseSecrets, database: Database, *,
                user: User | None) -> Task:
    """Run again what failed to make the database: its create, or its clone from the same snapshot."""
    last = await Task.filter(resource_type=RESOURCE_TYPE, resource_id=str(database.id),
                             type__in=[database_actions.DATABASE_CREATE.task_type, DATABASE_CLONE.task_type]
                             ).order_by("-id").first()
    if last is None or last.type != DATABASE_CLONE.task_type:
        return await provisioning.retry(engine, settings, boxes, database, user=user)
    config = await backup_config.configured(settings)
    snapshot = str((last.extra_vars or {}).get("database_restore_snapshot") or "")
    return await provisioning.retry(engine, settings, boxes, database, user=user, action=DATABASE_CLONE,
                                    wrap=_cloning(snapshot, config.accept_self_signed_certs),
                                    extra_env=dict(backup_config.repository(config, settings).env))
