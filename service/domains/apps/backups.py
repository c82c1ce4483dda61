"""An app's backups (Cloudron's): its addon databases' dumps, each a database backup run of its own
(service/domains/backups/databases.py), and its data folders (the manifest's dataDirs) archived from its guest by
app_backup.yml into the same repository; one `app` Backup whose depends_on lists the dumps. A restore puts the
dumps back through database restore runs and the data folders through app_restore.yml, which waits for them and
restarts the app."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from uuid import UUID

from pydantic import Field

from service import __version__
from service.actions import catalogue
from service.auth.models import User
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.domains.apps import addons, finishing, running
from service.domains.apps.actions import RESOURCE
from service.domains.apps.models import App, InstallationState, RunState
from service.domains.apps.secrets import AppSecrets
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backups import databases as database_backups
from service.domains.backups import failures
from service.domains.databases import operations
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.nodes.actions import PlaybookVars
from service.tasks import locks
from service.tasks.models import Task, TaskState

RESTORE_FAILED = "The restore failed"  # how a database's own restore run records its failure (backups/databases.py)


class AppBackupVars(PlaybookVars):
    app_id: str
    app_host: str
    app_backup_dirs: list[str] = Field(default_factory=list)
    app_backup_id: str  # the Backup record the run fills in
    app_backup_time: str = Field("", pattern=r"^$|^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
    containr_ssh_private_key_file: Path
    backup_insecure_tls: bool = False


class AppRestoreVars(PlaybookVars):
    app_id: str
    app_host: str
    app_restore_snapshot: str
    app_backup_dirs: list[str] = Field(default_factory=list)
    app_fqdn: str
    app_http_port: int = Field(ge=1, le=65535)
    app_health_check_path: str
    containr_ssh_private_key_file: Path
    backup_insecure_tls: bool = False


async def _failed_dumps(backup: Backup) -> list[Backup]:
    # A dump still `creating` here is one whose end is being recorded as this run ends: not a failure.
    return await Backup.filter(id__in=list(backup.depends_on or []), state=BackupState.ERROR)


async def backed_up(task: Task) -> None:
    """The app's backup is done when its data folders were stored and no dump it depends on failed; the app is
    back to `installed` either way (a failed backup changes nothing of it), with the failure as its error."""
    backup = await Backup.get_or_none(id=(task.extra_vars or {}).get("app_backup_id"))
    result = task.result or {}
    failed = await _failed_dumps(backup) if backup is not None else []
    stored = task.state == TaskState.SUCCESS and bool(result.get("snapshot_id")) and not failed
    message = finishing.reason(task) if task.state != TaskState.SUCCESS else "; ".join(
        f"the dump of database {dump.resource_id} failed: {dump.error_message}" for dump in failed)
    if backup is not None:
        if stored:
            backup.state, backup.snapshot_id = BackupState.NORMAL, str(result["snapshot_id"])
            backup.size = int(result.get("size") or 0)
            if result.get("snapshot_time"):
                backup.created_at = datetime.fromisoformat(str(result["snapshot_time"]))
        else:
            backup.state, backup.error_message = BackupState.ERROR, message
        await failures.save(backup)
    app = await App.get_or_none(id=task.resource_id)
    if app is None:
        return
    app.installation_state = InstallationState.INSTALLED
    app.error = None if stored else finishing._error(task, f"The backup failed: {message}")
    await app.save(update_fields=["installation_state", "error", "updated_at"])


async def restored(task: Task) -> None:
    """Restored when the data folders are back and every addon database's own restore went through."""
    app = await App.get_or_none(id=task.resource_id)
    if app is None:
        return
    databases = await addons.databases_of(app)
    failed = [f"its {d.type} database {d.name}: {d.status_message}" for d in databases.values()
              if (d.status_message or "").startswith(RESTORE_FAILED)]
    if task.state == TaskState.SUCCESS and not failed:
        app.installation_state, app.run_state, app.error = InstallationState.INSTALLED, RunState.RUNNING, None
        app.health, app.unhealthy_probes = None, 0
    else:
        why = finishing.reason(task) if task.state != TaskState.SUCCESS else "the data folders were restored"
        app.installation_state = InstallationState.ERROR
        app.error = finishing._error(task, "; ".join([f"The restore failed: {why}", *failed]))
    await app.save(update_fields=["installation_state", "run_state", "error", "health", "unhealthy_probes",
                                  "updated_at"])


