"""Build runners and the runner protocol through the API: admins make a runner whose token is shown once and kept
as a hash; a runner takes only steps whose labels it serves once their dependencies succeeded, reads its step,
appends to its log, uploads outputs and completes it, which ends the build; another runner gets 403, a wrong
token 401; the step's log and log stream answer what the runner appended; the token shows nowhere after."""

from __future__ import annotations

import asyncio
import hashlib
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from service.domains.workflows.build_models import (
    BuildRunner,
    BuildState,
    StepState,
    WorkflowBuild,
    WorkflowBuildStep,
)
from service.domains.workflows.models import Workflow
from tests.factories import owner_headers
from tests.sse import read_stream
from tests.workflows.helpers import project, step, step_image, user, workflows_url

pytestmark = pytest.mark.usefixtures("workflow_tables")

RUNNERS = "/api/v1/build-runners"


async def make_runner(client: httpx.AsyncClient, admin: dict[str, str], name: str,
                      labels: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    made = await client.post(RUNNERS, headers=admin, json={"name": name, "labels": labels})
    assert made.status_code == 201, made.text
    return made.json(), {"Authorization": f"Bearer {made.json()['token']}"}


async def runner_build(client: httpx.AsyncClient, headers: dict[str, str], shop: dict[str, Any],
                       steps: list[dict[str, Any]]) -> WorkflowBuild:
    """A workflow of these steps and a running build of it: started through the API when every step has
    `runsOn` (such a build needs no node and runs at once); otherwise its rows as a prepare run that succeeded
    leaves them (no node here to prepare)."""
    made = await client.post(workflows_url(shop["id"]), headers=headers, json={"name": "ci", "steps": steps})
    assert made.status_code == 201, made.text
    checkout = {"repoUrl": "https://git.test/shop.git", "branch": "main", "commitHash": "a" * 40}
    if all(spec.get("runsOn") for spec in steps):
        started = await client.post(f"/api/v1/projects/{shop['id']}/workflow-builds", headers=headers,
                                    json={"workflowId": made.json()["id"], **checkout})
        assert started.status_code == 202, started.text
        assert (started.json()["build"]["status"], started.json()["taskId"]) == ("RUNNING", None)
        return await WorkflowBuild.get(id=started.json()["build"]["id"])
    workflow = await Workflow.get(id=made.json()["id"])
    build = await WorkflowBuild.create(project_id=shop["id"], workflow=workflow, workflow_name=workflow.name,
                                       number=1, status=BuildState.RUNNING, repo_url=checkout["repoUrl"],
                                       branch="main", commit_hash="a" * 40, started_at=datetime.now(UTC))
    for position, spec in enumerate(workflow.steps):
        await WorkflowBuildStep.create(build=build, position=position, name=spec["name"],
                                       image_url="registry.test:5000/ci/builder:1", spec=spec)
    return build


async def world(client: httpx.AsyncClient, steps: list[dict[str, Any]]) -> tuple[dict[str, str], WorkflowBuild]:
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    return owner, await runner_build(client, owner, shop, steps)


def logs_url(build: WorkflowBuild, step_id: object) -> str:
    return f"/api/v1/workflow-builds/{build.id}/steps/{step_id}/logs"


async def test_admins_make_list_and_delete_runners_and_the_token_shows_once(client):
    owner = await owner_headers(client)
    made, runner = await make_runner(client, owner, "gpu-box", ["gpu", "linux", "gpu"])
    token = made["token"]
    assert token.startswith("crn_") and made["labels"] == ["gpu", "linux"] and made["lastSeenAt"] is None
    stored = await BuildRunner.get(id=made["id"])
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    listed = await client.get(RUNNERS, headers=owner)
    assert [r["name"] for r in listed.json()] == ["gpu-box"] and token not in listed.text
    again = await client.post(RUNNERS, headers=owner, json={"name": "gpu-box", "labels": []})
    assert (again.status_code, again.json()["details"]["field"]) == (409, "name")
    _, plain, _ = await user(client, "paul")
    assert (await client.get(RUNNERS, headers=plain)).status_code == 403
    assert (await client.post(RUNNERS, headers=plain, json={"name": "x", "labels": []})).status_code == 403
    assert (await client.post("/api/v1/runner/claim", headers=runner)).status_code == 204
    seen = (await client.get(RUNNERS, headers=owner)).json()[0]
    assert seen["lastSeenAt"] is not None
    assert (await client.delete(f"{RUNNERS}/{made['id']}", headers=owner)).status_code == 204
    assert (await client.post("/api/v1/runner/claim", headers=runner)).status_code == 401


@pytest.mark.parametrize("authorization", [None, "Bearer crn_wrong", "Bearer not-a-runner-token", "Basic x"])
async def test_a_wrong_token_is_401(client, authorization):
    owner, build = await world(client, [step("a", runsOn=["gpu"])])
    await make_runner(client, owner, "gpu-box", ["gpu"])
    headers = {"Authorization": authorization} if authorization else {}
    one = await WorkflowBuildStep.get(build=build)
    for method, path in (("POST", "/api/v1/runner/claim"), ("GET", f"/api/v1/runner/{one.id}"),
                         ("POST", f"/api/v1/runner/{one.id}/complete")):
        answer = await client.request(method, path, headers=headers, json={"status": "SUCCESS"})
        assert answer.status_code == 401, (method, path, answer.text)
    # A user's own token is not a runner's.
    assert (await client.post("/api/v1/runner/claim", headers=owner)).status_code == 401
    assert (await WorkflowBuildStep.get(id=one.id)).status == StepState.PENDING


async def test_a_runner_takes_only_steps_it_serves_once_their_dependencies_succeeded(client):
    owner, build = await world(client, [step("compile", runsOn=["gpu"], env={"CI": "1 2"}), step("node-step"),
                                        step("after", "node-step", runsOn=["gpu"]),
                                        step("arm", runsOn=["gpu", "arm64"])])
    _, cpu = await make_runner(client, owner, "cpu-box", ["linux"])
    made, gpu = await make_runner(client, owner, "gpu-box", ["gpu", "linux"])
    assert (await client.post("/api/v1/runner/claim", headers=cpu)).status_code == 204
    # A runner may narrow what it takes to some of its labels (`containr runner --labels`).
    narrowed = await client.post("/api/v1/runner/claim", headers=gpu, json={"labels": ["linux"]})
    assert narrowed.status_code == 204
    taken = await client.post("/api/v1/runner/claim", headers=gpu, json={"labels": ["gpu", "linux"]})
    assert taken.status_code == 200, taken.text
    facts = taken.json()
    assert (facts["name"], facts["buildId"], facts["image"], facts["runScript"]) == (
        "compile", str(build.id), "registry.test:5000/ci/builder:1", "echo compile")
    assert facts["checkout"] == {"repoUrl": "https://git.test/shop.git", "branch": "main", "commitHash": "a" * 40}
    row = await WorkflowBuildStep.get(id=facts["stepId"])
    assert (row.status, str(row.runner_id)) == (StepState.RUNNING, made["id"]) and row.started_at is not None
    assert (await client.get(f"/api/v1/runner/{row.id}", headers=gpu)).json() == facts
    # Seed 004 answers the step as a shell script: asked for as text, it is one.
    plain = await client.get(f"/api/v1/runner/{row.id}", headers={**gpu, "Accept": "text/plain"})
    assert plain.headers["content-type"].startswith("text/plain")
    assert plain.text.startswith("#!/bin/sh\n") and "export CI='1 2'\n" in plain.text
    assert plain.text.endswith("echo compile\n")
    # `after` waits for the node's step, `arm` for a runner serving arm64 too.
    assert (await client.post("/api/v1/runner/claim", headers=gpu)).status_code == 204
    await WorkflowBuildStep.filter(build=build, name="node-step").update(status=StepState.SUCCESS)
    assert (await client.post("/api/v1/runner/claim", headers=gpu)).json()["name"] == "after"


async def test_a_step_is_its_runners_alone(client):
    owner, build = await world(client, [step("a", runsOn=["gpu"])])
    _, first = await make_runner(client, owner, "first", ["gpu"])
    _, second = await make_runner(client, owner, "second", ["gpu"])
    step_id = (await client.post("/api/v1/runner/claim", headers=first)).json()["stepId"]
    assert (await client.post("/api/v1/runner/claim", headers=second)).status_code == 204
    for method, path, body in (("GET", f"/api/v1/runner/{step_id}", None),
                               ("POST", f"/api/v1/runner/{step_id}/logs", {"text": "intruder\n"}),
                               ("POST", f"/api/v1/runner/{step_id}/complete", {"status": "FAILED"})):
        answer = await client.request(method, path, headers=second, json=body)
        assert answer.status_code == 403, (method, path, answer.text)
    put = await client.put(f"/api/v1/runner/{step_id}/artifacts/dist/x", headers=second, content=b"x")
    assert put.status_code == 403
    nothing = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"
    assert (await client.get(f"/api/v1/runner/{nothing}", headers=first)).status_code == 404
    assert (await client.get(logs_url(build, step_id), headers=owner)).text == ""
    assert (await WorkflowBuildStep.get(id=step_id)).status == StepState.RUNNING


async def test_a_completed_step_ends_the_build_with_its_log_and_outputs(client):
    owner, build = await world(client, [step("a", runsOn=["gpu"], outputPaths=["dist"])])
    made, runner = await make_runner(client, owner, "gpu-box", ["gpu"])
    step_id = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    base = f"/api/v1/runner/{step_id}"
    assert (await client.post(f"{base}/logs", headers=runner, json={"text": "one\ntwo\n"})).status_code == 204
    outside = await client.put(f"{base}/artifacts/elsewhere/x", headers=runner, content=b"x")
    assert (outside.status_code, outside.json()["details"]["field"]) == (422, "path")
    upward = await client.put(f"{base}/artifacts/dist/%2e%2e/%2e%2e/x", headers=runner, content=b"x")
    assert upward.status_code in (404, 422), upward.text
    put = await client.put(f"{base}/artifacts/dist/app.txt", headers=runner, content=b"built\n")
    assert put.status_code == 204, put.text
    done = await client.post(f"{base}/complete", headers=runner,
                             json={"status": "success", "exitCode": 0, "logs": "three", "outputPaths": ["dist"]})
    assert done.status_code == 200, done.text
    assert done.json() == {"success": True, "stepStatus": "SUCCESS", "buildComplete": True,
                           "buildStatus": "SUCCESS"}
    row = await WorkflowBuildStep.get(id=step_id)
    assert (row.exit_code, row.artifacts) == (0, [{"path": "dist/app.txt", "size": 6, "sha256": hashlib.sha256(
        b"built\n").hexdigest()}])
    assert (await WorkflowBuild.get(id=build.id)).status == BuildState.SUCCESS
    text = (await client.get(logs_url(build, step_id), headers=owner)).text
    assert [line.split(" ", 1)[1] for line in text.splitlines()] == ["one", "two", "three"]
    stream = await read_stream(client, logs_url(build, step_id) + "tream", headers=owner)
    assert [(e.id, e.text.split(" ", 1)[1]) for e in stream.lines] == [(1, "one"), (2, "two"), (3, "three")]
    assert stream.end is not None and stream.end.json()["status"] == "SUCCESS"
    resumed = await read_stream(client, logs_url(build, step_id) + "tream", headers={**owner, "Last-Event-ID": "2"})
    assert [e.id for e in resumed.lines] == [3]
    again = await client.post(f"{base}/complete", headers=runner, json={"status": "FAILED"})
    assert again.status_code == 409
    late = await client.post(f"{base}/logs", headers=runner, json={"text": "late"})
    assert late.status_code == 409
    for answer in (await client.get(RUNNERS, headers=owner), await client.get(logs_url(build, step_id),
                                                                             headers=owner)):
        assert made["token"] not in answer.text


async def test_a_failed_step_fails_the_build_and_a_missing_output_fails_the_step(client):
    owner, build = await world(client, [step("a", runsOn=["gpu"]), step("b", runsOn=["gpu"], outputPaths=["out"])])
    _, runner = await make_runner(client, owner, "gpu-box", ["gpu"])
    first = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    second = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    failed = await client.post(f"/api/v1/runner/{first}/complete", headers=runner,
                               json={"status": "FAILED", "exitCode": 3})
    assert (failed.status_code, failed.json()["stepStatus"], failed.json()["buildComplete"]) == (200, "FAILED", False)
    no_output = await client.post(f"/api/v1/runner/{second}/complete", headers=runner, json={"status": "SUCCESS"})
    assert no_output.json() == {"success": False, "stepStatus": "FAILED", "buildComplete": True,
                                "buildStatus": "FAILED"}
    rows = {row.name: row for row in await WorkflowBuildStep.filter(build=build)}
    assert (rows["a"].exit_code, rows["a"].error) == (3, "The step's script exited with code 3")
    assert rows["b"].error == "output path out was not made"
    assert (await WorkflowBuild.get(id=build.id)).status == BuildState.FAILED


async def test_step_logs_are_the_project_members_alone(client):
    owner, build = await world(client, [step("a", runsOn=["gpu"])])
    _, runner = await make_runner(client, owner, "gpu-box", ["gpu"])
    step_id = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    await client.post(f"/api/v1/runner/{step_id}/logs", headers=runner, json={"text": "hello"})
    viewer_id, viewer, _ = await user(client, "vera")
    _, outsider, _ = await user(client, "otto")
    added = await client.post(f"/api/v1/projects/{build.project_id}/members", headers=owner,
                              json={"userId": viewer_id, "role": "viewer"})
    assert added.status_code == 201, added.text
    assert (await client.get(logs_url(build, step_id), headers=viewer)).text.endswith(" hello\n")
    for path in (logs_url(build, step_id), logs_url(build, step_id) + "tream"):
        assert (await client.get(path, headers=outsider)).status_code == 404
    other = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"
    assert (await client.get(logs_url(build, other), headers=owner)).status_code == 404


async def test_a_runners_polls_and_log_lines_are_not_on_the_audit_record(client):
    """A runner asks every few seconds and sends lines as they come: an ask that took nothing and its log lines
    are left out of the audit log; taking a step and completing it are on it, without the token."""
    from service.core.models import AuditRecord

    owner, _ = await world(client, [step("a", runsOn=["gpu"])])
    made, runner = await make_runner(client, owner, "gpu-box", ["gpu"])
    assert (await client.post("/api/v1/runner/claim", headers=runner, json={"labels": ["linux"]})).status_code == 204
    step_id = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    assert (await client.post(f"/api/v1/runner/{step_id}/logs", headers=runner, json={"text": "x"})).status_code == 204
    assert (await client.post(f"/api/v1/runner/{step_id}/complete", headers=runner,
                              json={"status": "SUCCESS"})).status_code == 200
    for _ in range(500):  # written after each answer
        if await AuditRecord.exists(action="runner.complete"):
            break
        await asyncio.sleep(0.01)
    records = await AuditRecord.filter(action__startswith="runner.").order_by("id")
    assert [(r.action, r.status, r.target_kind, r.target_id) for r in records] == [
        ("runner.claim", 200, "workflow_build_step", step_id),
        ("runner.complete", 200, "workflow_build_step", step_id)]
    assert not any(made["token"] in repr(r.__dict__) for r in await AuditRecord.all())


async def test_an_output_may_pass_the_json_body_limit_at_any_depth(client):
    owner, _ = await world(client, [step("a", runsOn=["gpu"], outputPaths=["dist"])])
    _, runner = await make_runner(client, owner, "gpu-box", ["gpu"])
    step_id = (await client.post("/api/v1/runner/claim", headers=runner)).json()["stepId"]
    big = b"\x00" * (3 * 1024 * 1024)
    for path in ("dist/big.bin", "dist/deep/er/still/big.bin"):
        put = await client.put(f"/api/v1/runner/{step_id}/artifacts/{path}", headers=runner, content=big)
        assert put.status_code == 204, (path, put.text)
    done = await client.post(f"/api/v1/runner/{step_id}/complete", headers=runner, json={"status": "SUCCESS"})
    row = await WorkflowBuildStep.get(id=step_id)
    assert done.json()["stepStatus"] == "SUCCESS"
    assert sorted((a["path"], a["size"]) for a in row.artifacts) == [
        ("dist/big.bin", len(big)), ("dist/deep/er/still/big.bin", len(big))]
