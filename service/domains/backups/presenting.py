"""Backups as the API shows them."""

from __future__ import annotations

from service.domains.backup_storage.models import Backup
from service.domains.backups.schemas import BackupOut


def backup_out(backup: Backup) -> BackupOut:
    return BackupOut(id=str(backup.id), creation_time=backup.created_at, version=backup.version, type=backup.type,
                     depends_on=list(backup.depends_on or []), state=backup.state, format=backup.format,
                     size=backup.size, snapshot_id=backup.snapshot_id, resource_type=backup.resource_type,
                     resource_id=backup.resource_id, task_id=backup.task_id, error=backup.error_message)
