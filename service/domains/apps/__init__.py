"""Apps (issue 20): the catalogue in templates/, its app store (seed 002) and templates (seed 001) APIs."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("models",)
