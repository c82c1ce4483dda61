"""A workflow build's progress through its DAG: the prepare run's end starts (or fails) the build, each step's
end records it, skips what depended on it when it failed, submits the steps now ready and ends the build once no
step is left to run; a stop ends everything. Every transition is a row update filtered on the old status, so a
second end of the same thing changes nothing."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from starlette.datastructures import State

from service.core.errors import Conflict
from service.domains.workflows import artifacts, build_context, step_logs
from service.domains.workflows.build_models import (
    BuildState,
    StepState,
    WorkflowBuild,
    WorkflowBuildStep,
)
from service.domains.workflows.build_steps import Runs, on_node, submit
from service.domains.workflows.build_vars import BUILD_RESOURCE, STEP_RESOURCE
from service.tasks.models import ACTIVE_STATES, Task, TaskState

log = logging.getLogger(__name__)

ACTIVE_BUILD = (BuildState.PENDING, BuildState.RUNNING)
ACTIVE_STEP = (StepState.PENDING, StepState.RUNNING)
STOPPED = "stopped"


def runs() -> Runs | None:
    state = build_context.state()
    if state is None:
        return None
    return Runs(engine=state.engine, settings=state.settings, nodes_box=state.nodes_box)


def ready(step: WorkflowBuildStep, steps: Iterable[WorkflowBuildStep], build: WorkflowBuild | None = None) -> bool:
    """PENDING and every dependency SUCCESS (and, when the build is given, the build RUNNING)."""
    if step.status != StepState.PENDING or (build is not None and build.status != BuildState.RUNNING):
        return False
    status = {other.name: other.status for other in steps}
    return all(status.get(name) == StepState.SUCCESS for name in (step.spec or {}).get("dependsOn") or [])


def dependents(name: str, steps: Iterable[WorkflowBuildStep]) -> set[str]:
    """The steps that depend on `name`, directly or through others."""
    needs = {step.name: set((step.spec or {}).get("dependsOn") or []) for step in steps}
    found: set[str] = set()
    pending = [name]
    while pending:
        current = pending.pop()
        for other, deps in needs.items():
            if current in deps and other not in found:
                found.add(other)
                pending.append(other)
    return found


def _now() -> datetime:
    return datetime.now(UTC)


async def _steps(build_id: Any) -> list[WorkflowBuildStep]:
    return await WorkflowBuildStep.filter(build_id=build_id).order_by("position")


def _reason(task: Task) -> str:
    if task.state == TaskState.STOPPED:
        return STOPPED
    return task.error_message or task.message or f"the run ended {task.state}"


async def begin(build: WorkflowBuild, *, commit: dict[str, str] | None = None) -> bool:
    """PENDING -> RUNNING (with the commit the prepare run checked out), then the ready steps submitted."""
    changes: dict[str, Any] = {"status": BuildState.RUNNING, "started_at": _now()}
    changes.update({key: value for key, value in (commit or {}).items() if value})
    if not await WorkflowBuild.filter(id=build.id, status=BuildState.PENDING).update(**changes):
        return False
    await build.refresh_from_db()
    await submit_ready(build)
    return True


async def prepared(task: Task) -> None:
    """The prepare run's finish hook: the build runs, or fails with the run's error and its steps skipped."""
    build = await WorkflowBuild.get_or_none(id=task.resource_id)
    if build is None:
        return
    if task.state == TaskState.SUCCESS:
        result = task.result or {}
        await begin(build, commit={"commit_hash": str(result.get("build_commit") or ""),
                                   "commit_message": str(result.get("build_commit_message") or ""),
                                   "commit_author": str(result.get("build_commit_author") or "")})
        return
    if task.state == TaskState.STOPPED:
        await _stop(build)
        return
    now = _now()
    if await WorkflowBuild.filter(id=build.id, status__in=ACTIVE_BUILD).update(
            status=BuildState.FAILED, error=_reason(task), finished_at=now):
        await WorkflowBuildStep.filter(build_id=build.id, status__in=ACTIVE_STEP).update(
            status=StepState.SKIPPED, finished_at=now)
        await _ended(build)


async def submit_ready(build: WorkflowBuild) -> None:
    """Start every step that runs on the node and is ready (the engine runs them side by side up to its limit);
    a step whose run cannot start ends FAILED with the reason."""
    context = runs()
    if context is None:  # a hook run before the app started (recovery): resume() submits them once it has
        return
    steps = await _steps(build.id)
    for step in steps:
        if not on_node(step) or not ready(step, steps, build):
            continue
        if not await WorkflowBuildStep.filter(id=step.id, status=StepState.PENDING).update(
                status=StepState.RUNNING, started_at=_now()):
            continue  # taken meanwhile
        step.status = StepState.RUNNING
        try:
            task = await submit(context, build, step, steps)
        except Exception as exc:  # noqa: BLE001 - whatever refused the run is the step's failure, not a hook's
            log.warning("step %s of build %s did not start: %s", step.name, build.id, exc)
            await step_ended(step, status=StepState.FAILED, exit_code=None, error=f"the step did not start: {exc}",
                             artifacts=[])
            continue
        await WorkflowBuildStep.filter(id=step.id).update(task_id=task.id)


async def resume(state: State) -> None:
    """At start-up, once the app's state is known: the running builds' ready steps are submitted (a run that
    ended while the service was down was ended by the engine's recovery, before the engine could be reached),
    and a build left with nothing to run ends."""
    await build_context.remember(state)
    for build in await WorkflowBuild.filter(status=BuildState.RUNNING).order_by("created_at"):
        await submit_ready(build)
        await finish_if_done(build)


async def step_run_ended(task: Task) -> None:
    """build_step.yml's finish hook: the step's end as its run had it (exit code, the artifacts it left)."""
    step = await WorkflowBuildStep.get_or_none(id=task.resource_id)
    if step is None:
        return
    if task.state == TaskState.STOPPED:  # the stop of one of its runs stops the build
        await _stop(await step.build)
        return
    result = task.result or {}
    code = result.get("build_step_exit_code")
    exit_code = int(code) if isinstance(code, int | str) and str(code).lstrip("-").isdigit() else None
    succeeded = task.state == TaskState.SUCCESS
    if task.started_at is not None:
        step.started_at = task.started_at
    context = runs()
    # Digests of what may be large files: off the event loop.
    found = await asyncio.to_thread(artifacts.listing, artifacts.step_dir(context.settings, step.build_id, step.id)) \
        if context else []
    await step_ended(step, status=StepState.SUCCESS if succeeded else StepState.FAILED,
                     exit_code=exit_code if exit_code is not None else (0 if succeeded else None),
                     error="" if succeeded else _reason(task), artifacts=found)


async def step_ended(step: WorkflowBuildStep, *, status: StepState, exit_code: int | None, error: str,
                     artifacts: list[dict[str, Any]]) -> bool:
    """Record the step's end (once: False when it had ended already), skip what depends on it when it did not
    succeed, submit the steps now ready and end the build when nothing is left to run."""
    now = _now()
    if not await WorkflowBuildStep.filter(id=step.id, status__in=ACTIVE_STEP).update(
            status=status, exit_code=exit_code, error=error, artifacts=artifacts, finished_at=now,
            started_at=step.started_at or now):
        return False
    build = await WorkflowBuild.get(id=step.build_id)
    if status != StepState.SUCCESS:
        names = dependents(step.name, await _steps(build.id))
        if names:
            await WorkflowBuildStep.filter(build_id=build.id, name__in=sorted(names),
                                           status=StepState.PENDING).update(status=StepState.SKIPPED,
                                                                            finished_at=now)
    if build.status == BuildState.RUNNING:
        await submit_ready(build)
    await finish_if_done(build)
    return True


async def finish_if_done(build: WorkflowBuild) -> bool:
    """SUCCESS when every step succeeded, else FAILED with the first failure's error, once no step is left."""
    steps = await _steps(build.id)
    if any(step.status in ACTIVE_STEP for step in steps):
        return False
    failed = next((step for step in steps if step.status == StepState.FAILED), None)
    status = BuildState.SUCCESS if failed is None and all(s.status == StepState.SUCCESS for s in steps) \
        else BuildState.FAILED
    error = "" if failed is None else f"step {failed.name}: {failed.error or 'failed'}"
    if status == BuildState.FAILED and failed is None:
        error = "no step ran"
    if not await WorkflowBuild.filter(id=build.id, status__in=ACTIVE_BUILD).update(
            status=status, error=error, finished_at=_now()):
        return False
    await _ended(build)
    return True


async def stop(build: WorkflowBuild) -> list[int]:
    """End the build `stopped`: RUNNING steps FAILED, PENDING ones SKIPPED, every active run of it stopped
    (their ids answered). A build that has ended already is a 409."""
    stopped = await _stop(build)
    if stopped is None:
        raise Conflict(f"Build {build.number} has ended", code="not_active")
    return stopped


async def stop_quietly(build: WorkflowBuild) -> list[int] | None:
    """As stop(), and None for a build that has ended already."""
    return await _stop(build)


async def _stop(build: WorkflowBuild) -> list[int] | None:
    now = _now()
    if not await WorkflowBuild.filter(id=build.id, status__in=ACTIVE_BUILD).update(
            status=BuildState.FAILED, error=STOPPED, finished_at=now):
        return None
    await WorkflowBuildStep.filter(build_id=build.id, status=StepState.RUNNING).update(
        status=StepState.FAILED, error=STOPPED, finished_at=now)
    await WorkflowBuildStep.filter(build_id=build.id, status=StepState.PENDING).update(
        status=StepState.SKIPPED, finished_at=now)
    step_ids = [str(i) for i in await WorkflowBuildStep.filter(build_id=build.id).values_list("id", flat=True)]
    active = await Task.filter(state__in=list(ACTIVE_STATES), resource_type=BUILD_RESOURCE,
                               resource_id=str(build.id)).order_by("id")
    active += await Task.filter(state__in=list(ACTIVE_STATES), resource_type=STEP_RESOURCE,
                                resource_id__in=step_ids).order_by("id")
    context = runs()
    stopped = []
    for task in active:
        if context is None:
            break
        try:
            await context.engine.stop(task)
            stopped.append(task.id)
        except Conflict:  # it ended meanwhile
            continue
    await _ended(build)
    return stopped


async def _ended(build: WorkflowBuild) -> None:
    """A build ended: the artifacts of the project's builds older than the last KEEP_BUILDS go, and so do the logs
    runners sent for their steps (a step Containr ran has its task's log, kept as tasks' logs are)."""
    context = runs()
    if context is None:
        return
    newest_first = await WorkflowBuild.filter(project_id=build.project_id).order_by("-number") \
        .values_list("id", flat=True)
    older = list(newest_first[artifacts.KEEP_BUILDS:])
    artifacts.remove(context.settings, older)
    if older:
        runner_steps = await WorkflowBuildStep.filter(build_id__in=older, runner_id__not_isnull=True) \
            .values_list("id", flat=True)
        step_logs.remove(context.settings, list(runner_steps))
