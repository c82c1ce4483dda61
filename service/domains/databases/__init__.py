"""Databases: PostgreSQL, MariaDB (MySQL protocol) and Redis servers, each in its own guest on a node."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = (
    "actions", "deps", "events", "models", "operations", "placement", "provisioning", "queries", "schemas")
