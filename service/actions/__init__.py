"""The action catalogue: what the API may ask Ansible to do, and with which validated vars.

Each slice declares its actions in its Domain object (service/domains/domain.py); the app gathers them in one
Catalogue and installs their finish hooks into the task engine at start-up."""

# What the slices may import (tests/test_import_contract.py).
PUBLIC: tuple[str, ...] = ("catalogue", "playbooks")
