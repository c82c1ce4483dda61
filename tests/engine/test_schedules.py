"""Schedules: the settings that drive them, jobs that fire in the configured zone without piling up,
`never`, and schedules that survive a restart (made-up runs coalesced into one)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from pydantic import BaseModel

from service.actions import catalogue
from service.core.settings_store import set_setting
from service.tasks import scheduler
from service.tasks.models import Task
from tests.conftest import Server
from tests.factories import owner_headers

# Five hours and 45 minutes from UTC: an hour field that matches there never matches in UTC or nearby zones.
ZONE = "Asia/Kathmandu"


class SleepVars(BaseModel):
    sleep_seconds: int
    sleep_pid_file: str


TICK = catalogue.Action(name="test.tick", task_type="update", playbook="sleep", vars_model=SleepVars,
                        resource_type="test")


# Patterns, zones and skips do not depend on the database the settings live in.
pytestmark = pytest.mark.one_database


def use_starter(monkeypatch, start: scheduler.Starter, running: scheduler.Scheduler | None = None) -> None:
    """The box autoupdate job starts `start` instead, in the running scheduler and in any made after."""
    def swapped(jobs):
        return [replace(job, starter=start) if job.id == "boxAutoupdate" else job for job in jobs]

    init = scheduler.Scheduler.__init__

    def patched_init(self, engine, settings, *, jobs):
        init(self, engine, settings, jobs=swapped(jobs))

    monkeypatch.setattr(scheduler.Scheduler, "__init__", patched_init)
    if running is not None:
        monkeypatch.setattr(running, "jobs_by_id", {job.id: job for job in swapped(running.jobs_by_id.values())})


@pytest.fixture
def ticking(monkeypatch, tmp_path, request):
    """The box autoupdate job enqueues a short sleep through the catalogue, as the real update action will."""
    async def start(context: scheduler.JobContext) -> Task:
        return await catalogue.start(context.engine, context.settings, TICK, resource_id="tick", user=None,
                                     params=SleepVars(sleep_seconds=2, sleep_pid_file=str(tmp_path / "pid")))

    running = request.getfixturevalue("server").app.state.scheduler if "server" in request.fixturenames else None
    use_starter(monkeypatch, start, running)


async def _finished(task_id: int) -> Task:
    for _ in range(600):
        task = await Task.get(id=task_id)
        if not task.active:
            return task
        await asyncio.sleep(0.1)
    raise AssertionError(f"task {task_id} is still {task.state} after a minute: {task.message}")


async def _schedule(client, headers, job_id):
    answer = await client.get("/api/v1/schedules", headers=headers)
    assert answer.status_code == 200, answer.text
    return next(item for item in answer.json()["items"] if item["id"] == job_id)


async def test_pattern_and_zone_settings_are_checked(client):
    headers = await owner_headers(client)
    answer = await client.get("/api/v1/settings/box_autoupdate_pattern", headers=headers)
    assert answer.json() == {"pattern": "00 00 1,3,5,23 * * *"}
    for bad, reason in [("* * * * *", "6 fields"), ("61 * * * * *", "second"), ("0 0 0 * * 9", "day of week"),
                        ("0 0 25 * * *", "hour")]:
        answer = await client.post("/api/v1/settings/apps_autoupdate_pattern", headers=headers,
                                   json={"pattern": bad})
        assert answer.status_code == 422, answer.text
        assert answer.json()["details"][0]["field"] == "pattern" and reason in answer.text, answer.text
    answer = await client.post("/api/v1/settings/apps_autoupdate_pattern", headers=headers,
                               json={"pattern": "0 030 4 1,15 * 5"})
    assert answer.status_code == 200 and answer.json() == {"pattern": "0 030 4 1,15 * 5"}
    for bad in ("CEST", "+02:00", "../../etc/passwd", "Mars/Olympus"):
        answer = await client.post("/api/v1/settings/time_zone", headers=headers, json={"timeZone": bad})
        assert answer.status_code == 422 and answer.json()["details"][0]["field"] == "timeZone", answer.text
    answer = await client.post("/api/v1/settings/time_zone", headers=headers, json={"timeZone": "Europe/Berlin"})
    assert answer.json() == {"timeZone": "Europe/Berlin"}
    assert (await client.get("/api/v1/settings/time_zone", headers=headers)).json() == {"timeZone": "Europe/Berlin"}

    # Cron's rule: the 1st and the 15th of the month, and also every Friday, at 04:30 in Berlin.
    job = await _schedule(client, headers, "appsAutoupdate")
    moment = datetime.fromisoformat(job["nextRunTime"]).astimezone(ZoneInfo("Europe/Berlin"))
    assert (moment.hour, moment.minute) == (4, 30) and (moment.day in (1, 15) or moment.weekday() == 4)
    assert job["pattern"] == "0 030 4 1,15 * 5" and job["timeZone"] == "Europe/Berlin"


@pytest.mark.ansible
async def test_a_frequent_pattern_enqueues_tasks_in_the_zone_never_two_at_once(client, ticking, caplog):
    caplog.set_level(logging.INFO, logger="service.tasks.scheduler")
    headers = await owner_headers(client)
    answer = await client.post("/api/v1/settings/time_zone", headers=headers, json={"timeZone": ZONE})
    assert answer.status_code == 200
    hour = datetime.now(ZoneInfo(ZONE)).hour
    pattern = f"* * {hour},{(hour + 1) % 24} * * *"  # every second, but only in this hour (and the next) there
    answer = await client.post("/api/v1/settings/box_autoupdate_pattern", headers=headers, json={"pattern": pattern})
    assert answer.status_code == 200, answer.text
    job = await _schedule(client, headers, "boxAutoupdate")
    assert datetime.fromisoformat(job["nextRunTime"]).astimezone(ZoneInfo(ZONE)).hour in (hour, (hour + 1) % 24)

    for _ in range(600):
        if await Task.filter(type="update", state="success").count() >= 2:
            break
        await asyncio.sleep(0.1)
    answer = await client.post("/api/v1/settings/box_autoupdate_pattern", headers=headers, json={"pattern": "never"})
    assert answer.status_code == 200
    assert (await _schedule(client, headers, "boxAutoupdate"))["nextRunTime"] is None

    tasks = await Task.filter(type="update").order_by("id")
    assert len(tasks) >= 2
    for task in tasks:  # wait for the last one, then none may have overlapped another
        await _finished(task.id)
    tasks = await Task.filter(type="update").order_by("id")
    assert all(t.state == "success" for t in tasks), [(t.id, t.state, t.message) for t in tasks]
    for earlier, later in zip(tasks, tasks[1:], strict=False):
        assert later.created_at >= earlier.finished_at
    assert any("skipped, task" in record.getMessage() for record in caplog.records)

    # `never`: nothing more is enqueued.
    count = len(tasks)
    await asyncio.sleep(2.5)
    assert await Task.filter(type="update").count() == count


@pytest.mark.ansible
async def test_a_firing_cut_off_by_a_pattern_change_still_starts_its_task(client, server, monkeypatch, tmp_path):
    # Setting a pattern rebuilds the scheduler, which cancels the jobs it is running: a job halfway through
    # starting its task goes on, and the task runs (before, it could leave a queued task that nothing ran).
    entered, release = asyncio.Event(), asyncio.Event()

    async def start(context: scheduler.JobContext) -> Task:
        entered.set()
        await release.wait()
        return await catalogue.start(context.engine, context.settings, TICK, resource_id="tick", user=None,
                                     params=SleepVars(sleep_seconds=1, sleep_pid_file=str(tmp_path / "pid")))

    use_starter(monkeypatch, start, server.app.state.scheduler)
    headers = await owner_headers(client)
    every_second = await client.post("/api/v1/settings/box_autoupdate_pattern", headers=headers,
                                     json={"pattern": "* * * * * *"})
    assert every_second.status_code == 200, every_second.text
    await asyncio.wait_for(entered.wait(), timeout=30)
    never = await client.post("/api/v1/settings/box_autoupdate_pattern", headers=headers, json={"pattern": "never"})
    assert never.status_code == 200, never.text
    release.set()
    for _ in range(300):
        started = await Task.filter(type="update").all()
        if started:
            break
        await asyncio.sleep(0.1)
    assert len(started) == 1, started
    task = await _finished(started[0].id)
    assert task.state == "success", (task.state, task.message)


@pytest.mark.ansible
async def test_a_restart_keeps_the_schedule_and_makes_up_one_missed_run(settings, ticking):
    first = Server(settings)
    await first.start()
    async with httpx.AsyncClient(base_url=first.url, timeout=60) as client:
        headers = await owner_headers(client)
        await client.post("/api/v1/settings/time_zone", headers=headers, json={"timeZone": "America/New_York"})
        await client.post("/api/v1/settings/box_autoupdate_pattern", headers=headers,
                          json={"pattern": "0 0 4 * * *"})
        before = await _schedule(client, headers, "boxAutoupdate")
        # As if the service had been down for three days: three daily runs missed.
        await set_setting("schedule_runs", {"boxAutoupdate": {
            "at": (datetime.now(UTC) - timedelta(days=3)).isoformat(), "schedule": "0 0 4 * * * @ America/New_York"}})
    await first.stop()

    second = Server(settings)
    await second.start()
    try:
        async with httpx.AsyncClient(base_url=second.url, timeout=60) as client:
            headers = {"Authorization": headers["Authorization"]}
            after = await _schedule(client, headers, "boxAutoupdate")
            assert (after["pattern"], after["timeZone"]) == ("0 0 4 * * *", "America/New_York")
            for _ in range(600):
                tasks = await Task.filter(type="update")
                if tasks and not tasks[0].active:
                    break
                await asyncio.sleep(0.1)
            assert len(tasks) == 1 and tasks[0].state == "success"
            after = await _schedule(client, headers, "boxAutoupdate")
            assert after["nextRunTime"] == before["nextRunTime"]
            assert await Task.filter(type="update").count() == 1
    finally:
        await second.stop()
