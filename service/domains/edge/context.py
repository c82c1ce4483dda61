"""The app's state as the edge's finish hooks see it: a finished run starts the next (an applied edge asks for
its missing certificates, issued certificates re-apply the edges that serve them), which needs the engine, the
settings and the secret boxes. Set when the app starts (see DOMAIN.started)."""

from __future__ import annotations

from starlette.datastructures import State

_current: list[State] = []


async def remember(state: State) -> None:
    _current[:] = [state]


def state() -> State | None:
    """The running app's state; None outside one (a hook run by a test's bare engine chains nothing)."""
    return _current[0] if _current else None
