"""Storages: a team's S3-compatible buckets, their sealed keys, checked before they are saved, from which a
deployment's volumes are seeded with files."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("access", "events", "models")
