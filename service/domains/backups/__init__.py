"""Backups: the target (a restic repository on a folder or S3), the control plane's own backups, retention,
their schedules, and the restore of a control plane from a box backup."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("databases", "events", "failures", "platform", "presenting", "schemas")
