"""backup.failed: a backup of a team's database or app that ends in error is saved with its event, whichever run
made it (the database's or app's own backup, a full backup, a vzdump)."""

from __future__ import annotations

from uuid import UUID

from tortoise.transactions import in_transaction

from service.domains.backup_storage.models import Backup, BackupState
from service.domains.databases.models import Database
from service.domains.events import outbox
from service.domains.nodes.models import Guest


async def _owner(backup: Backup) -> tuple[UUID, str] | None:
    """The backed-up resource's team and name; None for the box's own backup (the instance's, no team's)."""
    if backup.resource_type == "database":
        rows = await Database.filter(id=backup.resource_id).values("name", team_id="node__team_id")
        return (rows[0]["team_id"], rows[0]["name"]) if rows else None
    if backup.resource_type == "app":  # apps are a slice above: their guest names their node, so their team
        rows = await Guest.filter(resource_type="app", resource_id=backup.resource_id).values(
            "hostname", team_id="node__team_id")
        return (rows[0]["team_id"], rows[0]["hostname"]) if rows else None
    return None


async def save(backup: Backup) -> None:
    """Save the backup as its run left it; one in error records backup.failed in the same transaction."""
    owner = await _owner(backup) if backup.state == BackupState.ERROR else None
    if owner is None:
        await backup.save()
        return
    team_id, name = owner
    async with in_transaction() as conn:
        await backup.save(using_db=conn)
        await outbox.record("backup.failed", team_id=team_id, kind="backup", resource_id=backup.id, name=name,
                            connection=conn, data={"resourceType": backup.resource_type,
                                                   "resourceId": backup.resource_id, "taskId": backup.task_id,
                                                   "error": backup.error_message or ""})
