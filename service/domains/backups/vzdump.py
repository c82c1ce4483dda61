"""Guest-level backups of databases that ask for them (`vzdumpBackups`): a vzdump archive of the whole guest in
a backup storage of its node (playbooks/guest_backup.yml), beside the logical dump in the restic repository.
The run locks the guest, not the database, so it runs next to the dump of the same backup."""

from __future__ import annotations

import logging
import re

from pydantic import Field

from service import __version__
from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict
from service.domains.backup_storage.models import Backup, BackupState, BackupType
from service.domains.backups import failures
from service.domains.databases.models import Database
from service.domains.nodes.actions import GUEST, GuestRef
from service.domains.nodes.registry import connection_env, link_task, nodes_box
from service.tasks import TaskEngine
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)
FORMAT = "vzdump"
# The archive's notes name the Backup record it fills in (and tell PVE's users where it came from).
_NOTES = re.compile(r"containr-backup:([0-9a-f-]{36})")


class GuestBackupVars(GuestRef):
    guest_backup_storage: str = Field(pattern=r"^[a-zA-Z][a-zA-Z0-9_.-]*$")
    guest_backup_mode: str = "snapshot"
    guest_backup_notes: str


async def _archived(task: Task) -> None:
    found = _NOTES.search(str((task.extra_vars or {}).get("guest_backup_notes") or ""))
    backup = await Backup.get_or_none(id=found.group(1)) if found else None
    if backup is None:
        return
    result = task.result or {}
    if task.state == TaskState.SUCCESS and result.get("volid"):
        backup.state, backup.snapshot_id = BackupState.NORMAL, str(result["volid"])
        backup.size = int(result.get("size") or 0)
    else:
        backup.state, backup.error_message = BackupState.ERROR, task.error_message or task.message
    await failures.save(backup)


GUEST_BACKUP = catalogue.Action(
    name="database.vzdump", task_type="databaseVzdump", playbook="guest_backup", vars_model=GuestBackupVars,
    resource_type=GUEST, timeout=6 * 3600, on_finish=_archived)


async def start(engine: TaskEngine, settings: Settings, database: Database, *,
                user: User | None) -> tuple[Backup, Task] | None:
    """Start the database guest's vzdump when the database asks for one (None otherwise)."""
    if not database.vzdump_backups or database.guest_id is None:
        return None
    guest = await database.guest
    node = await database.node
    storage = str((node.defaults or {}).get("backup_storage") or "local")
    backup = await Backup.create(type=BackupType.DATABASE, format=FORMAT, version=__version__,
                                 target=f"{node.name}:{storage}", resource_type="database",
                                 resource_id=str(database.id))
    params = GuestBackupVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                             guest_backup_storage=storage,
                             guest_backup_notes=f"containr-backup:{backup.id} database {database.name}")
    async with undo_on_failure(backup.delete):
        task = await catalogue.start(engine, settings, GUEST_BACKUP, resource_id=str(guest.id), params=params,
                                     user=user, secrets=connection_env(node, nodes_box(settings)))
    backup.task_id = task.id
    await backup.save(update_fields=["task_id"])
    await link_task(node, task)
    return backup, task


async def start_beside(engine: TaskEngine, settings: Settings, database: Database, *,
                       user: User | None) -> tuple[Backup, Task] | None:
    """`start` beside a dump already queued: the dump's answer stands, so a guest that is busy (its archive waits
    for the next backup) or an archive that cannot start is logged and answered None, never raised."""
    try:
        return await start(engine, settings, database, user=user)
    except Conflict as exc:
        log.warning("vzdump of database %s skipped: %s", database.name, exc.message)
    except Exception:
        log.exception("vzdump of database %s could not start", database.name)
    return None
