"""task.failed: one event for each task that ends failed, timed out or crashed whose resource is a team's. The
engine knows no slice: the slice that owns a resource type names its team through the TASK_TEAM hook, which
each declares with `task_teams({resource_type: resolver})`."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from uuid import UUID

from starlette.datastructures import State
from tortoise.models import Model

from service.api.hooks import Hook, Hooks
from service.domains.events import outbox
from service.tasks import FinishHook
from service.tasks.models import Task, TaskState

# Fired with resource_type, resource_id and found (a dict): the slice owning the type sets found["team"] to
# (team id, resource name), or None when the resource is gone.
TASK_TEAM = "events.task_team"

# A resource id -> (its team's id, its name), or None when there is no such resource (any more).
TeamOf = Callable[[str], Awaitable[tuple[UUID, str] | None]]

FAILED = frozenset({TaskState.FAILED, TaskState.TIMEOUT, TaskState.CRASHED})


def task_teams(resolvers: Mapping[str, TeamOf]) -> dict[str, Hook]:
    """The hook a slice declares for the resource types it owns."""

    async def answer(_: State, *, resource_type: str, resource_id: str, found: dict[str, Any]) -> None:
        resolve = resolvers.get(resource_type)
        if resolve is not None and "team" not in found:
            found["team"] = await resolve(resource_id)

    return {TASK_TEAM: answer}


def resolver(model: type[Model], *, team: str, name: str = "name") -> TeamOf:
    """The TeamOf of a model whose team is at the path `team` (node__team_id) and its name in the field `name`."""

    async def team_of(resource_id: str) -> tuple[UUID, str] | None:
        try:
            UUID(resource_id)
        except ValueError:
            return None
        rows = await model.filter(id=resource_id).values(team_id=team, resource_name=name)
        return (rows[0]["team_id"], str(rows[0]["resource_name"] or "")) if rows else None

    return team_of


def listener(hooks: Hooks) -> FinishHook:
    async def task_ended(task: Task) -> None:
        if TaskState(task.state) not in FAILED or not task.resource_type or not task.resource_id:
            return
        found: dict[str, Any] = {}
        await hooks.fire(TASK_TEAM, resource_type=task.resource_type, resource_id=task.resource_id, found=found)
        owner = found.get("team")
        if owner is None:  # an instance's resource (the edge, the box's backups), or one already gone
            return
        team_id, name = owner
        await outbox.record("task.failed", team_id=team_id, kind=task.resource_type, resource_id=task.resource_id,
                            name=name, data={"taskId": task.id, "taskType": task.type, "status": str(task.state),
                                             "error": task.error_message or task.message})

    return task_ended


async def install(state: State) -> None:
    """At start-up, before recovery (the slice's `engine_ready`): listen to every task's end, including a crash
    that recovery finds."""
    state.engine.on_ended(listener(state.hooks))
