"""The runner protocol's work: a runner claims the next step it may take (an atomic update of a PENDING row),
reads the step's facts, appends to its log, uploads its outputs and completes it; the build's progress is
build_progress's (the same `step_ended` Containr's own runs end in)."""

from __future__ import annotations

import itertools
import os
import shlex
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

from service.config import Settings
from service.core.errors import Conflict, Forbidden, Invalid, NotFound, TooLarge
from service.domains.workflows import artifacts, build_progress, step_logs
from service.domains.workflows.build_models import (
    BuildRunner,
    BuildState,
    StepState,
    WorkflowBuild,
    WorkflowBuildStep,
)
from service.domains.workflows.runner_schemas import Checkout, RunnerStep, StepComplete, StepCompleted
from service.domains.workflows.schemas import safe_relative

ARTIFACT_MAX = 1024 * 1024 * 1024  # bytes one uploaded output file may have
CLAIM_PAGE = 200  # pending steps read at a time by a claim, oldest builds first


def _serves(labels: set[str], step: WorkflowBuildStep) -> bool:
    wanted = (step.spec or {}).get("runsOn") or []
    return bool(wanted) and set(wanted) <= labels


async def claim(runner: BuildRunner, *, labels: list[str] | None = None) -> WorkflowBuildStep | None:
    """The oldest ready step the runner serves (with only `labels` of its labels, when given), now RUNNING on
    it; None when there is none.

    Two runners may pick the same row: the update filtered on PENDING lets one of them have it."""
    serves = set(runner.labels or []) & set(labels) if labels is not None else set(runner.labels or [])
    siblings: dict[UUID, list[WorkflowBuildStep]] = {}
    pending = WorkflowBuildStep.filter(status=StepState.PENDING, build__status=BuildState.RUNNING)
    # `runsOn` is inside the spec's JSON, which no query of both databases reads: pages, read in order.
    for offset in itertools.count(0, CLAIM_PAGE):
        candidates = await pending.order_by("build__created_at", "build_id", "position").offset(offset) \
            .limit(CLAIM_PAGE)
        for step in candidates:
            if not _serves(serves, step):
                continue
            if step.build_id not in siblings:
                siblings[step.build_id] = await WorkflowBuildStep.filter(build_id=step.build_id)
            if not build_progress.ready(step, siblings[step.build_id]):
                continue
            taken = await WorkflowBuildStep.filter(id=step.id, status=StepState.PENDING).update(
                status=StepState.RUNNING, runner_id=runner.id, started_at=datetime.now(UTC))
            if taken:
                return await WorkflowBuildStep.get(id=step.id)
        if len(candidates) < CLAIM_PAGE:
            return None
    return None


async def taken_step(runner: BuildRunner, step_id: UUID) -> WorkflowBuildStep:
    """The step, if this runner took it: 404 when there is no such step, 403 when another runner (or Containr)
    has it."""
    step = await WorkflowBuildStep.get_or_none(id=step_id)
    if step is None:
        raise NotFound(f"No build step {step_id}")
    if step.runner_id != runner.id:
        raise Forbidden("The step is not this runner's")
    return step


def _running(step: WorkflowBuildStep) -> None:
    if step.status != StepState.RUNNING:
        raise Conflict(f"The step is {step.status.value}, not RUNNING", code="not_running")


async def facts(step: WorkflowBuildStep) -> RunnerStep:
    build = await WorkflowBuild.get(id=step.build_id)
    spec = step.spec or {}
    return RunnerStep(step_id=step.id, build_id=build.id, project_id=build.project_id, name=step.name,
                      image=step.image_url, run_script=spec.get("runScript", ""), env=dict(spec.get("env") or {}),
                      cache_dirs=list(spec.get("cacheDirs") or []), output_paths=list(spec.get("outputPaths") or []),
                      timeout_seconds=spec.get("timeoutSeconds"),
                      checkout=Checkout(repo_url=build.repo_url, branch=build.branch, commit_hash=build.commit_hash))


