"""Workers: the `containr worker` processes of the cluster, as their heartbeats tell, for the instance's admins."""

# What other slices may import (tests/test_import_contract.py); the rest, routers and Domain above all, is its own.
PUBLIC: tuple[str, ...] = ("schemas",)
