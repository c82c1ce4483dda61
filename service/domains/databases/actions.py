"""The database actions (create, delete, power, rotate password, resize): their vars, and what the end of each
records on the database and its guest. Each run locks the database: one action at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from tortoise.transactions import in_transaction

from service.actions.catalogue import BACKUP_REPOSITORY, Action
from service.domains.backup_storage.models import Backup, BackupType
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.events import outbox
from service.domains.events.task_events import FAILED
from service.domains.nodes.actions import GuestCreateVars, GuestDestroyVars, GuestPowerVars, GuestRef, PlaybookVars
from service.domains.nodes.models import Guest, GuestStatus, IpLease, Node
from service.tasks.models import Task, TaskState

RESOURCE = "database"


class ConnectionVars(PlaybookVars):
    database_type: Literal["postgresql", "mysql", "redis"]
    database_name: str
    database_user: str
    containr_ssh_private_key_file: Path


class DatabaseCreateVars(ConnectionVars, GuestCreateVars):
    # A database's guest is a container at a static address (database_create.yml requires both).
    proxmox_guest_template: str
    proxmox_guest_ip: str
    database_version: str | None = None
    guest_base_apt_proxy: str | None = None


class DatabaseRotateVars(ConnectionVars):
    database_host: str


class DatabaseResizeVars(GuestRef):
    database_type: Literal["postgresql", "mysql", "redis"]
    database_host: str
    containr_ssh_private_key_file: Path
    proxmox_guest_cores: int | None = None
    proxmox_guest_memory_mb: int | None = None
    proxmox_guest_disk_gb: int | None = None


class DatabasePowerVars(GuestPowerVars):
    pass


class DatabaseDeleteVars(GuestDestroyVars):
    database_id: str
    database_delete_backups: bool = False
    backup_insecure_tls: bool = False


def _reason(task: Task) -> str:
    return task.error_message or task.message or f"the run ended {task.state}"


async def _database(task: Task) -> tuple[Database | None, Guest | None]:
    database = await Database.get_or_none(id=task.resource_id)
    guest = await database.guest if database is not None and database.guest_id else None
    return database, guest


async def _save(database: Database, task: Task, *, fields: list[str], action: str) -> None:
    """Save what the run decided; a run that failed (not one stopped) records database.failed with it."""
    if TaskState(task.state) not in FAILED:
        await database.save(update_fields=fields)
        return
    node = await Node.get(id=database.node_id)  # type: ignore[attr-defined]
    async with in_transaction() as conn:
        await database.save(update_fields=fields, using_db=conn)
        await outbox.record("database.failed", team_id=node.team_id, kind="database",  # type: ignore[attr-defined]
                            resource_id=database.id, name=database.name, connection=conn,
                            data={"taskId": task.id, "action": action, "status": str(task.state),
                                  "error": _reason(task)})


async def created(task: Task) -> None:
    database, guest = await _database(task)
    if database is None:
        return
    result = task.result or {}
    if task.state == TaskState.SUCCESS:
        database.status, database.status_message = DatabaseStatus.RUNNING, ""
        database.host = str(result.get("host") or database.host or "") or None
        database.port = int(result.get("port") or 0) or database.port
        database.server_version = str(result.get("version") or "") or database.server_version
        if guest is not None:
            guest.status, guest.status_message = GuestStatus.RUNNING, ""
            await guest.save()
    else:
        # The guest record and its address stay: a retry makes the same guest, a delete removes what was made.
        database.status, database.status_message = DatabaseStatus.FAILED, _reason(task)
        if guest is not None:
            guest.status, guest.status_message = GuestStatus.ERROR, database.status_message
            await guest.save()
    # Only what the run decides: a rename made while it ran stays.
    await _save(database, task, fields=["status", "status_message", "host", "port", "server_version", "updated_at"],
                action="create")


async def _deleted(task: Task) -> None:
    database, guest = await _database(task)
    if database is None:
        return
    if task.state == TaskState.SUCCESS:
        if guest is not None:
            await IpLease.filter(guest=guest).delete()
            await guest.delete()
        if (task.extra_vars or {}).get("database_delete_backups"):
            await Backup.filter(type=BackupType.DATABASE, resource_id=str(database.id)).delete()
        await database.delete()
        return
    database.status, database.status_message = DatabaseStatus.FAILED, f"Delete failed: {_reason(task)}"
    await _save(database, task, fields=["status", "status_message", "updated_at"], action="delete")


async def _powered(task: Task) -> None:
    database, guest = await _database(task)
    if database is None:
        return
    status = (task.result or {}).get("status")
    if task.state == TaskState.SUCCESS and status in ("running", "stopped"):
        database.status = DatabaseStatus.RUNNING if status == "running" else DatabaseStatus.STOPPED
        database.status_message = ""
        if guest is not None:
            guest.status = GuestStatus.RUNNING if status == "running" else GuestStatus.STOPPED
            guest.status_message = ""
            await guest.save()
    else:
        database.status_message = _reason(task)
    await _save(database, task, fields=["status", "status_message", "updated_at"], action="power")


async def _rotated(task: Task) -> None:
    database, _ = await _database(task)
    if database is None:
        return
    if task.state == TaskState.SUCCESS and database.sealed_new_password:
        database.sealed_password, database.status_message = database.sealed_new_password, ""
    else:
        # The stored password stays the one handed out; a rotation sets the server's password without knowing the
        # old one, so rotating again always brings the two back together.
        database.status_message = f"The password rotation failed ({_reason(task)}); rotate again"
    database.sealed_new_password = None
    await _save(database, task, fields=["sealed_password", "sealed_new_password", "status_message", "updated_at"],
                action="rotatePassword")


async def _resized(task: Task) -> None:
    database, _ = await _database(task)
    if database is None:
        return
    result = task.result or {}
    if task.state == TaskState.SUCCESS:
        database.cores = int(result.get("cores") or database.cores)
        database.memory_mb = int(result.get("memoryMb") or database.memory_mb)
        database.disk_gb = int(result.get("diskGb") or database.disk_gb)
        database.status_message = ""
    else:
        database.status_message = f"The resize failed: {_reason(task)}"
    await _save(database, task, fields=["cores", "memory_mb", "disk_gb", "status_message", "updated_at"],
                action="resize")


DATABASE_CREATE = Action(name="database.create", task_type="databaseCreate", playbook="database_create",
                         vars_model=DatabaseCreateVars, resource_type=RESOURCE, timeout=3600,
                         on_finish=created)
DATABASE_DELETE = Action(name="database.delete", task_type="databaseDelete", playbook="database_delete",
                         vars_model=DatabaseDeleteVars, resource_type=RESOURCE, timeout=900,
                         on_finish=_deleted, serial_group=BACKUP_REPOSITORY)
DATABASE_POWER = Action(name="database.power", task_type="databasePower", playbook="guest_power",
                        vars_model=DatabasePowerVars, resource_type=RESOURCE, timeout=600,
                        on_finish=_powered)
DATABASE_ROTATE = Action(name="database.rotatePassword", task_type="databaseRotatePassword",
                         playbook="database_rotate_password", vars_model=DatabaseRotateVars,
                         resource_type=RESOURCE, timeout=600, on_finish=_rotated)
DATABASE_RESIZE = Action(name="database.resize", task_type="databaseResize", playbook="database_resize",
                         vars_model=DatabaseResizeVars, resource_type=RESOURCE, timeout=1800,
                         on_finish=_resized)
