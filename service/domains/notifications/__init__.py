"""Notifications: a team's chat webhooks, generic webhooks and email recipients, and each event's delivery."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("models",)
