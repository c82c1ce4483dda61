"""Where backups go and what is there: the restic repository's configuration, its check, and the backup records."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("config", "models", "restic", "schemas")
