"""What acts on an existing database: the busy check and the start every action goes through, and deleting,
powering, re-keying and resizing, each of which validates, records and starts one run (409 while another runs).
Making databases is in provisioning.py."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from pydantic import BaseModel

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.core.secrets import SecretBox
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage.models import Backup, BackupType
from service.domains.databases.actions import (
    DATABASE_DELETE,
    DATABASE_POWER,
    DATABASE_RESIZE,
    DATABASE_ROTATE,
    RESOURCE,
    DatabaseDeleteVars,
    DatabasePowerVars,
    DatabaseResizeVars,
    DatabaseRotateVars,
)
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.nodes.actions import GUEST
from service.domains.nodes.models import Guest
from service.domains.nodes.registry import connection_env, link_task
from service.tasks import TaskEngine, locks
from service.tasks.models import Task

PASSWORD_ENV = "CONTAINR_DATABASE_PASSWORD"  # the playbooks' contract: the password only ever travels here
POWER_STATES = {"start": "started", "stop": "stopped", "restart": "restarted"}
# Starts of one process are serialized, so that a start refused by the engine puts back only what it recorded
# itself. Whether a start may run at all is the engine's run locks' answer, in every process.
_starting = asyncio.Lock()
# What a start's `record` may change on the database, put back when the run cannot start.
_RECORDED = ("status", "status_message", "sealed_new_password")


@dataclass(frozen=True)
class DatabaseSecrets:
    nodes: SecretBox  # opens node tokens
    passwords: SecretBox  # seals and opens database passwords


def new_password() -> str:
    return secrets.token_urlsafe(24)


def _guest_keys(database: Database) -> list[str]:
    """The run lock a database action takes beside its own: its guest's, which a vzdump archive of it holds."""
    return [locks.resource_key(GUEST, str(database.guest_id))] if database.guest_id is not None else []


async def check_idle(database: Database) -> None:
    """409 while a run holds the database or its guest, in any process: an action of its own (queued or
    running), a full backup dumping it, an update of its node's guests (whose rollback would undo what ran
    meanwhile) or a vzdump archive of its guest. The engine's run locks say which (service/tasks/locks.py)."""
    busy = await locks.busy_with((RESOURCE, str(database.id)), also=_guest_keys(database))
    if busy is not None:
        raise Conflict(f"Database {database.name} is busy with task {busy}", code="busy", details={"taskId": busy})


async def start_action(engine: TaskEngine, settings: Settings, database: Database, action: catalogue.Action,
                       params: BaseModel, *, user: User | None, secrets_env: dict[str, str],
                       record: Callable[[], Awaitable[None]] | None = None) -> Task:
    """Check the database is idle, record what the start changes, start the run and link it to the node."""
    node = await database.node
    async with _starting:
        await check_idle(database)
        before = {field: getattr(database, field) for field in _RECORDED}

        async def restore() -> None:
            # A start the engine refused (busy with a run that began elsewhere, a full queue) changed nothing.
            if record is not None:
                for field, value in before.items():
                    setattr(database, field, value)
                await database.save(update_fields=[*_RECORDED, "updated_at"])

        async with undo_on_failure(restore):
            if record is not None:
                await record()
            task = await catalogue.start(engine, settings, action, resource_id=str(database.id), params=params,
                                         user=user, secrets=secrets_env, locks=_guest_keys(database))
    database.task_id = task.id
    await database.save(update_fields=["task_id", "updated_at"])
    await link_task(node, task)
    return task


