"""Services: a user's own code, built from git into its own guest on a node, with builds and releases."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("events", "models", "queries")
