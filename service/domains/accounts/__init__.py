"""Accounts as an API: registration and login, the caller's profile, API tokens, account administration, groups."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("ldap_login", "registration")
