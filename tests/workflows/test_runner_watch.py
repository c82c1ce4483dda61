"""Runner steps that will not end by themselves: a deleted runner's, a silent runner's (LOST_AFTER) and one past
its timeout end FAILED naming why, the build moves on; a runner that calls in keeps its step, and steps run on the
node are its task's to end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from service.domains.workflows import runner_watch
from service.domains.workflows.build_models import BuildRunner, BuildState, StepState, WorkflowBuild, WorkflowBuildStep
from tests.factories import owner_headers
from tests.workflows.helpers import project
from tests.workflows.test_builds_dag import make_build

pytestmark = pytest.mark.usefixtures("workflow_tables")


async def _running(step: WorkflowBuildStep, runner: BuildRunner | None, *, started: datetime,
                   timeout: int | None = None) -> None:
    spec = {**step.spec, "timeoutSeconds": timeout} if timeout else step.spec
    await WorkflowBuildStep.filter(id=step.id).update(status=StepState.RUNNING, runner=runner, started_at=started,
                                                      spec=spec)


async def test_lost_deleted_and_overdue_runner_steps_end_failed_naming_why(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    now = datetime.now(UTC)
    busy = await BuildRunner.create(name="busy", labels=["gpu"], token_hash="1" * 64, last_seen_at=now)
    silent = await BuildRunner.create(name="silent", labels=["gpu"], token_hash="2" * 64,
                                      last_seen_at=now - timedelta(minutes=9))
    gone = await BuildRunner.create(name="gone", labels=["gpu"], token_hash="3" * 64, last_seen_at=now)
    build, steps = await make_build(shop["id"], {"ok": [], "lost": [], "deleted": [], "slow": [], "after": ["lost"]},
                                    runs_on=["gpu"])
    await _running(steps["ok"], busy, started=now - timedelta(hours=2))
    await _running(steps["lost"], silent, started=now - timedelta(minutes=10))
    await _running(steps["deleted"], gone, started=now - timedelta(minutes=1))
    await _running(steps["slow"], busy, started=now - timedelta(minutes=10), timeout=60)
    await gone.delete()
    node_build, node_steps = await make_build(shop["id"], {"on-node": []})
    await WorkflowBuildStep.filter(id=node_steps["on-node"].id).update(status=StepState.RUNNING,
                                                                       started_at=now - timedelta(hours=5))

    ended = await runner_watch.sweep(now)
    assert sorted(ended) == sorted(f"build {build.id}: {name}" for name in ("lost", "deleted", "slow"))
    rows = {s.name: s for s in await WorkflowBuildStep.filter(build=build)}
    assert rows["ok"].status == StepState.RUNNING, "a runner that calls in keeps its step however long it runs"
    assert (rows["lost"].status, rows["lost"].error) == (StepState.FAILED,
                                                         "runner silent lost: no word from it for 9 minutes")
    assert rows["deleted"].error == "its runner was deleted while it ran the step"
    assert rows["slow"].error == "timed out after 60 s on runner busy"
    assert rows["after"].status == StepState.SKIPPED
    assert (await WorkflowBuild.get(id=build.id)).status == BuildState.RUNNING, "ok still runs"
    assert (await WorkflowBuildStep.get(id=node_steps["on-node"].id)).status == StepState.RUNNING
    assert await runner_watch.sweep(now) == [], "a second sweep finds nothing more"

    await busy.delete()
    assert await runner_watch.sweep(now) == [f"build {build.id}: ok"]
    finished = await WorkflowBuild.get(id=build.id)
    assert finished.status == BuildState.FAILED and finished.finished_at is not None
    assert (await WorkflowBuild.get(id=node_build.id)).status == BuildState.RUNNING
