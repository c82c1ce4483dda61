"""A team's dashboard: its counts, onboarding checklist and what needs attention, in one answer."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ()