async def delete(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, database: Database, *,
                 user: User | None, delete_backups: bool = False) -> Task | None:
    """Destroy the guest and free its address; the record goes when that run succeeds. A database whose guest
    record is already gone has nothing left to destroy: its record goes at once (None)."""
    guest: Guest | None = await database.guest if database.guest_id else None
    if guest is None:
        await check_idle(database)
        await database.delete()
        return None
    node = await database.node
    env = connection_env(node, boxes.nodes)
    insecure_tls = False
    if delete_backups and await Backup.exists(type=BackupType.DATABASE, resource_id=str(database.id)):
        config = await backup_config.configured(settings)  # 422 when there is no repository to forget them in
        env.update(backup_config.repository(config, settings).env)
        insecure_tls = config.accept_self_signed_certs
    else:
        delete_backups = False  # nothing to forget
    params = DatabaseDeleteVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                                proxmox_guest_hostname=guest.hostname, database_id=str(database.id),
                                database_delete_backups=delete_backups, backup_insecure_tls=insecure_tls)

    async def record() -> None:
        database.status, database.status_message = DatabaseStatus.DELETING, ""
        await database.save(update_fields=["status", "status_message", "updated_at"])

    return await start_action(engine, settings, database, DATABASE_DELETE, params, user=user, secrets_env=env,
                              record=record)


def _ready(database: Database, doing: str) -> None:
    if database.status in (DatabaseStatus.PROVISIONING, DatabaseStatus.DELETING, DatabaseStatus.FAILED):
        raise Conflict(f"Database {database.name} is {database.status}; it cannot {doing} now",
                       code=f"database_{database.status}")


async def power(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, database: Database, *, action: str,
                user: User | None) -> Task:
    if action not in POWER_STATES:
        raise Invalid(f"No power action {action!r}; use start, stop or restart", details={"field": "action"})
    _ready(database, action)
    guest = await database.guest
    node = await database.node
    params = DatabasePowerVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                               guest_power_state=POWER_STATES[action])  # type: ignore[arg-type]
    return await start_action(engine, settings, database, DATABASE_POWER, params, user=user,
                              secrets_env=connection_env(node, boxes.nodes))


async def rotate_password(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, database: Database, *,
                          user: User | None) -> Task:
    """Set a new generated password; /credentials hands it out once the run succeeded (the old one till then)."""
    _ready(database, "change its password")
    if database.status != DatabaseStatus.RUNNING:
        raise Conflict(f"Database {database.name} is {database.status}; start it first", code="not_running")
    password = new_password()
    params = DatabaseRotateVars(database_type=database.type.value, database_name=database.db_name,
                                database_user=database.db_user, database_host=str(database.host),
                                containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)))

    async def record() -> None:
        database.sealed_new_password = boxes.passwords.seal(password)
        await database.save(update_fields=["sealed_new_password", "updated_at"])

    return await start_action(engine, settings, database, DATABASE_ROTATE, params, user=user,
                              secrets_env={PASSWORD_ENV: password}, record=record)


async def resize(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, database: Database, *,
                 cores: int | None, memory_mb: int | None, disk_gb: int | None, user: User | None) -> Task | None:
    """New cores, memory or a larger disk (None: unchanged); None when nothing would change."""
    wanted = {"cores": cores, "memory_mb": memory_mb, "disk_gb": disk_gb}
    changes = {key: value for key, value in wanted.items() if value is not None and value != getattr(database, key)}
    if not changes:
        return None
    if disk_gb is not None and disk_gb < database.disk_gb:
        raise Invalid(f"A disk never shrinks: database {database.name} has {database.disk_gb} GiB",
                      code="disk_shrink", details={"field": "resources.diskGb"})
    _ready(database, "be resized")
    if database.status != DatabaseStatus.RUNNING:
        raise Conflict(f"Database {database.name} is {database.status}; start it first", code="not_running")
    guest = await database.guest
    node = await database.node
    params = DatabaseResizeVars(
        proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid, database_type=database.type.value,
        database_host=str(database.host), containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)),
        proxmox_guest_cores=changes.get("cores"), proxmox_guest_memory_mb=changes.get("memory_mb"),
        proxmox_guest_disk_gb=changes.get("disk_gb"))
    return await start_action(engine, settings, database, DATABASE_RESIZE, params, user=user,
                              secrets_env=connection_env(node, boxes.nodes))
