"""Deployments (dyrector's, seed 001): a version of a project deployed to a node under a prefix, each image of it
an instance run as a Proxmox VE application container from its OCI image."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("models",)
