"""Events: what happened to a team's resources, recorded with the change that caused it (an outbox)."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("models", "outbox", "task_events", "types")
