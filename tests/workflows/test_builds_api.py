"""Workflow builds through the API without a node run: each refusal names its field and records nothing; a
build of steps that wait for a runner starts at once, numbered in its project, answered in seed 004's shape,
listed a page at a time; viewers read, outsiders see nothing, the starter or an admin stops it; a step's
artifacts are listed and downloaded, and no path leads outside its folder."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from service.domains.workflows import artifacts, build_progress
from service.domains.workflows.build_models import StepState, WorkflowBuild, WorkflowBuildStep
from tests.factories import owner_headers
from tests.workflows.helpers import field, project, step, step_image, user, workflows_url

pytestmark = pytest.mark.usefixtures("workflow_tables")

BUILD_FIELDS = {"id", "projectId", "workflowId", "workflowName", "number", "status", "error", "commitHash",
                "repoUrl", "branch", "commitMessage", "commitAuthor", "nodeId", "taskId", "createdAt", "startedAt",
                "finishedAt", "steps"}
STEP_FIELDS = {"id", "name", "status", "exitCode", "error", "startedAt", "finishedAt", "taskId", "runnerId",
               "imageUrl", "dependsOn", "runsOn", "artifacts"}


def builds_url(project_id: str) -> str:
    return f"/api/v1/projects/{project_id}/workflow-builds"


async def runner_workflow(client: httpx.AsyncClient, headers: dict[str, str], shop: dict[str, Any],
                          name: str = "ci") -> dict[str, Any]:
    """A workflow whose steps all wait for a runner labelled `gpu`: a, b, then c after both."""
    body = {"name": name, "steps": [step("a", runsOn=["gpu"]), step("b", runsOn=["gpu"]),
                                    step("c", "a", "b", runsOn=["gpu"], outputPaths=["dist"])]}
    made = await client.post(workflows_url(shop["id"]), headers=headers, json=body)
    assert made.status_code == 201, made.text
    return made.json()


async def member(client: httpx.AsyncClient, owner: dict[str, str], shop: dict[str, Any], name: str,
                 role: str) -> dict[str, str]:
    user_id, headers, _ = await user(client, name)
    added = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=owner,
                              json={"userId": user_id, "role": role})
    assert added.status_code == 201, added.text
    return headers


async def test_refusals_name_their_field_and_record_nothing(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    other = await project(client, owner, name="other")
    await step_image(shop["teamId"])
    mine = await runner_workflow(client, owner, shop)
    theirs = await runner_workflow(client, owner, other)
    node_step = await client.post(workflows_url(shop["id"]), headers=owner,
                                  json={"name": "on-node", "steps": [step("build")]})
    assert node_step.status_code == 201, node_step.text
    cases = [
        ({"workflowId": str(uuid.uuid4())}, "workflowId"),
        ({"workflowId": theirs["id"]}, "workflowId"),
        ({"workflowId": mine["id"], "repoUrl": "https://user:secret@git.example.com/a.git"}, ["repoUrl"]),
        ({"workflowId": mine["id"], "repoUrl": "ftp://git.example.com/a.git"}, ["repoUrl"]),
        ({"workflowId": mine["id"], "commitHash": "not-a-sha"}, ["commitHash"]),
        ({"workflowId": mine["id"], "branch": "-x"}, ["branch"]),
        ({"workflowId": node_step.json()["id"]}, "nodeId"),  # no nodeId and the project has no default node
        ({"workflowId": node_step.json()["id"], "nodeId": str(uuid.uuid4())}, "nodeId"),
        ({"workflowId": mine["id"], "gitProviderId": str(uuid.uuid4())}, "gitProviderId"),
    ]
    for body, named in cases:
        refused = await client.post(builds_url(shop["id"]), headers=owner, json=body)
        assert refused.status_code == 422, (body, refused.text)
        assert field(refused) == named, (body, refused.json())
    assert await WorkflowBuild.all().count() == 0


async def test_a_runner_build_starts_at_once_numbered_and_answered_in_shape(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    image_id = await step_image(shop["teamId"])
    workflow = await runner_workflow(client, owner, shop)
    started = await client.post(builds_url(shop["id"]), headers=owner, json={
        "workflowId": workflow["id"], "repoUrl": "https://git.example.com/shop.git", "branch": "main",
        "commitHash": "0123abc", "commitMessage": "Fix it", "commitAuthor": "Ann"})
    assert started.status_code == 202, started.text
    answer = started.json()
    build = answer["build"]
    assert answer["taskId"] is None and set(build) == BUILD_FIELDS
    assert (build["number"], build["status"], build["workflowName"], build["nodeId"], build["taskId"]) == (
        1, "RUNNING", "ci", None, None)
    assert (build["repoUrl"], build["branch"], build["commitHash"], build["commitMessage"], build["commitAuthor"]) \
        == ("https://git.example.com/shop.git", "main", "0123abc", "Fix it", "Ann")
    assert [set(s) for s in build["steps"]] == [STEP_FIELDS] * 3
    assert [(s["name"], s["status"], s["dependsOn"], s["runsOn"]) for s in build["steps"]] == [
        ("a", "PENDING", [], ["gpu"]), ("b", "PENDING", [], ["gpu"]), ("c", "PENDING", ["a", "b"], ["gpu"])]
    # The step image's reference as it was at the start.
    assert {s["imageUrl"] for s in build["steps"]} == {"registry.test:5000/ci/builder:1"}
    assert image_id
    again = await client.post(builds_url(shop["id"]), headers=owner, json={"workflowId": workflow["id"]})
    assert again.json()["build"]["number"] == 2
    assert (await client.get(f"/api/v1/workflow-builds/{build['id']}", headers=owner)).json() == build


async def test_builds_are_listed_a_page_at_a_time_and_by_status(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    workflow = await runner_workflow(client, owner, shop)
    ids = []
    for _ in range(3):
        made = await client.post(builds_url(shop["id"]), headers=owner, json={"workflowId": workflow["id"]})
        ids.append(made.json()["build"]["id"])
    stopped = await client.post(f"/api/v1/workflow-builds/{ids[0]}/stop", headers=owner)
    assert stopped.status_code == 200, stopped.text
    first = (await client.get(builds_url(shop["id"]) + "?page=1&per_page=2", headers=owner)).json()
    assert (first["total"], first["page"], first["perPage"]) == (3, 1, 2)
    assert [b["number"] for b in first["items"]] == [3, 2]
    second = (await client.get(builds_url(shop["id"]) + "?page=2&per_page=2", headers=owner)).json()
    assert [b["number"] for b in second["items"]] == [1]
    by_offset = (await client.get(builds_url(shop["id"]) + "?limit=1&offset=1", headers=owner)).json()
    assert ([b["number"] for b in by_offset["items"]], by_offset["page"]) == ([2], 2)
    failed = (await client.get(builds_url(shop["id"]) + "?status=FAILED", headers=owner)).json()
    assert [b["id"] for b in failed["items"]] == [ids[0]]
    bad = await client.get(builds_url(shop["id"]) + "?status=DONE", headers=owner)
    assert bad.status_code == 422


async def test_viewers_read_outsiders_see_nothing_and_the_starter_or_an_admin_stops(client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    workflow = await runner_workflow(client, owner, shop)
    viewer = await member(client, owner, shop, "vera", "viewer")
    developer = await member(client, owner, shop, "dev", "member")
    colleague = await member(client, owner, shop, "cole", "member")
    _, outsider, _ = await user(client, "otto")
    assert (await client.post(builds_url(shop["id"]), headers=viewer,
                              json={"workflowId": workflow["id"]})).status_code == 403
    assert (await client.post(builds_url(shop["id"]), headers=outsider,
                              json={"workflowId": workflow["id"]})).status_code == 404
    made = await client.post(builds_url(shop["id"]), headers=developer, json={"workflowId": workflow["id"]})
    assert made.status_code == 202, made.text
    build_id = made.json()["build"]["id"]
    one = f"/api/v1/workflow-builds/{build_id}"
    assert (await client.get(one, headers=viewer)).status_code == 200
    assert (await client.get(builds_url(shop["id"]), headers=viewer)).json()["total"] == 1
    for path in (one, builds_url(shop["id"]), f"{one}/steps/{made.json()['build']['steps'][0]['id']}/artifacts"):
        assert (await client.get(path, headers=outsider)).status_code == 404, path
    assert (await client.post(f"{one}/stop", headers=outsider)).status_code == 404
    assert (await client.post(f"{one}/stop", headers=viewer)).status_code == 403
    assert (await client.post(f"{one}/stop", headers=colleague)).status_code == 403
    stopped = await client.post(f"{one}/stop", headers=developer)
    assert stopped.status_code == 200, stopped.text
    build = stopped.json()["build"]
    assert (build["status"], build["error"]) == ("FAILED", "stopped")
    assert {s["status"] for s in build["steps"]} == {"SKIPPED"} and build["finishedAt"]
    again = await client.post(f"{one}/stop", headers=owner)
    assert again.status_code == 409
    # An admin stops anyone's build.
    other = await client.post(builds_url(shop["id"]), headers=developer, json={"workflowId": workflow["id"]})
    assert (await client.post(f"/api/v1/workflow-builds/{other.json()['build']['id']}/stop",
                              headers=owner)).status_code == 200


async def test_a_steps_artifacts_are_listed_and_downloaded_and_nothing_outside(client, server, tmp_path):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    await step_image(shop["teamId"])
    workflow = await runner_workflow(client, owner, shop)
    made = (await client.post(builds_url(shop["id"]), headers=owner, json={"workflowId": workflow["id"]})).json()
    build_id = made["build"]["id"]
    step = await WorkflowBuildStep.get(build_id=build_id, name="a")
    folder = artifacts.step_dir(server.settings, build_id, step.id)
    (folder / "dist").mkdir(parents=True)
    (folder / "dist" / "app.txt").write_text("built\n")
    secret = tmp_path / "outside.txt"
    secret.write_text("not an artifact\n")
    (folder / "dist" / "link.txt").symlink_to(secret)
    listing = artifacts.listing(folder)
    assert [item["path"] for item in listing] == ["dist/app.txt"]  # the link is not an artifact
    assert await build_progress.step_ended(step, status=StepState.SUCCESS, exit_code=0, error="", artifacts=listing)
    base = f"/api/v1/workflow-builds/{build_id}/steps/{step.id}/artifacts"
    listed = await client.get(base, headers=owner)
    assert listed.json() == [{"path": "dist/app.txt", "size": 6, "sha256": listing[0]["sha256"]}]
    got = await client.get(f"{base}/dist/app.txt", headers=owner)
    assert (got.status_code, got.content) == (200, b"built\n")
    for path in ("dist/link.txt", "dist/../../outside.txt", "dist/%2e%2e/%2e%2e/x", "missing", "dist"):
        assert (await client.get(f"{base}/{path}", headers=owner)).status_code == 404, path
    other_step = await WorkflowBuildStep.get(build_id=build_id, name="b")
    assert (await client.get(f"/api/v1/workflow-builds/{build_id}/steps/{other_step.id}/artifacts/dist/app.txt",
                             headers=owner)).status_code == 404
