"""The tasks API (Cloudron's task object): list, get, logs, the live log stream and stop."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("schemas",)
