"""Leases: one holder at a time however many ask at once, renewed by its holder, taken over once expired or given
up, and a keeper that says when it gains and loses its lease; their times, and the heartbeats', are the database
server's."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from service.config import Settings
from service.core import db
from service.tasks import leases, reaper
from service.tasks.models import Lease, Worker


@pytest.fixture
async def database(settings: Settings) -> AsyncIterator[None]:
    await db.migrate(settings)
    await db.connect(settings)
    try:
        yield
    finally:
        await db.disconnect()


async def until(check: Callable[[], Awaitable[bool] | bool], *, bound: int = 400) -> None:
    """Poll until `check` holds; a bound on the tries (20 s at most), not a duration asserted."""
    for _ in range(bound):
        answer = check()
        if await answer if isinstance(answer, Awaitable) else answer:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition never held")


async def test_one_holder_however_many_ask_at_once(database):
    answers = await asyncio.gather(*(leases.take("role", f"p{index}", 30) for index in range(12)))
    assert answers.count(True) == 1
    winner = f"p{answers.index(True)}"
    assert await leases.holder_of("role") == winner
    assert await leases.take("role", winner, 30), "the holder renews it"
    assert not await leases.take("role", "late", 30)
    await leases.give_up("role", "late")  # not its holder: nothing happens
    assert await leases.holder_of("role") == winner
    await leases.give_up("role", winner)
    assert await leases.holder_of("role") is None
    assert await leases.take("role", "late", 30)


async def test_an_expired_lease_is_taken_over_by_one_of_many(database):
    await Lease.create(name="role", holder="dead", expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert await leases.holder_of("role") is None
    answers = await asyncio.gather(*(leases.take("role", f"p{index}", 30) for index in range(12)))
    assert answers.count(True) == 1
    assert not await leases.take("role", "dead", 30), "the dead holder coming back does not take it back"


async def test_a_keeper_gains_renews_loses_and_gives_up(database):
    events: list[str] = []

    async def gained() -> None:
        events.append("gained")

    async def lost() -> None:
        events.append("lost")

    first = leases.LeaseKeeper("role", ttl=0.6, holder="first", on_gained=gained, on_lost=lost)
    second = leases.LeaseKeeper("role", ttl=0.6, holder="second")
    await first.start()
    assert first.held and events == ["gained"], "a free lease is held when start() returns"
    await second.start()
    assert not second.held
    before = (await Lease.get(name="role")).expires_at
    await until(lambda: _expires_after(before))
    assert first.held and not second.held, "renewed by its holder, never taken by the other"

    # Another process took it (as if ours had expired while we stalled): a loss at the next renewal.
    await Lease.filter(name="role").update(holder="thief", expires_at=datetime.now(UTC) + timedelta(hours=1))
    await until(lambda: events == ["gained", "lost"])
    assert not first.held
    await Lease.filter(name="role").delete()
    await until(lambda: first.held or second.held)
    gained_by = first if first.held else second
    await gained_by.close()
    assert not gained_by.held
    other = second if gained_by is first else first
    assert await leases.holder_of("role") in (None, other.holder), "given up, not left to expire"
    await until(lambda: other.held)
    assert await leases.holder_of("role") == other.holder
    await other.close()
    assert await leases.holder_of("role") is None
    assert not await other.try_now(), "a closed keeper takes nothing"


async def _expires_after(moment: datetime) -> bool:
    return (await Lease.get(name="role")).expires_at > moment


class _HourAhead(datetime):
    """A machine whose clock runs an hour ahead of the database server's."""

    @classmethod
    def now(cls, tz=None):  # noqa: ANN001, ANN206 (datetime's own signature)
        return datetime.now(tz) + timedelta(hours=1)


async def test_the_clock_is_the_database_servers(database, settings, db_backend, monkeypatch):
    assert await leases.take("role", "holder", 30)
    monkeypatch.setattr(db, "datetime", _HourAhead)
    if db_backend == "sqlite":  # one machine: its clock is the only one
        assert await db.clock() - datetime.now(UTC) > timedelta(minutes=59)
        return
    # An instance whose clock is wrong neither steals a live lease nor finds a live worker dead.
    assert abs(await db.clock() - datetime.now(UTC)) < timedelta(minutes=1)
    assert not await leases.take("role", "skewed", 30)
    assert await leases.holder_of("role") == "holder"
    alive = await Worker.create(id=uuid4(), name="w1", host="h", pid=1, queues=[], concurrency=1,
                                last_heartbeat=await db.clock())
    assert await reaper.mark_dead(settings, now=await db.clock()) == []
    assert await reaper.reap(settings, end_lost=_never) == []
    assert (await Worker.get(id=alive.id)).stopped_at is None


async def _never(*_: object) -> bool:
    raise AssertionError("no task is lost")
