"""Actions declared once: name, task type, playbook, vars model, locked resource, timeout, and what the end
of a run does to the resource. The only way the API starts Ansible for a resource."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from service.actions.playbooks import resolve
from service.auth.models import User
from service.config import Settings
from service.tasks import RunRequest, TaskEngine
from service.tasks.engine import FinishHook
from service.tasks.models import Task


@dataclass(frozen=True)
class Action:
    name: str  # "node.check": what the audit log and the docs call it
    task_type: str  # the task's `type` (Cloudron's camelCase: "nodeCheck", "backup", "cleanBackups")
    playbook: str  # a name under playbooks/
    vars_model: type[BaseModel]  # the extravars it takes: validated data, never templated
    resource_type: str  # the kind of resource it locks: one active task per resource
    timeout: int | None = None  # seconds; the settings' default when None
    on_finish: FinishHook | None = None
    # Runs of actions in one serial group take turns: one runs, the others wait queued (BACKUP_REPOSITORY).
    serial_group: str | None = None


# The actions that use the backup repository, or dump or fill a database: restic's prune locks the repository
# against every other restic command, and a backup during a restore or a delete would dump a database halfway.
BACKUP_REPOSITORY = "backup repository"


class Catalogue:
    """Every action of the slices the app lists (service/app.py), each name and task type once."""

    def __init__(self, actions: Iterable[Action]) -> None:
        self.actions: dict[str, Action] = {}
        for action in actions:
            if action.name in self.actions or self.by_type(action.task_type) is not None:
                raise ValueError(f"action {action.name} ({action.task_type}) is declared twice")
            self.actions[action.name] = action

    def by_type(self, task_type: str) -> Action | None:
        return next((action for action in self.actions.values() if action.task_type == task_type), None)

    def finish_hooks(self) -> dict[str, FinishHook]:
        return {action.task_type: action.on_finish for action in self.actions.values() if action.on_finish}

    def install_hooks(self, engine: TaskEngine) -> None:
        for task_type, hook in self.finish_hooks().items():
            engine.on_finish(task_type, hook)
        for action in self.actions.values():
            if action.serial_group is not None:
                engine.serialize(action.task_type, action.serial_group)


async def start(engine: TaskEngine, settings: Settings, action: Action, *, resource_id: str, params: BaseModel,
                user: User | None, secrets: dict[str, str] | None = None, locks: Sequence[str] = (),
                queue: bool = False) -> Task:
    """Queue one run of the action on one resource (409 while the resource is busy). `locks`: keys of the other
    resources the run uses too (service.tasks.locks.resource_key), held while it runs: it starts once they are
    free, and a submit on one of them meanwhile is refused naming it."""
    if not isinstance(params, action.vars_model):
        raise TypeError(f"{action.name} takes {action.vars_model.__name__}, not {type(params).__name__}")
    extra_vars: dict[str, Any] = params.model_dump(mode="json")
    return await engine.submit(RunRequest(
        type=action.task_type, playbook=resolve(settings.playbooks_dir, action.playbook), extra_vars=extra_vars,
        secrets=dict(secrets or {}), resource=(action.resource_type, resource_id), timeout=action.timeout,
        created_by=user, locks=tuple(locks), if_busy="queue" if queue else "refuse",
    ))
