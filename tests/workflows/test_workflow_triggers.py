"""Builds started without a user (issue 22): a push webhook signed with the workflow's trigger secret (GitHub,
Gitea, GitLab) starts a build of the pushed commit of its branch, a CI script's bearer token starts one too, both
exactly as the API does (the project's default node, the workflow's git provider, the prepare run); anything
unsigned or wrongly signed is a 401 that records nothing; other branches, tags, deletions, pings and other events
start nothing; a rotation ends the old secret; the secret is in no answer after it is made, no log, no data file."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from service.auth.models import User
from service.domains.git import tokens as git_tokens
from service.domains.git.models import GitProvider, GitProviderType
from service.domains.projects.models import Project
from service.domains.workflows.build_models import WorkflowBuild
from service.domains.workflows.models import Workflow
from service.tasks import RunRequest
from service.tasks.models import Task
from tests.factories import assert_secrets_nowhere, node_record, owner_headers, wait_task
from tests.workflows.helpers import field, project, step, step_image, workflows_url

pytestmark = [pytest.mark.usefixtures("workflow_tables"), pytest.mark.ansible]

COMMIT = "3f786850e387550fdab836ed7e6dc881de23001b"
CLONE = "https://git.example.com/shop.git"
GIT_TOKEN = "git-token-never-shown"


def _hex(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# Each host: its headers for an event signed with `secret` over `body`.
HOSTS = {
    "github": lambda secret, body, event="push": {"X-GitHub-Event": event,
                                                 "X-Hub-Signature-256": "sha256=" + _hex(secret, body)},
    # Gitea sends GitHub's event header beside its own, and its own signature.
    "gitea": lambda secret, body, event="push": {"X-Gitea-Event": event, "X-GitHub-Event": event,
                                                "X-Gitea-Signature": _hex(secret, body)},
    "gitlab": lambda secret, body, event="Push Hook": {"X-Gitlab-Event": event, "X-Gitlab-Token": secret},
}


def _push(host: str, ref: str = "refs/heads/main", commit: str = COMMIT) -> bytes:
    """A push as each host words it: GitHub's head_commit and clone_url, GitLab's commits, checkout_sha and
    git_http_url, Gitea's both."""
    entry = {"id": commit, "message": "Fix the cart\n\nand its total", "author": {"name": "Ada", "username": "ada"}}
    if host == "gitlab":
        body: dict[str, Any] = {"object_kind": "push", "ref": ref, "after": commit,
                                "checkout_sha": commit if commit.strip("0") else None, "commits": [entry],
                                "project": {"git_http_url": CLONE}, "repository": {"git_http_url": CLONE}}
    else:
        body = {"ref": ref, "after": commit, "head_commit": entry if commit.strip("0") else None,
                "commits": [entry], "repository": {"clone_url": CLONE}}
    return json.dumps(body).encode()


async def _webhook(client, workflow_id: str, body: bytes, headers: dict[str, str]):
    return await client.post(f"/api/v1/workflows/{workflow_id}/webhook", content=body,
                             headers={"Content-Type": "application/json", **headers})


async def _world(client, server, pve_sim, *, branch: str = "main") -> dict[str, Any]:
    """A project whose default node is on the simulator, a git provider, and a workflow `ci` building `branch`
    with it (made through the API: its answer holds the secret)."""
    owner = await owner_headers(client)
    shop = await project(client, owner)
    node_id = await node_record(server, pve_sim, shop["teamId"], "main")
    await Project.filter(id=shop["id"]).update(default_node_id=node_id)
    await step_image(shop["teamId"])
    provider = await GitProvider.create(team_id=shop["teamId"], type=GitProviderType.GITEA, name="git",
                                        sealed_token=git_tokens.seal_token(server.settings, GIT_TOKEN))
    made = await client.post(workflows_url(shop["id"]), headers=owner, json={
        "name": "ci", "steps": [step("a")], "branch": branch, "gitProviderId": str(provider.id)})
    assert made.status_code == 201, made.text
    workflow = made.json()
    assert (workflow["branch"], workflow["gitProviderId"], workflow["hasTriggerSecret"]) == (
        branch, str(provider.id), True)
    return {"owner": owner, "shop": shop, "node_id": node_id, "provider": provider, "workflow": workflow,
            "secret": workflow["triggerSecret"]}


