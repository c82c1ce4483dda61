"""The instance: status, settings and scheduled jobs (Cloudron's /cloudron and /settings)."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("identity", "platform_defaults", "registry_config", "schemas", "settings_schemas")