APP_BACKUP = catalogue.Action(
    name="app.backup", task_type="appBackup", playbook="app_backup", vars_model=AppBackupVars,
    resource_type=RESOURCE, timeout=6 * 3600, on_finish=backed_up, serial_group=catalogue.BACKUP_REPOSITORY)
APP_RESTORE = catalogue.Action(
    name="app.restore", task_type="appRestore", playbook="app_restore", vars_model=AppRestoreVars,
    resource_type=RESOURCE, timeout=6 * 3600, on_finish=restored, serial_group=catalogue.BACKUP_REPOSITORY)


def data_dirs(app: App) -> list[str]:
    return [str(folder) for folder in (app.manifest or {}).get("dataDirs") or []]


def _check_running(app: App, doing: str, *, states: tuple[InstallationState, ...] = (InstallationState.INSTALLED,)
                   ) -> None:
    if app.installation_state not in states:
        raise Conflict(f"App {app.fqdn} is {app.installation_state}: it can {doing} once it is installed",
                       code=f"app_{app.installation_state}")
    if app.run_state != RunState.RUNNING:
        raise Conflict(f"App {app.fqdn} is stopped: start it to {doing}", code="app_stopped")


async def _check_databases(databases: list[Database], doing: str) -> None:
    for database in databases:
        if database.status != DatabaseStatus.RUNNING or not database.host:
            raise Conflict(f"The app's {database.type} database {database.name} is {database.status}; it must run "
                           f"for the app to {doing}", code="database_not_running")
        await operations.check_idle(database)


def _keys(databases: list[Database]) -> list[str] | None:
    """The app's run waits for these (each database's own run holds its database); None: no wait, refuse if busy."""
    return [locks.resource_key("database", str(database.id)) for database in databases] or None


async def start_backup(app_secrets: AppSecrets, app: App, *, user: User | None,
                       time: datetime | None = None) -> tuple[Backup, Task]:
    """Every check first; then a dump of each addon database (a database backup each) and the app's run, which
    waits for them, with the app `pending_backup` and its backup `creating`."""
    settings = app_secrets.settings
    _check_running(app, "be backed up")
    guest = await running._guest(app)
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    await running.check_idle(app)
    databases = list((await addons.databases_of(app)).values())
    await _check_databases(databases, "be backed up")
    dumps = [(await database_backups.start_backup(app_secrets.engine, settings, database, user=user, time=time))[0]
             for database in databases]
    backup = await Backup.create(type=BackupType.APP, version=__version__, target=repo.location,
                                 resource_type=RESOURCE, resource_id=str(app.id),
                                 depends_on=[str(dump.id) for dump in dumps])
    params = AppBackupVars(
        app_id=str(app.id), app_host=str(guest.ip).split("/")[0], app_backup_dirs=data_dirs(app),
        app_backup_id=str(backup.id), app_backup_time=time.strftime("%Y-%m-%d %H:%M:%S") if time else "",
        containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        backup_insecure_tls=config.accept_self_signed_certs)
    # The dumps started stand on their own (database backups) should the app's run not start.
    async with undo_on_failure(backup.delete):
        task = await running._start(app_secrets, app, APP_BACKUP, params, user=user, env=dict(repo.env),
                                    pending=InstallationState.PENDING_BACKUP, wait_for=_keys(databases))
    backup.task_id = task.id
    await backup.save(update_fields=["task_id"])
    return backup, task