def script(facts: RunnerStep) -> str:
    """Seed 004's answer: the step as one shell script, run in the step image with the checkout as its working
    directory (the caches, outputs and checkout are the runner's to handle)."""
    env = "".join(f"export {name}={shlex.quote(value)}\n" for name, value in facts.env.items())
    return (f"#!/bin/sh\n# Step {facts.name} of workflow build {facts.build_id}, in {facts.image}\n"
            f"set -e\n{env}{facts.run_script}\n")


def append_logs(settings: Settings, step: WorkflowBuildStep, text: str) -> int:
    _running(step)
    return step_logs.append(settings, step.id, text)


def _artifact_path(settings: Settings, step: WorkflowBuildStep, relative: str) -> Path:
    try:
        clean = safe_relative(relative)
    except ValueError as exc:
        raise Invalid(f"The artifact path {str(exc)}", details={"field": "path"}) from None
    folder = artifacts.step_dir(settings, step.build_id, step.id)
    spec_paths = (step.spec or {}).get("outputPaths") or []
    if not any(clean == p or clean.startswith(p + "/") for p in spec_paths):
        raise Invalid(f"{clean!r} is not inside one of the step's output paths", details={"field": "path"})
    return folder / clean


async def store_artifact(settings: Settings, step: WorkflowBuildStep, relative: str,
                         body: AsyncIterator[bytes]) -> int:
    """Write one uploaded file to the step's artifacts folder (by way of a temporary file, so that a cut upload
    leaves nothing); its size."""
    _running(step)
    target = _artifact_path(settings, step, relative)
    folder = artifacts.step_dir(settings, step.build_id, step.id)
    for parent in (artifacts.root(settings), folder.parent, folder):
        parent.mkdir(mode=0o700, exist_ok=True)
    if target.parent.is_symlink() or target.is_symlink() or target.is_dir():
        raise Invalid("The artifact path names a folder", details={"field": "path"})
    target.parent.mkdir(parents=True, mode=0o700, exist_ok=True)
    partial = target.with_name(f".{target.name}.{uuid4().hex}.part")
    size = 0
    try:
        with partial.open("wb") as handle:
            os.chmod(partial, 0o600)
            async for chunk in body:
                size += len(chunk)
                if size > ARTIFACT_MAX:
                    raise TooLarge(f"An artifact may have {ARTIFACT_MAX // (1024 * 1024)} MiB at most",
                                   details={"field": "path"})
                handle.write(chunk)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return size


def _missing(listed: list[dict[str, Any]], step: WorkflowBuildStep) -> str | None:
    """The first of the step's output paths no uploaded file is at or under."""
    paths = [item["path"] for item in listed]
    for wanted in (step.spec or {}).get("outputPaths") or []:
        if not any(path == wanted or path.startswith(wanted + "/") for path in paths):
            return wanted
    return None


async def complete(settings: Settings, step: WorkflowBuildStep, body: StepComplete) -> StepCompleted:
    """Record the runner's report: the last log lines, the outputs it uploaded, the step's end (a success whose
    output path was not uploaded is a failure, as on the node), then the build's progress."""
    _running(step)
    if body.logs:
        step_logs.append(settings, step.id, body.logs)
    listed = artifacts.listing(artifacts.step_dir(settings, step.build_id, step.id))
    status, error = StepState(body.status), ""
    if status == StepState.SUCCESS and (missing := _missing(listed, step)) is not None:
        status, error = StepState.FAILED, f"output path {missing} was not made"
    elif status == StepState.FAILED:
        error = (f"The step's script exited with code {body.exit_code}" if body.exit_code is not None
                 else "The runner reported the step failed")
    await build_progress.step_ended(step, status=status, exit_code=body.exit_code, error=error, artifacts=listed)
    step = await WorkflowBuildStep.get(id=step.id)
    build = await WorkflowBuild.get(id=step.build_id)
    return StepCompleted(success=step.status == StepState.SUCCESS, step_status=step.status.value,
                         build_complete=build.status in (BuildState.SUCCESS, BuildState.FAILED),
                         build_status=build.status.value)