@asynccontextmanager
async def _busy_engine(client, server, owner, tmp_path) -> AsyncIterator[None]:
    """Both of the engine's slots taken by sleeping runs: a prepare run started meanwhile waits in the queue."""
    books, user = server.settings.playbooks_dir, await User.get(username="owner")
    sleepers = [await server.engine.submit(RunRequest(type="test", playbook=books / "sleep.yml", created_by=user,
                                                      extra_vars={"sleep_pid_file": str(tmp_path / f"{n}.pid")}))
                for n in range(2)]
    try:
        yield
    finally:
        for sleeper in sleepers:
            await server.engine.stop(await Task.get(id=sleeper.id))
            await wait_task(client, owner, sleeper.id)


async def _stop(client, owner, answer: dict[str, Any]) -> None:
    """Stop the started build: its queued prepare run is stopped with it."""
    stopped = await client.post(f"/api/v1/workflow-builds/{answer['build']['id']}/stop", headers=owner)
    assert stopped.status_code == 200, stopped.text
    assert stopped.json()["stoppedTaskIds"] == [answer["taskId"]]
    assert (await wait_task(client, owner, answer["taskId"]))["state"] == "stopped"


async def _nothing_started() -> None:
    assert not await WorkflowBuild.exists()
    assert not await Task.filter(type="workflowBuildPrepare").exists()


@pytest.mark.parametrize("host", sorted(HOSTS))
async def test_a_signed_push_to_the_branch_starts_a_build_of_its_commit(client, server, pve_sim, tmp_path, host,
                                                                        caplog):
    caplog.set_level(logging.DEBUG)
    world = await _world(client, server, pve_sim)
    owner, secret = world["owner"], world["secret"]
    body = _push(host)
    async with _busy_engine(client, server, owner, tmp_path):
        answer = await _webhook(client, world["workflow"]["id"], body, HOSTS[host](secret, body))
        assert answer.status_code == 202, answer.text
        started = answer.json()
        build = started["build"]
        assert started["started"] is True and build["status"] == "PENDING"
        recorded = await WorkflowBuild.get(id=build["id"])
        assert (recorded.trigger, recorded.repo_url, recorded.branch, recorded.commit_hash, recorded.commit_message,
                recorded.commit_author, str(recorded.node_id), recorded.created_by_id) == (
            "webhook", CLONE, "main", COMMIT, "Fix the cart\n\nand its total", "Ada", world["node_id"], None)
        task = await Task.get(id=started["taskId"])
        assert (task.type, task.resource_id, task.extra_vars["build_repo_url"], task.extra_vars["build_commit"],
                task.extra_vars["build_git_username"]) == (
            "workflowBuildPrepare", build["id"], CLONE, COMMIT, git_tokens.git_username(world["provider"]))
        await _stop(client, owner, started)
    assert secret not in caplog.text
    await assert_secrets_nowhere(client, owner, server.settings.data_dir, [secret, GIT_TOKEN], answers=(
        f"/api/v1/workflows/{world['workflow']['id']}", workflows_url(world["shop"]["id"]),
        f"/api/v1/workflow-builds/{build['id']}"))


