"""A workflow's steps as a graph: names unique, every dependency a step of the workflow, no cycle. Each refusal
is a 422 naming the step's field (`steps.N.name`, `steps.N.dependsOn`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from service.core.errors import Invalid


class Step(Protocol):
    name: str
    depends_on: list[str]


def check(steps: Sequence[Step]) -> None:
    """Refuse a duplicate name, an unknown or self dependency, or a cycle (naming the step that closes it)."""
    index: dict[str, int] = {}
    for number, step in enumerate(steps):
        if step.name in index:
            raise Invalid(f"Two steps are named {step.name!r}", code="taken",
                          details={"field": f"steps.{number}.name"})
        index[step.name] = number
    for number, step in enumerate(steps):
        unknown = [name for name in step.depends_on if name not in index]
        if unknown:
            raise Invalid(f"Step {step.name!r} depends on no such step: {', '.join(unknown)}",
                          details={"field": f"steps.{number}.dependsOn"})
    closing = _cycle(steps, index)
    if closing is not None:
        number, path = closing
        raise Invalid(f"Step {steps[number].name!r} closes a cycle: {' -> '.join(path)}", code="cycle",
                      details={"field": f"steps.{number}.dependsOn"})


def _cycle(steps: Sequence[Step], index: dict[str, int]) -> tuple[int, list[str]] | None:
    """The first step (in the order given) whose dependency leads back to a step still being walked, and the loop."""
    done: set[int] = set()
    for start in range(len(steps)):
        if start in done:
            continue
        # An explicit stack instead of recursion: a hundred steps in a chain must not reach Python's limit.
        path: list[int] = [start]
        walking = {start}
        pending = [iter(steps[start].depends_on)]
        while pending:
            following = next(pending[-1], None)
            if following is None:
                finished = path.pop()
                walking.discard(finished)
                done.add(finished)
                pending.pop()
                continue
            target = index[following]
            if target in walking:
                loop = path[path.index(target):] + [target]
                return path[-1], [steps[i].name for i in loop]
            if target not in done:
                path.append(target)
                walking.add(target)
                pending.append(iter(steps[target].depends_on))
    return None


def order(steps: Sequence[Step]) -> list[list[str]]:
    """The steps in waves: each wave's steps depend only on earlier waves' (what may run at once)."""
    left = {step.name: set(step.depends_on) for step in steps}
    waves: list[list[str]] = []
    while left:
        ready = [name for name, needs in left.items() if not needs]
        if not ready:
            raise ValueError("the steps hold a cycle")  # check() refuses those first
        waves.append(ready)
        for name in ready:
            del left[name]
        for needs in left.values():
            needs.difference_update(ready)
    return waves
