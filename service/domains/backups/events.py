"""What the backups slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# target=str (the repository's location), dumps=list[tuple[Backup, Database]] (the database backups this full
# backup makes), found=list[tuple[Backup, AppToBackUp]]: a full backup is being recorded; a slice whose workloads
# keep data folders records a backup for each (depending on its databases' dumps) and adds it to `found`, for the
# same run to archive.
BOX_BACKUP_ARCHIVES = "backups.archives"
