"""Instance-wide defaults for platform guests (Cloudron's platform_config), applied to existing ones by resizes."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ()
