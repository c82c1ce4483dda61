"""Projects (seed 003): members and roles, environments and variables, invitations, icons."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("access", "environments", "events", "invites", "models", "schemas")
