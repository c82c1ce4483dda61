"""The app's state as the build finish hooks see it: an ended run submits the next steps, which needs the engine,
the settings and the nodes' secret box. Set when the app starts (see DOMAIN.started)."""

from __future__ import annotations

from starlette.datastructures import State

_current: list[State] = []


async def remember(state: State) -> None:
    _current[:] = [state]


def state() -> State | None:
    """The running app's state; None outside one (a hook run by a bare engine submits nothing)."""
    return _current[0] if _current else None
