"""undo_on_failure: the undo runs on an error and on cancellation, never on success, and never hides the error."""

from __future__ import annotations

import asyncio
import logging

import anyio
import pytest

from service.core.compensate import undo_on_failure


class Refused(Exception):
    pass


class Undo:
    def __init__(self, *, fails: bool = False) -> None:
        self.calls = 0
        self.fails = fails

    async def __call__(self) -> None:
        await asyncio.sleep(0)  # an undo that awaits, as a database write does
        self.calls += 1
        if self.fails:
            raise RuntimeError("the undo failed too")


async def test_undo_runs_when_the_block_raises_and_the_error_goes_on() -> None:
    undo = Undo()
    error = Refused("the engine refused")
    with pytest.raises(Refused) as raised:
        async with undo_on_failure(undo):
            raise error
    assert raised.value is error
    assert undo.calls == 1


async def test_undo_does_not_run_when_the_block_succeeds() -> None:
    undo = Undo()
    async with undo_on_failure(undo):
        started = True
    assert started
    assert undo.calls == 0


async def test_undo_runs_when_the_task_is_cancelled() -> None:
    undo = Undo()
    inside = asyncio.Event()

    async def start() -> None:
        async with undo_on_failure(undo):
            inside.set()
            await asyncio.Event().wait()  # never set: only the cancellation ends it

    task = asyncio.create_task(start())
    await inside.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert undo.calls == 1


async def test_undo_completes_inside_a_cancelled_anyio_scope() -> None:
    # anyio cancels every await inside a cancelled scope, the undo's own awaits too unless they are shielded.
    undo = Undo()
    with anyio.CancelScope() as scope:
        async with undo_on_failure(undo):
            scope.cancel()
            await asyncio.sleep(0)
    assert scope.cancelled_caught
    assert undo.calls == 1


async def test_a_failing_undo_is_logged_and_does_not_hide_the_error(caplog: pytest.LogCaptureFixture) -> None:
    undo = Undo(fails=True)
    with caplog.at_level(logging.ERROR, logger="service.core.compensate"), pytest.raises(Refused):
        async with undo_on_failure(undo):
            raise Refused("the engine refused")
    assert undo.calls == 1
    [record] = caplog.records
    assert record.exc_info is not None and "the undo failed too" in str(record.exc_info[1])
