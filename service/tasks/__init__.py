"""The task engine: the only package that runs Ansible (through ansible-runner)."""

from service.tasks.engine import RunRequest, TaskEngine

__all__ = ["RunRequest", "TaskEngine"]
