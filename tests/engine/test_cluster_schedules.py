"""Schedules with several instances on one database: each job fires in the holder of the scheduler lease only, the
others take over when it stops or dies, and a hand-over fires no run the old holder fired already."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta

import pytest

from service.config import Settings
from service.core import db
from service.core.settings_store import get_setting, set_setting
from service.tasks import TaskEngine, leases, scheduler
from service.tasks.models import Lease, Task

HEARTBEAT = 0.3  # the lease's ttl is three of them


@pytest.fixture
async def cluster(settings: Settings) -> AsyncIterator[Settings]:
    """The database the instances share, and their settings (a short heartbeat)."""
    await db.migrate(settings)
    await db.connect(settings)
    try:
        yield settings.model_copy(update={"worker_heartbeat": HEARTBEAT})
    finally:
        await db.disconnect()


class Instances:
    """Schedulers of one job each, as in instances of their own: each with its lease holder, and the firings
    they start, by instance."""

    def __init__(self, settings: Settings, pattern: str) -> None:
        self.settings = settings
        self.pattern = pattern
        self.calls: list[str] = []
        self.made: list[scheduler.Scheduler] = []

    def make(self, name: str) -> scheduler.Scheduler:
        async def pattern() -> str:
            return self.pattern

        async def start(_: scheduler.JobContext) -> Task | None:
            self.calls.append(name)
            return None  # nothing to run: the firing is what is counted

        spec = scheduler.JobSpec("tick", "test.tick", pattern, start)
        made = scheduler.Scheduler(TaskEngine(self.settings, secret_key="t" * 48), self.settings, jobs=[spec],
                                   holder=name)
        self.made.append(made)
        return made

    async def close(self) -> None:
        for made in self.made:
            await made.close()


@pytest.fixture
async def instances(cluster: Settings) -> AsyncIterator[Callable[[str], Instances]]:
    made: list[Instances] = []

    def make(pattern: str) -> Instances:
        made.append(Instances(cluster, pattern))
        return made[-1]

    try:
        yield make
    finally:
        for each in made:
            await each.close()


async def until(check: Callable[[], bool], *, bound: int = 600) -> None:
    """Poll until `check` holds; a bound on the tries (30 s at most), not a duration asserted."""
    for _ in range(bound):
        if check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the condition never held")


async def test_a_job_fires_in_the_lease_holder_only_and_the_other_takes_over(instances):
    cluster = instances("every 1 s")
    first, second = cluster.make("first"), cluster.make("second")
    await first.start()
    await second.start()
    assert first.holds_lease and not second.holds_lease
    waiting = second.jobs()[0]
    assert waiting.pattern == "every 1 s" and waiting.next_run_time is not None, "the others answer the pattern"
    await until(lambda: len(cluster.calls) >= 3)
    await second.rebuild()  # a settings change made through the other instance starts nothing there
    await until(lambda: len(cluster.calls) >= 5)
    assert set(cluster.calls) == {"first"}, cluster.calls
    assert await leases.holder_of(scheduler.LEASE) == "first"

    await first.close()  # given up: the other takes it at its next try, well within the ttl
    await until(lambda: second.holds_lease)
    await until(lambda: "second" in cluster.calls)
    before = cluster.calls.count("first")
    await until(lambda: cluster.calls.count("second") >= 3)
    assert cluster.calls.count("first") == before and cluster.calls[-1] == "second"
    assert not first.holds_lease and await leases.holder_of(scheduler.LEASE) == "second"


async def test_a_dead_holder_is_replaced_and_a_changed_pattern_reaches_the_holder(instances):
    cluster = instances("every 1 s")
    # Held by an instance that is gone: the lease runs for an hour more, then expires.
    await Lease.create(name=scheduler.LEASE, holder="gone", expires_at=datetime.now(UTC) + timedelta(hours=1))
    waiting = cluster.make("waiting")
    await waiting.start()
    assert not waiting.holds_lease
    await Lease.filter(name=scheduler.LEASE).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    await until(lambda: waiting.holds_lease)
    await until(lambda: len(cluster.calls) >= 2)

    # Changed through another instance: the holder rebuilds at its next renewal, and fires no more.
    cluster.pattern = "never"
    await until(lambda: waiting.jobs()[0].pattern == "never")
    stopped_at = len(cluster.calls)
    await asyncio.sleep(2.5)  # more than two periods of the old pattern
    assert len(cluster.calls) <= stopped_at + 1, "at most a firing under way when the change was seen"


async def test_a_hand_over_does_not_fire_again_a_run_the_old_holder_fired(instances):
    pattern = "0 0 4 * * *"
    now = datetime.now(UTC)
    slot = now.replace(hour=4, minute=0, second=0, microsecond=0)
    slot = slot if slot <= now else slot - timedelta(days=1)
    # The old holder fired today's (or yesterday's) 04:00 run and died; the new holder must not fire it again.
    fired = {"at": (slot + timedelta(seconds=1)).isoformat(), "schedule": f"{pattern} @ UTC"}
    await set_setting("schedule_runs", {"tick": fired})
    await Lease.create(name=scheduler.LEASE, holder="gone", expires_at=now - timedelta(seconds=1))
    cluster = instances(pattern)
    taking = cluster.make("taking")
    await taking.start()
    assert taking.holds_lease
    assert taking.jobs()[0].next_run_time == slot + timedelta(days=1)
    assert (await get_setting("schedule_runs"))["tick"] == fired

    # One the old holder missed (it died before the slot): made up for, once, by the new holder.
    await taking.close()
    missed = {"at": (slot - timedelta(hours=1)).isoformat(), "schedule": f"{pattern} @ UTC"}
    await set_setting("schedule_runs", {"tick": missed})
    other = cluster.make("other")
    await other.start()
    await until(lambda: cluster.calls == ["other"])
    assert (await get_setting("schedule_runs"))["tick"]["at"] > slot.isoformat()
    assert other.jobs()[0].next_run_time == slot + timedelta(days=1)
