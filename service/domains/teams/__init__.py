"""Teams, their members and invitations, and the last owner's protection."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("membership", "models", "owned", "schemas")
