"""Events a slice announces for the slices above it to answer, so that it never imports them (deleting a
project asks the databases slice to delete the project's databases): the hook type and the app's table."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from starlette.datastructures import State

# Called with the app's state (the engine, the settings and the secret boxes a hook may need) and the event's
# keyword arguments, which the slice that names the event documents next to its name.
Hook = Callable[..., Awaitable[Any]]


class Hooks:
    """Every slice's hooks by event name, in the order of the app's slices."""

    def __init__(self, state: State, hooks: Iterable[Mapping[str, Hook]]) -> None:
        self.state = state
        self.by_event: dict[str, list[Hook]] = {}
        for declared in hooks:
            for event, hook in declared.items():
                self.by_event.setdefault(event, []).append(hook)

    async def fire(self, event: str, /, **payload: Any) -> None:
        """Each hook is awaited before the next: one that raises (a refusal) stops the event there."""
        for hook in self.by_event.get(event, ()):
            await hook(self.state, **payload)
