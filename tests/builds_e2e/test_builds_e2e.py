"""Workflow builds end to end (issue 22's acceptance) through the API on a real LXC build guest behind the PVE
simulator (lane 0): a registry on the lane's bridge (TLS from a test CA, htpasswd) holds the busybox step image;
a workflow of three steps (a and b independent, c after both) runs a and b side by side, c reads both outputs,
the build succeeds and its artifacts are listed and downloaded; a second build finds the cache the first left;
a failing step fails its build with its exit code and skips what depends on it; a cycle is refused naming the
step. The builds of the workflow check out a private repository with a git provider's token (the first at a
given commit, the second at the branch's head), and record the commit they built. The registry password and the
token reach no answer, task log, data-dir file or argv.

One test walks it all: the build guest made by the first build is what the later builds reuse, and a world made
once per module would need a server (and its event loop) outliving a test."""

from __future__ import annotations

import asyncio
import base64
import secrets
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.config import Settings
from service.domains.git import tokens as git_tokens
from service.domains.git.models import GitProvider, GitProviderType
from tests.conftest import Server
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import lxc_node
from tests.factories import assert_secrets_nowhere, owner_headers, personal_team
from tests.harness.git_server import GitServer, start_git_server
from tests.harness.lxc import LxcSim
from tests.harness.oci_image import OciImage, build_image
from tests.harness.registry import Registry, start_registry
from tests.pvesim.lxc_setup import LxcEnvironment

pytestmark = [pytest.mark.ansible, pytest.mark.slow, pytest.mark.lxc(lane=0)]

RUN_TIMEOUT = 1800  # the first build makes the guest and installs buildah
SCRIPT_A = "\n".join([
    "echo from a > a.txt",
    "cat src/version.txt > version.txt",
    "mkdir -p .cache",
    "if test -f .cache/seen; then echo hit > cache.txt; else echo miss > cache.txt; fi",
    "echo seen > .cache/seen",
    "sleep 4",
])
GIT_TOKEN = f"git-token-{secrets.token_hex(8)}"
SCRIPT_B = "echo from b > b.txt\nsleep 4"
SCRIPT_C = "cat a.txt b.txt > c.txt"


@pytest.fixture
def database_url() -> None:
    return None  # what is tested is the guest's and the registry's side: SQLite alone


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Server]:
    settings.task_timeout = RUN_TIMEOUT
    settings.max_runs = 3  # room for a and b side by side, whatever else runs
    running = Server(settings)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()


@pytest.fixture(scope="module")
def step_image_layout(tmp_path_factory: pytest.TempPathFactory) -> OciImage:
    return build_image(tmp_path_factory.mktemp("step-image") / "image", tag="1.0", page="step")


@pytest.fixture
def git_server(tmp_path: Path, lxc_env: LxcEnvironment) -> Iterator[GitServer]:
    """A git server on the lane's gateway whose repository `app` only the provider's token reads."""
    with start_git_server(tmp_path / "git", hosts=[lxc_env.gateway]) as git:
        git.create("app", auth=("x-access-token", GIT_TOKEN))
        yield git


@pytest.fixture
def step_registry(tmp_path: Path, lxc_env: LxcEnvironment, step_image_layout: OciImage) -> Iterator[Registry]:
    """The registry on the lane's gateway (the guest reaches it there) holding ci/busybox:1.0."""
    with start_registry(tmp_path / "registry", address=lxc_env.gateway) as registry:
        registry.push(step_image_layout, "ci/busybox", "1.0")
        yield registry


def _step(name: str, script: str, *depends_on: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "imageSlug": "busybox", "dependsOn": list(depends_on), "runScript": script,
            "cacheDirs": [], "outputPaths": [], **extra}


async def _workflow(client: httpx.AsyncClient, headers: dict[str, str], project_id: str, name: str,
                    steps: list[dict[str, Any]]) -> httpx.Response:
    return await client.post(f"/api/v1/projects/{project_id}/workflows", headers=headers,
                             json={"name": name, "steps": steps})


