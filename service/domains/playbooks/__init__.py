"""Operators' side: runs of any playbook as tracked tasks, and the Ansible inventory of the guests."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("schemas",)
