"""OS and server package updates of the guests on a node, by hand and on a schedule."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ()
