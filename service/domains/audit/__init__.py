"""The audit log as an API: instance, team, project and node records."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("schemas",)
