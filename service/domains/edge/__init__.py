"""The edge slice: one nginx guest per node serving every route over HTTPS, and the certificates it serves."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("actions", "applying", "certificates", "context", "events", "models", "renewal",
                           "upstreams")
