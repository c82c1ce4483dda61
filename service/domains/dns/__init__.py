"""The DNS slice: domains with their providers, the names on them (routes), DNS checks and dynamic DNS."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("addresses", "events", "lookup", "models", "providers", "records", "registry", "sysinfo",
                           "tls")
