"""The task engine: the only package that runs Ansible (through ansible-runner)."""

from service.tasks.engine import FinishHook, RunRequest, TaskEngine

__all__ = ["FinishHook", "RunRequest", "TaskEngine"]
# What the slices may import besides the names above (tests/test_import_contract.py); the runner, the supervisor
# and the rest are the engine's own.
PUBLIC: tuple[str, ...] = ("follow", "leases", "locks", "logstore", "models", "scheduler")
