"""The control plane's own backups and the retention cleanup: actions, their starts, what their ends record,
and their scheduled jobs."""

from __future__ import annotations

import math
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field

from service import __version__
from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backup_storage.schemas import DEFAULT_INTERVAL_SECS, BackupConfigIn
from service.domains.backups import failures, vzdump
from service.domains.backups.events import BOX_BACKUP_ARCHIVES
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.edge.context import state as app_state
from service.domains.nodes.actions import PlaybookVars
from service.tasks import TaskEngine, locks, scheduler
from service.tasks.models import Task, TaskState

# Backups and cleanups of one repository never overlap: they lock the same resource.
LOCK = ("backups", "repository")
CLEANUP_INTERVAL_SECS = 6 * 3600


class DatabaseToBackUp(BaseModel):
    """One database a full backup dumps before the control plane (the vars of database_backup.yml)."""

    backup_id: str  # its Backup record
    database_id: str
    database_type: str
    database_name: str
    database_user: str
    database_host: str
    database_version: str


class AppToBackUp(BaseModel):
    """One app whose data folders a full backup archives after the databases (see playbooks/tasks/backup_app.yml)."""

    backup_id: str  # its Backup record
    app_id: str
    app_host: str
    app_backup_dirs: list[str]


class PlatformBackupVars(PlaybookVars):
    backup_databases: list[DatabaseToBackUp] = Field(default_factory=list)
    backup_apps: list[AppToBackUp] = Field(default_factory=list)
    containr_ssh_private_key_file: Path | None = None
    backup_box_id: str
    backup_box_time: str = Field("", pattern=r"^$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
    backup_insecure_tls: bool = False


class CleanBackupsVars(BaseModel):
    backup_keep_within_hours: int = Field(0, ge=0)
    backup_keep_daily: int = Field(0, ge=0)
    backup_keep_weekly: int = Field(0, ge=0)
    backup_keep_monthly: int = Field(0, ge=0)
    backup_clean_tag: str = "box"
    backup_insecure_tls: bool = False


async def _databases_finished(task: Task) -> list[str]:
    """Each database backup of a full backup: done with the snapshot the run reported, else in error with the
    reason the run gave for it (or the run's own). Answers the ids of those done."""
    made = {str(entry.get("backup_id")): entry for entry in (task.result or {}).get("databases") or []}
    stored = []
    for entry in (task.extra_vars or {}).get("backup_databases") or []:
        backup = await Backup.get_or_none(id=entry["backup_id"])
        if backup is None:
            continue
        reported = made.get(str(backup.id))
        await settle_dump(backup, reported, (reported or {}).get("error") or task.error_message or task.message
                          or "The full backup ended before it")
        if backup.state == BackupState.NORMAL:
            stored.append(str(backup.id))
    return stored


async def _apps_finished(task: Task, dumped: list[str]) -> list[str]:
    """Each app backup of a full backup: done with the snapshot the run reported when the dumps of its databases
    were done too, else in error with the reason. Answers the ids of those done."""
    made = {str(entry.get("backup_id")): entry for entry in (task.result or {}).get("apps") or []}
    stored = []
    for entry in (task.extra_vars or {}).get("backup_apps") or []:
        backup = await Backup.get_or_none(id=entry["backup_id"])
        if backup is None:
            continue
        reported = made.get(str(backup.id)) or {}
        lost = [dump for dump in backup.depends_on or [] if dump not in dumped]
        if reported.get("snapshot_id") and not lost:
            backup.state, backup.snapshot_id = BackupState.NORMAL, str(reported["snapshot_id"])
            backup.size = int(reported.get("size") or 0)
            if reported.get("snapshot_time"):
                backup.created_at = datetime.fromisoformat(str(reported["snapshot_time"]))
            stored.append(str(backup.id))
        else:
            backup.state = BackupState.ERROR
            backup.error_message = reported.get("error") or (
                f"The dumps of its databases failed ({', '.join(lost)})" if lost else None) or (
                task.error_message or task.message or "The full backup ended before it")
        await failures.save(backup)
    return stored


async def settle_dump(backup: Backup, stored: dict | None, failure: str | None) -> None:
    """A database backup is done with the snapshot the run reported (the database's size follows), else in error."""
    if stored and stored.get("snapshot_id"):
        backup.state, backup.snapshot_id = BackupState.NORMAL, str(stored["snapshot_id"])
        backup.size = int(stored.get("size") or 0)
        if stored.get("snapshot_time"):
            backup.created_at = datetime.fromisoformat(str(stored["snapshot_time"]))
        await Database.filter(id=backup.resource_id).update(size=backup.size)
    else:
        backup.state, backup.error_message = BackupState.ERROR, failure
    await failures.save(backup)


async def _backup_finished(task: Task) -> None:
    result = task.result or {}
    if task.state == TaskState.FAILED and result.get("error"):
        # The run's own summary names every part it could not back up (a database's dump fails rescued, so that
        # the others and the control plane go on), whatever task the run ended on.
        task.message, task.error_message = str(result["error"])[:512], str(result["error"])
    stored = await _databases_finished(task)
    stored += await _apps_finished(task, stored)
    backup = await Backup.get_or_none(id=(task.extra_vars or {}).get("backup_box_id"))
    if backup is None:
        return
    backup.depends_on = [backup_id for backup_id in backup.depends_on or [] if backup_id in stored]
    # The control plane's snapshot stands even when a database's dump failed and so the run did.
    if task.state in (TaskState.SUCCESS, TaskState.FAILED) and result.get("snapshot_id"):
        backup.state = BackupState.NORMAL
        backup.snapshot_id = str(result["snapshot_id"])
        backup.size = int(result.get("size") or 0)
        if result.get("snapshot_time"):
            backup.created_at = datetime.fromisoformat(str(result["snapshot_time"]))
    else:
        backup.state = BackupState.ERROR
        backup.error_message = task.error_message or task.message
    await backup.save()


async def _cleanup_finished(task: Task) -> None:
    removed = (task.result or {}).get("removed") or []
    if task.state == TaskState.SUCCESS and removed:
        await Backup.filter(snapshot_id__in=[str(snapshot) for snapshot in removed]).delete()


PLATFORM_BACKUP = catalogue.Action(
    name="backup.create", task_type="backup", playbook="backup_box", vars_model=PlatformBackupVars,
    resource_type=LOCK[0], on_finish=_backup_finished,
    serial_group=catalogue.BACKUP_REPOSITORY)
CLEAN_BACKUPS = catalogue.Action(
    name="backup.cleanup", task_type="cleanBackups", playbook="clean_backups", vars_model=CleanBackupsVars,
    resource_type=LOCK[0], on_finish=_cleanup_finished,
    serial_group=catalogue.BACKUP_REPOSITORY)


def _secrets(config: BackupConfigIn, settings: Settings) -> dict[str, str]:
    env = dict(backup_config.repository(config, settings).env)
    env["CONTAINR_BACKUP_DATABASE_URL"] = settings.db_url
    return env


async def start_platform_backup(engine: TaskEngine, settings: Settings, *, user: User | None,
                                time: datetime | None = None) -> Task:
    """A full backup: every running database with backups enabled, every installed app's data folders, then the
    control plane, in one run. Records the database and app backups and the box backup (its dependsOn lists them)
    as `creating` and queues the run that fills them in (409 while the repository is busy); the guests' vzdump
    archives start beside it."""
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    databases = await Database.filter(status=DatabaseStatus.RUNNING, backups_enabled=True, host__isnull=False
                                      ).order_by("created_at")
    made: list[Backup] = []  # every record so far, removed again if the run does not start
    async with undo_on_failure(lambda: Backup.filter(id__in=[b.id for b in made]).delete()):
        for database in databases:
            made.append(await Backup.create(type=BackupType.DATABASE, version=__version__, target=repo.location,
                                            resource_type="database", resource_id=str(database.id)))
        dumps = list(zip(made, databases, strict=True))
        archives = await _archives(repo.location, dumps)
        made += [backup for backup, _ in archives]
        backup = await Backup.create(type=BackupType.BOX, version=__version__, target=repo.location,
                                     depends_on=[str(b.id) for b in made])
        made.append(backup)
        params = PlatformBackupVars(
            backup_box_id=str(backup.id), backup_insecure_tls=config.accept_self_signed_certs,
            backup_box_time=time.strftime("%Y-%m-%d %H:%M:%S") if time else "",
            containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)) if databases or archives else None,
            backup_databases=[_to_back_up(b, d) for b, d in dumps], backup_apps=[app for _, app in archives])
        # The run holds every database it dumps: their actions are refused while it runs, in any process.
        task = await catalogue.start(engine, settings, PLATFORM_BACKUP, resource_id=LOCK[1], params=params, user=user,
                                     secrets=_secrets(config, settings),
                                     locks=[locks.resource_key("database", str(d.id)) for d in databases])
    await Backup.filter(id__in=[b.id for b in made]).update(task_id=task.id)
    for database in databases:  # their guests' archives, each a run of its own beside this one
        await vzdump.start_beside(engine, settings, database, user=user)
    return task


