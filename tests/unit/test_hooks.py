"""service/api/hooks.py: hooks answer an event in the order of the slices that declared them, with the app's
state and the event's arguments; one that raises stops the event there."""

from __future__ import annotations

import pytest
from starlette.datastructures import State

from service.api.hooks import Hooks
from service.core.errors import Conflict


async def test_hooks_run_in_slice_order_with_the_state_and_the_arguments():
    state = State({"name": "app"})
    heard: list[tuple[str, str, int]] = []

    async def first(got: State, *, value: int) -> None:
        heard.append(("first", got.name, value))

    async def second(got: State, *, value: int) -> None:
        heard.append(("second", got.name, value))

    hooks = Hooks(state, [{"thing.deleting": first}, {}, {"thing.deleting": second, "other": second}])
    await hooks.fire("thing.deleting", value=3)
    await hooks.fire("nobody.listens", value=4)
    assert heard == [("first", "app", 3), ("second", "app", 3)]


async def test_a_refusal_stops_the_later_hooks():
    heard: list[str] = []

    async def refuse(state: State) -> None:
        raise Conflict("held", code="not_empty")

    async def later(state: State) -> None:
        heard.append("later")

    hooks = Hooks(State(), [{"thing.deleting": refuse}, {"thing.deleting": later}])
    with pytest.raises(Conflict):
        await hooks.fire("thing.deleting")
    assert heard == []
