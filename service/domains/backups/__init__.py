"""Backups: the target (a restic repository on a folder or S3), the control plane's own backups, retention,
their schedules, and the restore of a control plane from a box backup."""
