"""Steps taken by external runners that will not end by themselves: every minute, a runner step whose runner was
deleted, has not called in for LOST_AFTER, or has run past its timeout (plus GRACE) ends FAILED, naming why, and
the build moves on as after any failure. No task: the sweep changes rows only."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from service.domains.workflows import build_progress
from service.domains.workflows.build_models import BuildRunner, StepState, WorkflowBuildStep
from service.tasks import scheduler
from service.tasks.models import Task

log = logging.getLogger(__name__)
INTERVAL = 60  # seconds between two sweeps
LOST_AFTER = timedelta(minutes=5)  # `containr runner` calls in every few seconds while it runs a step
GRACE = timedelta(minutes=2)  # a runner kills the script at its timeout; this leaves it time to complete
TASK_TYPE = "buildRunnersWatch"  # no task of this type is ever made: the job never waits for one


def _why(step: WorkflowBuildStep, runner: BuildRunner | None, now: datetime) -> str | None:
    if runner is None:
        return "its runner was deleted while it ran the step"
    seen = runner.last_seen_at or step.started_at
    if seen is not None and now - seen > LOST_AFTER:
        return f"runner {runner.name} lost: no word from it for {int((now - seen).total_seconds() // 60)} minutes"
    timeout = (step.spec or {}).get("timeoutSeconds")
    if timeout and step.started_at is not None and now - step.started_at > timedelta(seconds=int(timeout)) + GRACE:
        return f"timed out after {int(timeout)} s on runner {runner.name}"
    return None


async def sweep(now: datetime | None = None) -> list[str]:
    """End the runner steps that will not end by themselves; their names, as `build <id>: <step>`."""
    now = now or datetime.now(UTC)
    ended: list[str] = []
    running = await WorkflowBuildStep.filter(status=StepState.RUNNING, task_id__isnull=True).prefetch_related("runner")
    for step in running:
        if not (step.spec or {}).get("runsOn"):
            continue  # a step run on the node: its task ends it
        why = _why(step, step.runner, now)
        if why is None:
            continue
        if await build_progress.step_ended(step, status=StepState.FAILED, exit_code=None, error=why, artifacts=[]):
            log.warning("build %s, step %s: %s", step.build_id, step.name, why)
            ended.append(f"build {step.build_id}: {step.name}")
    return ended


async def _start(ctx: scheduler.JobContext) -> Task | None:
    await sweep()
    return None


async def _every() -> str:
    return scheduler.interval_pattern(INTERVAL)


JOBS = (scheduler.JobSpec("buildRunnersWatch", TASK_TYPE, _every, _start),)