async def test_unsigned_or_wrongly_signed_webhooks_are_refused_alike_and_record_nothing(client, server, pve_sim):
    world = await _world(client, server, pve_sim)
    workflow_id, secret = world["workflow"]["id"], world["secret"]
    body = _push("github")
    answers = {
        "no signature": await _webhook(client, workflow_id, body, {"X-GitHub-Event": "push"}),
        "wrong secret": await _webhook(client, workflow_id, body, HOSTS["github"]("not-the-secret", body)),
        "tampered body": await _webhook(client, workflow_id, _push("github", commit="a" * 40),
                                        HOSTS["github"](secret, body)),
        "wrong gitlab token": await _webhook(client, workflow_id, body, HOSTS["gitlab"]("nope", body)),
        "unknown workflow": await _webhook(client, "00000000-0000-4000-8000-000000000000", body,
                                           HOSTS["github"](secret, body)),
    }
    assert {name: a.status_code for name, a in answers.items()} == dict.fromkeys(answers, 401)
    assert len({a.text for a in answers.values()}) == 1  # nothing tells a known workflow from an unknown one
    await _nothing_started()


async def test_other_branches_tags_deletions_pings_and_other_events_start_nothing(client, server, pve_sim):
    world = await _world(client, server, pve_sim)
    workflow_id, secret = world["workflow"]["id"], world["secret"]
    cases = {
        "another branch": (_push("github", ref="refs/heads/dev"), "push", "a push to dev"),
        "a tag": (_push("github", ref="refs/tags/v1"), "push", "refs/tags/v1 is not a branch"),
        "a deletion": (_push("github", commit="0" * 40), "push", "branch main was deleted"),
        "a ping": (b'{"zen": "Keep it simple"}', "ping", "ping"),
        "an issue": (b'{"action": "opened"}', "issues", "event issues is not a push"),
    }
    for name, (body, event, reason) in cases.items():
        answer = await _webhook(client, workflow_id, body, HOSTS["github"](secret, body, event))
        assert answer.status_code == 200, (name, answer.text)
        assert answer.json()["started"] is False and answer.json()["reason"].startswith(reason), (name, answer.text)
    gitlab_deletion = _push("gitlab", commit="0" * 40)
    answer = await _webhook(client, workflow_id, gitlab_deletion, HOSTS["gitlab"](secret, gitlab_deletion))
    assert answer.json() == {"started": False, "reason": "branch main was deleted"}, answer.text
    await _nothing_started()


