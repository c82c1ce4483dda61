"""A workflow build's DAG as build_progress moves it, on real rows: a step is ready when every dependency
succeeded; a failure skips everything after it (transitively) and leaves independent steps running; the build
ends once nothing is left, SUCCESS only when every step succeeded; a second end of a step changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from service.domains.projects.models import Project
from service.domains.workflows import artifacts, build_progress, step_logs
from service.domains.workflows.build_models import (
    BuildRunner,
    BuildState,
    StepState,
    WorkflowBuild,
    WorkflowBuildStep,
)
from tests.factories import owner_headers
from tests.workflows.helpers import project

pytestmark = pytest.mark.usefixtures("workflow_tables")


async def make_build(project_id: str, steps: dict[str, list[str]], *, runs_on: list[str] | None = None,
                     status: BuildState = BuildState.RUNNING) -> tuple[WorkflowBuild, dict[str, WorkflowBuildStep]]:
    """A build of the given steps ({name: dependencies}); `runs_on` None: steps Containr runs on the node."""
    owner_project = await Project.get(id=project_id)
    number = await WorkflowBuild.filter(project=owner_project).count() + 1
    build = await WorkflowBuild.create(project=owner_project, workflow_name="ci", number=number, status=status)
    made = {}
    for position, (name, deps) in enumerate(steps.items()):
        spec: dict[str, Any] = {"dependsOn": deps, "runScript": "true", "runsOn": runs_on or []}
        made[name] = await WorkflowBuildStep.create(build=build, position=position, name=name,
                                                    image_url="registry.test/ci/b:1", spec=spec)
    return build, made


async def statuses(build: WorkflowBuild) -> dict[str, str]:
    return {s.name: s.status.value for s in await WorkflowBuildStep.filter(build=build).order_by("position")}


async def test_ready_and_dependents_follow_the_graph(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    build, steps = await make_build(shop["id"], {"a": [], "b": [], "c": ["a", "b"], "d": ["c"], "e": ["a"]},
                                    runs_on=["gpu"])
    rows = list(steps.values())
    assert [name for name, s in steps.items() if build_progress.ready(s, rows, build)] == ["a", "b"]
    steps["a"].status = StepState.SUCCESS
    assert [name for name, s in steps.items() if build_progress.ready(s, rows, build)] == ["b", "e"]
    steps["b"].status = StepState.SUCCESS
    assert build_progress.ready(steps["c"], rows, build)
    build.status = BuildState.PENDING  # a build not running yet has no ready step
    assert not build_progress.ready(steps["c"], rows, build)
    assert build_progress.dependents("a", rows) == {"c", "d", "e"}
    assert build_progress.dependents("c", rows) == {"d"}
    assert build_progress.dependents("d", rows) == set()


async def test_a_failure_skips_what_follows_and_the_build_ends_when_nothing_is_left(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    build, steps = await make_build(shop["id"], {"a": [], "b": [], "c": ["a", "b"], "d": ["c"], "e": ["a"]},
                                    runs_on=["gpu"])
    for name in ("a", "b", "e"):
        await WorkflowBuildStep.filter(id=steps[name].id).update(status=StepState.RUNNING)
    assert await build_progress.step_ended(steps["a"], status=StepState.SUCCESS, exit_code=0, error="",
                                           artifacts=[{"path": "out", "size": 1, "sha256": "0" * 64}])
    assert await build_progress.step_ended(steps["b"], status=StepState.FAILED, exit_code=2,
                                           error="The step's script exited with code 2", artifacts=[])
    assert await statuses(build) == {"a": "SUCCESS", "b": "FAILED", "c": "SKIPPED", "d": "SKIPPED", "e": "RUNNING"}
    assert (await WorkflowBuild.get(id=build.id)).status == BuildState.RUNNING  # e still runs
    # A second end of the same step (a runner's complete after the run's hook) changes nothing.
    assert not await build_progress.step_ended(steps["b"], status=StepState.SUCCESS, exit_code=0, error="",
                                               artifacts=[])
    assert await build_progress.step_ended(steps["e"], status=StepState.SUCCESS, exit_code=0, error="",
                                           artifacts=[])
    ended = await WorkflowBuild.get(id=build.id)
    assert (ended.status, ended.error) == (BuildState.FAILED, "step b: The step's script exited with code 2")
    assert ended.finished_at is not None
    b = await WorkflowBuildStep.get(id=steps["b"].id)
    a = await WorkflowBuildStep.get(id=steps["a"].id)
    assert (b.exit_code, b.error, a.artifacts) == (2, "The step's script exited with code 2",
                                                   [{"path": "out", "size": 1, "sha256": "0" * 64}])
    assert not await build_progress.finish_if_done(ended)  # ended once


async def test_a_build_whose_steps_all_succeed_succeeds(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    build, steps = await make_build(shop["id"], {"a": [], "b": ["a"]}, runs_on=["gpu"])
    for name in ("a", "b"):
        await WorkflowBuildStep.filter(id=steps[name].id).update(status=StepState.RUNNING)
        assert await build_progress.step_ended(steps[name], status=StepState.SUCCESS, exit_code=0, error="",
                                               artifacts=[])
    ended = await WorkflowBuild.get(id=build.id)
    assert (ended.status, ended.error) == (BuildState.SUCCESS, "")


async def test_a_node_step_that_cannot_start_fails_naming_why_and_skips_its_dependents(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    # A build without a node whose steps run on the node: its first step's run cannot start.
    build, _ = await make_build(shop["id"], {"a": [], "b": ["a"]}, status=BuildState.PENDING)
    assert await build_progress.begin(build)
    assert await statuses(build) == {"a": "FAILED", "b": "SKIPPED"}
    ended = await WorkflowBuild.get(id=build.id)
    assert ended.status == BuildState.FAILED and "did not start" in ended.error
    assert not await build_progress.begin(ended)  # only a PENDING build begins


async def test_a_stop_ends_running_and_pending_steps_once(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    build, steps = await make_build(shop["id"], {"a": [], "b": ["a"]}, runs_on=["gpu"])
    await WorkflowBuildStep.filter(id=steps["a"].id).update(status=StepState.RUNNING)
    assert await build_progress.stop(build) == []
    assert await statuses(build) == {"a": "FAILED", "b": "SKIPPED"}
    assert (await WorkflowBuildStep.get(id=steps["a"].id)).error == "stopped"
    assert not await build_progress.step_ended(steps["a"], status=StepState.SUCCESS, exit_code=0, error="",
                                               artifacts=[])
    assert (await WorkflowBuild.get(id=build.id)).error == "stopped"


async def test_at_start_up_a_running_build_left_with_nothing_to_run_ends(client, server):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    build, steps = await make_build(shop["id"], {"a": [], "b": ["a"]}, runs_on=["gpu"])
    await WorkflowBuildStep.filter(build=build).update(status=StepState.SUCCESS)  # ended while the service was down
    waiting, _ = await make_build(shop["id"], {"a": []}, runs_on=["gpu"])
    await build_progress.resume(server.app.state)
    assert (await WorkflowBuild.get(id=build.id)).status == BuildState.SUCCESS
    assert (await WorkflowBuild.get(id=waiting.id)).status == BuildState.RUNNING  # its step waits for a runner


async def test_only_the_last_builds_keep_their_artifacts_and_runner_logs(client, server):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    runner = await BuildRunner.create(name="gpu-box", labels=["gpu"], token_hash="0" * 64)
    made = []
    for _ in range(artifacts.KEEP_BUILDS + 1):
        build, steps = await make_build(shop["id"], {"a": []}, runs_on=["gpu"])
        step = steps["a"]
        await WorkflowBuildStep.filter(id=step.id).update(status=StepState.RUNNING, runner=runner)
        folder = artifacts.step_dir(server.settings, build.id, step.id)
        folder.mkdir(parents=True)
        (folder / "out.txt").write_text("made\n")
        step_logs.append(server.settings, step.id, "hello from the runner\n")
        made.append((build, step, folder))
        assert await build_progress.step_ended(step, status=StepState.SUCCESS, exit_code=0, error="",
                                               artifacts=artifacts.listing(folder))
    (oldest, oldest_step, oldest_folder), *kept = made
    assert not oldest_folder.exists() and not step_logs.store(server.settings).path(oldest_step.id).exists()
    for _, step, folder in kept:
        assert (folder / "out.txt").read_text() == "made\n"
        assert [line.text for line in step_logs.read(server.settings, step.id)] == ["hello from the runner"]
    assert (await WorkflowBuild.get(id=oldest.id)).status == BuildState.SUCCESS, "the build's record stays"