async def _built(client: httpx.AsyncClient, headers: dict[str, str], project_id: str, *, workflow_id: str,
                 node_id: str, **source: str) -> dict[str, Any]:
    """A build of the workflow (of the repository `source` names) started and followed until it ends."""
    started = await client.post(f"/api/v1/projects/{project_id}/workflow-builds", headers=headers,
                                json={"workflowId": workflow_id, "nodeId": node_id, **source})
    assert started.status_code == 202, started.text
    assert started.json()["build"]["status"] == "PENDING" and started.json()["taskId"], started.text
    url = f"/api/v1/workflow-builds/{started.json()['build']['id']}"
    deadline = asyncio.get_running_loop().time() + RUN_TIMEOUT
    while True:
        build = (await client.get(url, headers=headers)).json()
        if build["status"] in ("SUCCESS", "FAILED"):
            return build
        assert asyncio.get_running_loop().time() < deadline, build
        await asyncio.sleep(1)


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


async def _failure(client: httpx.AsyncClient, headers: dict[str, str], build: dict[str, Any]) -> str:
    """What a build's runs logged, for an assertion's message."""
    logs = []
    for task_id in [build["taskId"], *(s["taskId"] for s in build["steps"])]:
        if task_id:
            logs.append((await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text[-3000:])
    return "\n----\n".join(logs)


async def _artifact(client: httpx.AsyncClient, headers: dict[str, str], build: dict[str, Any], step: str,
                    path: str) -> str:
    step_id = next(s["id"] for s in build["steps"] if s["name"] == step)
    got = await client.get(f"/api/v1/workflow-builds/{build['id']}/steps/{step_id}/artifacts/{path}", headers=headers)
    assert got.status_code == 200, got.text
    return got.text


async def test_a_dag_build_runs_in_parallel_shares_outputs_and_caches_and_fails_a_failing_step(
        client: httpx.AsyncClient, server: Server, lxc_sim: LxcSim, step_registry: Registry,
        git_server: GitServer) -> None:
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    auth = base64.b64encode(f"{step_registry.username}:{step_registry.password}".encode()).decode()
    watched = [step_registry.password, auth, GIT_TOKEN]
    first_commit = git_server.push("app", {"src/version.txt": "1\n"}, message="The first")
    head_commit = git_server.push("app", {"src/version.txt": "2\n"}, message="The second")
    # Recorded as a passed token check leaves it: the check asks the provider's own API, which is not here.
    provider = await GitProvider.create(team_id=await personal_team(client, headers), type=GitProviderType.GITHUB,
                                        name="git", sealed_token=git_tokens.seal_token(server.settings, GIT_TOKEN))
    source = {"repoUrl": git_server.url("app"), "gitProviderId": str(provider.id)}
    registry = await client.post("/api/v1/registries", headers=headers, json={
        "name": "lane", "type": "v2", "details": {"url": step_registry.url, "user": step_registry.username,
                                                  "caBundle": step_registry.ca_bundle,
                                                  "token": step_registry.password}})
    assert registry.status_code == 201, registry.text
    image = await client.post("/api/v1/step-images", headers=headers,
                              json={"slug": "busybox", "imageUrl": f"{step_registry.host}/ci/busybox:1.0"})
    assert image.status_code == 201, image.text
    project = await client.post("/api/v1/projects", headers=headers, json={"name": "builds"})
    assert project.status_code == 201, project.text
    project_id = project.json()["id"]

    # A cycle is refused naming the step that closes it; nothing is made.
    cycle = await _workflow(client, headers, project_id, "loop", [_step("x", "true", "y"), _step("y", "true", "x")])
    assert cycle.status_code == 422 and cycle.json()["details"]["field"] == "steps.1.dependsOn", cycle.text

    ci = await _workflow(client, headers, project_id, "ci", [
        _step("a", SCRIPT_A, cacheDirs=[".cache"], outputPaths=["a.txt", "cache.txt", "version.txt"]),
        _step("b", SCRIPT_B, outputPaths=["b.txt"]),
        _step("c", SCRIPT_C, "a", "b", outputPaths=["c.txt"])])
    assert ci.status_code == 201, ci.text
    failing = await _workflow(client, headers, project_id, "failing", [
        _step("ok", "echo fine > ok.txt", outputPaths=["ok.txt"]), _step("boom", "echo going down\nexit 3"),
        _step("after", "true", "boom")])
    assert failing.status_code == 201, failing.text

    with argv_watch(watched=watched) as argv:
        # 1. a and b side by side, c after both with both outputs; the artifacts listed and downloaded.
        first = await _built(client, headers, project_id, workflow_id=ci.json()["id"], node_id=node["id"],
                             commitHash=first_commit, **source)
        assert first["status"] == "SUCCESS", (first, await _failure(client, headers, first))
        # The commit asked for, not the branch's head, with what the repository says of it.
        assert (first["commitHash"], first["commitMessage"]) == (first_commit, "The first"), first
        assert first["commitAuthor"] and first["repoUrl"] == source["repoUrl"]
        assert await _artifact(client, headers, first, "a", "version.txt") == "1\n"
        steps = {s["name"]: s for s in first["steps"]}
        assert all(s["status"] == "SUCCESS" and s["exitCode"] == 0 for s in steps.values()), steps
        a, b = steps["a"], steps["b"]
        assert _at(a["startedAt"]) < _at(b["finishedAt"]) and _at(b["startedAt"]) < _at(a["finishedAt"]), (a, b)
        assert await _artifact(client, headers, first, "c", "c.txt") == "from a\nfrom b\n"
        assert await _artifact(client, headers, first, "a", "cache.txt") == "miss\n"
        listed = await client.get(f"/api/v1/workflow-builds/{first['id']}/steps/{steps['c']['id']}/artifacts",
                                  headers=headers)
        assert [(f["path"], f["size"]) for f in listed.json()] == [("c.txt", 14)], listed.text
        assert steps["c"]["artifacts"] == listed.json()

        # 2. The second build of the workflow finds the cache the first left, in the same guest.
        second = await _built(client, headers, project_id, workflow_id=ci.json()["id"], node_id=node["id"],
                              branch="main", **source)
        assert second["status"] == "SUCCESS", (second, await _failure(client, headers, second))
        assert (second["commitHash"], second["commitMessage"]) == (head_commit, "The second"), second
        assert await _artifact(client, headers, second, "a", "version.txt") == "2\n"
        assert second["number"] == 2
        assert await _artifact(client, headers, second, "a", "cache.txt") == "hit\n"

        # 3. A failing step fails the build with its exit code and skips what depends on it.
        failed = await _built(client, headers, project_id, workflow_id=failing.json()["id"], node_id=node["id"])
        shown = {s["name"]: s for s in failed["steps"]}
        assert failed["status"] == "FAILED" and failed["error"].startswith("step boom"), failed
        assert (shown["boom"]["status"], shown["boom"]["exitCode"]) == ("FAILED", 3), (
            shown["boom"], await _failure(client, headers, failed))
        assert (shown["after"]["status"], shown["ok"]["status"]) == ("SKIPPED", "SUCCESS"), shown
        boom_log = (await client.get(f"/api/v1/tasks/{shown['boom']['taskId']}/logs", headers=headers)).text
        assert "going down" in boom_log

    assert not argv, argv
    listed_builds = await client.get(f"/api/v1/projects/{project_id}/workflow-builds", headers=headers)
    assert [b["number"] for b in listed_builds.json()["items"]] == [3, 2, 1]
    await assert_secrets_nowhere(client, headers, server.settings.data_dir, watched, answers=(
        f"/api/v1/projects/{project_id}/workflow-builds", f"/api/v1/workflow-builds/{first['id']}",
        "/api/v1/step-images", "/api/v1/registries"))