async def test_a_ci_script_starts_a_build_with_the_secret_and_a_rotation_ends_the_old_one(client, server, pve_sim,
                                                                                          tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    world = await _world(client, server, pve_sim, branch="release")
    owner, workflow_id, old = world["owner"], world["workflow"]["id"], world["secret"]
    url = f"/api/v1/workflows/{workflow_id}/trigger"
    for headers in ({}, {"Authorization": "Bearer not-the-secret"}, owner, {"Authorization": old}):
        refused = await client.post(url, headers=headers, json={})
        assert refused.status_code == 401, refused.text
    await _nothing_started()
    rotated = await client.post(f"/api/v1/workflows/{workflow_id}/trigger-secret", headers=owner)
    assert rotated.status_code == 200, rotated.text
    new = rotated.json()["triggerSecret"]
    assert new != old and rotated.json()["workflowId"] == workflow_id
    stale = await client.post(url, headers={"Authorization": f"Bearer {old}"}, json={})
    assert stale.status_code == 401, stale.text
    signed_with_old = _push("github", ref="refs/heads/release")
    assert (await _webhook(client, workflow_id, signed_with_old,
                           HOSTS["github"](old, signed_with_old))).status_code == 401
    await _nothing_started()
    async with _busy_engine(client, server, owner, tmp_path):
        answer = await client.post(url, headers={"Authorization": f"Bearer {new}"}, json={
            "repoUrl": CLONE, "commitHash": COMMIT[:12], "commitMessage": "From CI", "commitAuthor": "ci"})
        assert answer.status_code == 202, answer.text
        started = answer.json()
        recorded = await WorkflowBuild.get(id=started["build"]["id"])
        assert (recorded.trigger, recorded.repo_url, recorded.branch, recorded.commit_hash, recorded.commit_message,
                recorded.commit_author, recorded.created_by_id) == (
            "token", CLONE, "release", COMMIT[:12], "From CI", "ci", None)
        bad = await client.post(url, headers={"Authorization": f"Bearer {new}"},
                                json={"repoUrl": "https://user:pw@git.example.com/shop.git"})
        assert bad.status_code == 422 and "repoUrl" in str(field(bad)), bad.text
        assert await WorkflowBuild.all().count() == 1
        await _stop(client, owner, started)
    assert old not in caplog.text and new not in caplog.text
    await assert_secrets_nowhere(client, owner, server.settings.data_dir, [old, new, GIT_TOKEN], answers=(
        f"/api/v1/workflows/{workflow_id}", workflows_url(world["shop"]["id"]),
        f"/api/v1/workflow-builds/{started['build']['id']}"))


async def test_a_workflow_made_before_trigger_secrets_is_refused_until_it_gets_one(client, server, pve_sim):
    world = await _world(client, server, pve_sim, branch="")
    owner, workflow_id = world["owner"], world["workflow"]["id"]
    await Workflow.filter(id=workflow_id).update(sealed_trigger_secret=None)  # as migration 23 left older ones
    shown = await client.get(f"/api/v1/workflows/{workflow_id}", headers=owner)
    assert shown.json()["hasTriggerSecret"] is False and "triggerSecret" not in shown.json()
    body = _push("github", ref="refs/heads/any-branch")
    for secret in (world["secret"], "anything"):
        assert (await _webhook(client, workflow_id, body, HOSTS["github"](secret, body))).status_code == 401
        answer = await client.post(f"/api/v1/workflows/{workflow_id}/trigger",
                                   headers={"Authorization": f"Bearer {secret}"})
        assert answer.status_code == 401, answer.text
    await _nothing_started()
    anonymous = await client.post(f"/api/v1/workflows/{workflow_id}/trigger-secret")
    assert anonymous.status_code == 401, anonymous.text
    made = await client.post(f"/api/v1/workflows/{workflow_id}/trigger-secret", headers=owner)
    assert made.status_code == 200 and (await Workflow.get(id=workflow_id)).sealed_trigger_secret


async def test_a_workflow_s_branch_and_git_provider_are_checked_and_kept_by_a_replace(client, server, pve_sim):
    world = await _world(client, server, pve_sim)
    owner, workflow_id, shop = world["owner"], world["workflow"]["id"], world["shop"]
    bad_branch = await client.post(workflows_url(shop["id"]), headers=owner,
                                   json={"name": "x", "steps": [step("a")], "branch": "-evil"})
    assert bad_branch.status_code == 422, bad_branch.text
    other_team = await client.post("/api/v1/teams", headers=owner, json={"name": "Other", "slug": "other"})
    foreign = await GitProvider.create(team_id=other_team.json()["id"], type=GitProviderType.GITEA, name="x",
                                       sealed_token=git_tokens.seal_token(server.settings, "t"))
    refused = await client.post(workflows_url(shop["id"]), headers=owner,
                                json={"name": "x", "steps": [step("a")], "gitProviderId": str(foreign.id)})
    assert refused.status_code == 422 and refused.json()["details"] == {"field": "gitProviderId"}, refused.text
    assert await Workflow.filter(project_id=shop["id"]).count() == 1
    kept = await client.put(f"/api/v1/workflows/{workflow_id}", headers=owner,
                            json={"name": "ci", "steps": [step("a"), step("b", "a")]})
    assert kept.status_code == 200, kept.text
    assert (kept.json()["branch"], kept.json()["gitProviderId"]) == ("main", str(world["provider"].id))
    assert "triggerSecret" not in kept.json()
    cleared = await client.put(f"/api/v1/workflows/{workflow_id}", headers=owner,
                               json={"name": "ci", "steps": [step("a")], "branch": "", "gitProviderId": None})
    assert (cleared.json()["branch"], cleared.json()["gitProviderId"]) == ("", None), cleared.text
