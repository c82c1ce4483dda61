"""Scheduled work: APScheduler 3 jobs, in the instance's time zone, that only enqueue tasks.

Each job is rebuilt from the settings at start-up and whenever one of them changes. A job is skipped (and
the service log says so) while the previous task of its type is still active, so runs never pile up; runs
missed while the service was down are made up for by one run at start-up.

With several instances on one database, the jobs run only in the process that holds the "scheduler" lease
(service/tasks/leases.py); the others answer the patterns and wait to take it over. A pattern changed through
another instance takes effect at the holder's next renewal (one worker heartbeat) at the latest.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger

from service.config import Settings
from service.core import cron
from service.core.errors import ApiError
from service.core.settings_store import get_setting, set_setting
from service.tasks import TaskEngine
from service.tasks.leases import LeaseKeeper
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)
LEASE = "scheduler"


@dataclass(frozen=True)
class JobContext:
    engine: TaskEngine
    settings: Settings


# Enqueues one run of a job through the action catalogue and returns its task (None: nothing to do this time).
Starter = Callable[[JobContext], Awaitable[Task | None]]
# Reads the settings and answers the job's pattern (a cron pattern, "every N s", or "never").
PatternSource = Callable[[], Awaitable[str]]


@dataclass(frozen=True)
class JobSpec:
    id: str
    task_type: str  # a job is skipped while a task of this type is active
    pattern: PatternSource
    starter: Starter | None = None  # None: nothing in this installation performs its tasks yet


async def setting_pattern(key: str) -> str:
    return str(await get_setting(key))


def interval_pattern(seconds: int) -> str:
    return f"every {seconds} s"


def _trigger(pattern: str, timezone: tzinfo, anchor: datetime) -> BaseTrigger | None:
    if pattern.startswith("every "):
        # An interval keeps its grid across restarts: it counts from the last run, not from the start-up.
        return IntervalTrigger(seconds=int(pattern.split()[1]), start_date=anchor, timezone=timezone)
    return cron.parse(pattern, timezone)


@dataclass
class ScheduledJob:
    id: str
    task_type: str
    pattern: str
    next_run_time: datetime | None


class Scheduler:
    def __init__(self, engine: TaskEngine, settings: Settings, *, jobs: Iterable[JobSpec],
                 holder: str | None = None) -> None:
        self._context = JobContext(engine=engine, settings=settings)
        self.jobs_by_id: dict[str, JobSpec] = {}
        for spec in jobs:
            if spec.id in self.jobs_by_id:
                raise ValueError(f"scheduled job {spec.id} is declared twice")
            self.jobs_by_id[spec.id] = spec
        self._scheduler: AsyncIOScheduler | None = None
        self._patterns: dict[str, str] = {}
        self._schedules: dict[str, str] = {}  # pattern and zone of each job, as its runs are recorded
        self._zone_name = "UTC"
        self._lock = asyncio.Lock()
        self._firing: set[asyncio.Task[None]] = set()  # held here: a shielded firing outlives its job
        self._next_runs: dict[str, datetime | None] = {}  # answered while another process runs the jobs
        # Renewed every heartbeat: a holder that dies is replaced within three.
        self._keeper = LeaseKeeper(LEASE, ttl=3 * settings.worker_heartbeat, holder=holder,
                                   on_gained=self.rebuild, on_lost=self._lost, on_renewed=self._renewed)

    @property
    def time_zone(self) -> str:
        return self._zone_name

    @property
    def holds_lease(self) -> bool:
        return self._keeper.held

    async def start(self) -> None:
        """Take the lease if it is free (the jobs are scheduled when this returns) and keep trying; without it,
        only answer the patterns."""
        await self._keeper.start()
        if not self._keeper.held:
            await self.rebuild()

    def shutdown(self) -> None:
        """Stop at once, synchronously: the lease expires by itself (close() gives it up)."""
        self._keeper.abandon()
        self._stop_jobs()

    async def close(self) -> None:
        """Stop, and give the lease up so that another instance takes the jobs over at its next try."""
        await self._keeper.close()
        self._stop_jobs()

    def _stop_jobs(self) -> None:
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None and scheduler.running:
            for job in scheduler.get_jobs():
                self._next_runs[job.id] = job.next_run_time
            scheduler.shutdown(wait=False)

    async def _lost(self) -> None:
        async with self._lock:
            self._stop_jobs()

    async def _renewed(self) -> None:
        # A settings change made through another instance rebuilt nothing here: the holder notices it now.
        if self._scheduler is None or await self._read_schedules() != self._schedules:
            await self.rebuild()

    async def _read_schedules(self) -> dict[str, str]:
        zone = str(await get_setting("time_zone"))
        return {spec.id: f"{await spec.pattern()} @ {zone}" for spec in self.jobs_by_id.values()}

    async def rebuild(self) -> None:
        """Drop every job and add them again from the settings (and the zone) as they are now. Without the lease,
        only the patterns and their next runs are read: nothing is scheduled or written here."""
        async with self._lock:
            self._zone_name = str(await get_setting("time_zone"))
            timezone = cron.zone(self._zone_name)
            runs: dict[str, Any] = dict(await get_setting("schedule_runs") or {})
            self._stop_jobs()
            scheduler = AsyncIOScheduler(timezone=timezone) if self._keeper.held else None
            now = datetime.now(UTC)
            self._patterns, self._schedules, self._next_runs = {}, {}, {}
            for spec in self.jobs_by_id.values():
                pattern = await spec.pattern()
                schedule = f"{pattern} @ {self._zone_name}"
                self._patterns[spec.id], self._schedules[spec.id] = pattern, schedule
                record = runs.get(spec.id)
                # Runs are made up only for the schedule they were missed under: a new or changed one counts
                # from now, so that setting a pattern never fires a run at once.
                same = isinstance(record, dict) and record.get("schedule") == schedule
                last = datetime.fromisoformat(record["at"]) if same else None
                if last is None:
                    runs[spec.id] = {"at": now.isoformat(), "schedule": schedule}
                trigger = _trigger(pattern, timezone, last or now)
                if trigger is None:
                    continue
                if scheduler is None:
                    self._next_runs[spec.id] = trigger.get_next_fire_time(None, now)
                    continue
                # The last run recorded by whichever instance held the lease: after a hand-over, a run the old
                # holder recorded is not fired again, and runs missed in between are made up for by one.
                first = trigger.get_next_fire_time(None, last + timedelta(microseconds=1)) if last else None
                missed = first is not None and first < now
                scheduler.add_job(self._fire, trigger, args=[spec.id], id=spec.id, name=spec.id,
                                  coalesce=True, max_instances=1, misfire_grace_time=None, replace_existing=True,
                                  **({"next_run_time": now} if missed else {}))
                if missed:
                    log.info("schedule %s: a run was missed while the service was down; running it now", spec.id)
            if scheduler is None:
                return
            await set_setting("schedule_runs", runs)
            scheduler.start()
            self._scheduler = scheduler

    def jobs(self) -> list[ScheduledJob]:
        scheduler = self._scheduler
        listed = []
        for spec in self.jobs_by_id.values():
            job = scheduler.get_job(spec.id) if scheduler is not None else None
            next_run = job.next_run_time if job is not None else self._next_runs.get(spec.id)
            listed.append(ScheduledJob(id=spec.id, task_type=spec.task_type,
                                       pattern=self._patterns.get(spec.id, cron.NEVER),
                                       next_run_time=next_run.astimezone(UTC) if next_run else None))
        return listed

    async def _fire(self, job_id: str) -> None:
        # A rebuild (any change of a pattern or of the zone) shuts the old scheduler down, and that cancels the
        # jobs it is running: the firing goes on regardless, so that it never stops halfway through starting its
        # task (a recorded task that nothing runs, records of a backup without their run).
        firing = asyncio.ensure_future(self._fire_now(job_id))
        self._firing.add(firing)
        firing.add_done_callback(self._firing.discard)
        await asyncio.shield(firing)

    async def _fire_now(self, job_id: str) -> None:
        try:
            # Renewed first: a holder that lost the lease (a stall longer than its ttl) must not fire a run that
            # the new holder fires too.
            if not await self._keeper.try_now():
                log.info("schedule %s: not fired, this process does not hold the scheduler lease", job_id)
                return
            await self._record_run(job_id)
            await self.run_job(job_id)
        except Exception:  # a job that fails must not take the scheduler down; it is our bug, logged
            log.exception("schedule %s: failed to start", job_id)

    async def _record_run(self, job_id: str) -> None:
        runs: dict[str, Any] = dict(await get_setting("schedule_runs") or {})
        runs[job_id] = {"at": datetime.now(UTC).isoformat(), "schedule": self._schedules.get(job_id)}
        await set_setting("schedule_runs", runs)

    async def run_job(self, job_id: str) -> Task | None:
        """One firing: enqueue the job's task unless one of its type is still active."""
        spec = self.jobs_by_id[job_id]
        busy = await Task.filter(type=spec.task_type, state__in=[TaskState.QUEUED, TaskState.RUNNING]).first()
        if busy is not None:
            log.info("schedule %s: skipped, task %s (%s) is still active", job_id, busy.id, spec.task_type)
            return None
        starter = spec.starter
        if starter is None:
            log.info("schedule %s: skipped, nothing in this installation performs %s tasks yet",
                     job_id, spec.task_type)
            return None
        try:
            task = await starter(self._context)
        except ApiError as exc:  # busy resource, missing configuration: the reason is the message
            log.warning("schedule %s: skipped, %s", job_id, exc.message)
            return None
        if task is None:
            log.info("schedule %s: nothing to do", job_id)
            return None
        log.info("schedule %s: started task %s", job_id, task.id)
        return task
