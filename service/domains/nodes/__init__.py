"""Proxmox VE nodes and the guests Containr makes on them: registration, checks, addresses, guest actions."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("actions", "containers", "events", "guest_shell", "guests", "ipam", "models", "registry",
                           "schemas")