async def _archives(target: str, dumps: list[tuple[Backup, Database]]) -> list[tuple[Backup, AppToBackUp]]:
    """The data folders the slices above keep (apps), each with its backup recorded (BOX_BACKUP_ARCHIVES)."""
    found: list[tuple[Backup, AppToBackUp]] = []
    state = app_state()
    hooks = getattr(state, "hooks", None) if state is not None else None
    if hooks is not None:
        await hooks.fire(BOX_BACKUP_ARCHIVES, target=target, dumps=dumps, found=found)
    return found


def _to_back_up(backup: Backup, database: Database) -> DatabaseToBackUp:
    return DatabaseToBackUp(
        backup_id=str(backup.id), database_id=str(database.id), database_type=database.type.value,
        database_name=database.db_name, database_user=database.db_user, database_host=str(database.host),
        database_version=database.server_version or database.version or "unknown")


async def start_cleanup(engine: TaskEngine, settings: Settings, *, user: User | None) -> Task:
    config = await backup_config.configured(settings)
    params = CleanBackupsVars(
        backup_keep_within_hours=math.ceil(config.retention_secs / 3600) if config.retention_secs else 0,
        backup_keep_daily=config.keep_daily or 0, backup_keep_weekly=config.keep_weekly or 0,
        backup_keep_monthly=config.keep_monthly or 0, backup_insecure_tls=config.accept_self_signed_certs)
    repo = backup_config.repository(config, settings)
    return await catalogue.start(engine, settings, CLEAN_BACKUPS, resource_id=LOCK[1], params=params, user=user,
                                 secrets=dict(repo.env))


async def _backup_pattern() -> str:
    stored = await backup_config.stored_public()
    if stored is None or stored.provider == "noop":
        return "never"
    return stored.schedule_pattern or scheduler.interval_pattern(stored.interval_secs or DEFAULT_INTERVAL_SECS)


async def _cleanup_pattern() -> str:
    stored = await backup_config.stored_public()
    return "never" if stored is None or stored.provider == "noop" else scheduler.interval_pattern(
        CLEANUP_INTERVAL_SECS)


JOBS = (
    scheduler.JobSpec("backup", PLATFORM_BACKUP.task_type, _backup_pattern,
                      lambda ctx: start_platform_backup(ctx.engine, ctx.settings, user=None)),
    scheduler.JobSpec("cleanBackups", CLEAN_BACKUPS.task_type, _cleanup_pattern,
                      lambda ctx: start_cleanup(ctx.engine, ctx.settings, user=None)),
)