def backups_of(app: App):  # noqa: ANN201 - a Tortoise QuerySet[Backup]
    return Backup.filter(type=BackupType.APP, resource_id=str(app.id)).order_by("-created_at", "-id")


async def check_backup_of(app: App, backup_id: UUID) -> Backup:
    """A finished backup of this very app (422 naming backupId otherwise)."""
    backup = await Backup.get_or_none(id=backup_id, type=BackupType.APP, resource_id=str(app.id))
    if backup is None or backup.state != BackupState.NORMAL or not backup.snapshot_id:
        raise Invalid(f"No finished backup {backup_id} of app {app.fqdn}", code="not_found",
                      details={"field": "backupId"})
    return backup


async def dumps_for(backup: Backup, databases: dict[str, Database]) -> list[tuple[Database, Backup]]:
    """Each dump the backup was made with and the app's addon database it goes back into (matched by type: a
    clone's databases are new ones). 422 naming backupId when one is gone or has no database to go to."""
    dumps = await Backup.filter(id__in=list(backup.depends_on or []), type=BackupType.DATABASE,
                                state=BackupState.NORMAL)
    if len(dumps) != len(backup.depends_on or []):
        raise Invalid(f"A database dump backup {backup.id} was made with is gone or unfinished", code="not_found",
                      details={"field": "backupId"})
    sources = {str(d.id): d for d in await Database.filter(id__in=[dump.resource_id for dump in dumps])}
    by_type = {database.type: database for database in databases.values()}
    pairs = []
    for dump in dumps:
        source = sources.get(str(dump.resource_id))
        target = databases_by_id(databases).get(str(dump.resource_id)) or (
            by_type.get(source.type) if source is not None else None)
        if target is None:
            raise Invalid(f"Backup {backup.id} holds a dump of a database the app no longer has", code="not_found",
                          details={"field": "backupId"})
        pairs.append((target, dump))
    return pairs


def databases_by_id(databases: dict[str, Database]) -> dict[str, Database]:
    return {str(database.id): database for database in databases.values()}


async def restore_vars(app_secrets: AppSecrets, app: App, backup: Backup) -> tuple[AppRestoreVars, dict[str, str]]:
    settings = app_secrets.settings
    guest = await running._guest(app)
    config = await backup_config.configured(settings)
    repo = backup_config.repository(config, settings)
    manifest = app.manifest or {}
    params = AppRestoreVars(
        app_id=str(app.id), app_host=str(guest.ip).split("/")[0], app_restore_snapshot=str(backup.snapshot_id),
        app_backup_dirs=data_dirs(app), app_fqdn=app.fqdn, app_http_port=int(manifest.get("httpPort") or 80),
        app_health_check_path=str(manifest.get("healthCheckPath") or "/"),
        containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
        backup_insecure_tls=config.accept_self_signed_certs)
    return params, dict(repo.env)


async def start_restore(app_secrets: AppSecrets, app: App, *, backup_id: UUID, user: User | None) -> Task:
    """Every check first; then each addon database's restore from its dump (a run of its own) and the app's run,
    which waits for them, puts the data folders back and restarts the app (`pending_restore` meanwhile). An app
    in error may be restored: that is a way back."""
    _check_running(app, "be restored", states=(InstallationState.INSTALLED, InstallationState.ERROR))
    backup = await check_backup_of(app, backup_id)
    pairs = await dumps_for(backup, await addons.databases_of(app))
    params, env = await restore_vars(app_secrets, app, backup)
    await running.check_idle(app)
    databases = [database for database, _ in pairs]
    await _check_databases(databases, "be restored")
    for database, dump in pairs:
        await database_backups.start_restore(app_secrets.engine, app_secrets.settings, database, backup_id=dump.id,
                                             user=user)
    return await running._start(app_secrets, app, APP_RESTORE, params, user=user, env=env,
                                pending=InstallationState.PENDING_RESTORE, wait_for=_keys(databases))
