"""Versions of a project (dyrector's versioned and versionless projects): the images each version holds, from a
team's registries, with their container configuration."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("config", "events", "models")
