"""Push to deploy through the HTTP API: each git host's signature is checked against the service's own secret;
a signed push to the service's branch records a webhook build of the pushed commit and starts its run; anything
unsigned, wrongly signed or tampered with is a 401 that records nothing; other branches, tags, deletions and pings
record nothing either. The secret is in no answer and no log."""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid
from urllib.parse import urlencode

import pytest

from service.core.models import AuditRecord
from service.domains.services.models import Build
from service.tasks.models import Task
from tests.services.build_world import (
    github_signature,
    make_service,
    make_world,
    project_dir,  # noqa: F401 - the stand-in's project dir, for these tests' server
    push_body,
    wait_build,
)

SECRET = "s3cret-webhook-key"
COMMIT = "3f786850e387550fdab836ed7e6dc881de23001b"


def _hex(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# Each host: its headers for a push signed with `secret` over `body`.
PROVIDERS = {
    "github": lambda secret, body: {"X-GitHub-Event": "push", "X-Hub-Signature-256": github_signature(secret, body)},
    # Gitea sends GitHub's event header and signature beside its own.
    "gitea": lambda secret, body: {"X-Gitea-Event": "push", "X-GitHub-Event": "push",
                                   "X-Gitea-Signature": _hex(secret, body)},
    "gogs": lambda secret, body: {"X-Gogs-Event": "push", "X-Gogs-Signature": _hex(secret, body)},
    "gitlab": lambda secret, body: {"X-Gitlab-Event": "Push Hook", "X-Gitlab-Token": secret},
}


def _body(provider: str, branch: str = "main", commit: str = COMMIT) -> bytes:
    if provider == "gitlab":  # GitLab names the pushed head checkout_sha
        return push_body(branch, after=commit, checkout_sha=commit, object_kind="push")
    return push_body(branch, after=commit)


async def _post(client, service_id, body: bytes, headers: dict[str, str]):
    return await client.post(f"/api/v1/services/{service_id}/webhook", content=body,
                             headers={"Content-Type": "application/json", **headers})


async def _nothing_recorded() -> None:
    assert await Build.all().count() == 0
    assert await Task.all().count() == 0


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
async def test_a_signed_push_to_the_branch_deploys_its_commit(client, server, provider, caplog):
    caplog.set_level(logging.DEBUG)
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    body = _body(provider)
    answer = await _post(client, service.id, body, PROVIDERS[provider](SECRET, body))
    assert answer.status_code == 202, answer.text
    build = answer.json()
    assert (build["serviceId"], build["trigger"], build["commitSha"], build["branch"]) == (
        str(service.id), "webhook", COMMIT, "main")
    assert build["status"] in ("pending", "running") and isinstance(build["taskId"], int)
    recorded = await Build.get(id=build["id"])
    assert (recorded.trigger, recorded.commit_sha, recorded.task_id, recorded.created_by_id) == (
        "webhook", COMMIT, build["taskId"], None)
    task = await Task.get(id=build["taskId"])
    assert (task.resource_type, task.resource_id, task.extra_vars["service_commit"]) == (
        "service", str(service.id), COMMIT)

    # The run is what GET /builds/{id}/logs reads; stopping it ends the build cancelled.
    stopped = await client.post(f"/api/v1/builds/{build['id']}/cancel", headers=world.headers)
    assert stopped.status_code == 202, stopped.text
    assert (await wait_build(build["id"], until={"cancelled", "failed"})).status == "cancelled"
    shown = await client.get(f"/api/v1/builds/{build['id']}", headers=world.headers)
    assert SECRET not in answer.text + shown.text
    assert SECRET not in caplog.text
    assert SECRET not in "".join(line.text for line in server.engine.logs.read(build["taskId"]))
    assert SECRET not in repr(task.extra_vars)


async def test_github_s_form_encoded_push_deploys_too(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    body = urlencode({"payload": push_body(after=COMMIT).decode()}).encode()
    answer = await client.post(f"/api/v1/services/{service.id}/webhook", content=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", **PROVIDERS["github"](SECRET, body)})
    assert answer.status_code == 202, answer.text
    assert answer.json()["commitSha"] == COMMIT


@pytest.mark.parametrize("provider", sorted(PROVIDERS))
async def test_a_wrong_missing_or_tampered_signature_records_nothing(client, server, provider, caplog):
    caplog.set_level(logging.DEBUG)
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    body = _body(provider)
    signed = PROVIDERS[provider](SECRET, body)
    unsigned = {name: value for name, value in signed.items() if not name.endswith(("Signature", "-256", "Token"))}
    tampered = _body(provider, commit="b" * 40)
    cases = {
        "wrong secret": (body, PROVIDERS[provider]("not-the-secret", body)),
        "missing header": (body, unsigned),
        "unknown service": (body, signed),
    }
    if provider != "gitlab":  # GitLab's token proves who sends, not what: it signs no body
        cases["tampered body"] = (tampered, signed)
    answers = {}
    for case, (sent, headers) in cases.items():
        target = uuid.uuid4() if case == "unknown service" else service.id
        answer = await _post(client, target, sent, headers)
        assert answer.status_code == 401, (case, answer.text)
        answers[case] = answer.json()
        await _nothing_recorded()
    # An unknown service is refused in the very words of a wrong signature: which ids exist does not leak.
    assert len({repr(a) for a in answers.values()}) == 1, answers
    assert answers["wrong secret"]["code"] == "unauthorized"
    # The audit middleware records every refused change, with no caller and nothing of the request's headers.
    refused = await AuditRecord.filter(action="services.webhook")
    assert {r.status for r in refused} == {401} and {r.user_id for r in refused} == {None}
    assert SECRET not in caplog.text
    assert SECRET not in repr([(r.target, r.target_name, r.target_id) for r in refused])


async def test_other_branches_tags_deletions_and_other_events_record_nothing(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    cases = [
        ("github", push_body("feature"), "push", "a push to feature: the service deploys main"),
        ("github", b'{"ref": "refs/tags/v1.0", "after": "' + COMMIT.encode() + b'"}', "push", "is not a branch"),
        ("github", push_body("main", after="0" * 40, deleted=True), "push", "branch main was deleted"),
        ("gitlab", push_body("main", after="0" * 40, checkout_sha=None), "Push Hook", "branch main was deleted"),
        ("gitlab", push_body("main"), "Tag Push Hook", "is not a push"),
        ("github", push_body("main"), "issues", "event issues is not a push"),
    ]
    for provider, body, event, why in cases:
        headers = PROVIDERS[provider](SECRET, body)
        headers["X-Gitlab-Event" if provider == "gitlab" else "X-GitHub-Event"] = event
        answer = await _post(client, service.id, body, headers)
        assert answer.status_code == 200, answer.text
        assert list(answer.json()) == ["ignored"] and why in answer.json()["ignored"], answer.json()
        await _nothing_recorded()


async def test_a_ping_is_answered_without_a_build(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    body = b'{"zen": "Keep it logically awesome.", "hook_id": 1}'
    headers = {**PROVIDERS["github"](SECRET, body), "X-GitHub-Event": "ping"}
    answer = await _post(client, service.id, body, headers)
    assert (answer.status_code, answer.json()) == (200, {"ok": True})
    await _nothing_recorded()
    # Unsigned, even a ping is refused.
    unsigned = await _post(client, service.id, body, {"X-GitHub-Event": "ping"})
    assert unsigned.status_code == 401


async def test_a_push_while_the_service_is_busy_is_a_conflict(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    first = push_body(after=COMMIT)
    assert (await _post(client, service.id, first, PROVIDERS["github"](SECRET, first))).status_code == 202
    second = push_body(after="c" * 40)
    busy = await _post(client, service.id, second, PROVIDERS["github"](SECRET, second))
    assert busy.status_code == 409, busy.text
    assert busy.json()["code"] == "busy"
    assert [b.commit_sha for b in await Build.all()] == [COMMIT]


async def test_a_signed_body_that_is_not_a_push_payload_is_invalid(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    for body in (b"[1, 2]", b"not json", push_body(after="xyz")):
        answer = await _post(client, service.id, body, PROVIDERS["github"](SECRET, body))
        assert answer.status_code == 422, answer.text
        assert set(answer.json()) == {"error", "code", "details"}
    await _nothing_recorded()


async def test_a_body_over_the_limit_is_refused_before_it_is_read(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop", secret=SECRET)
    body = push_body(after=COMMIT, padding="x" * (1024 * 1024))
    answer = await _post(client, service.id, body, PROVIDERS["github"](SECRET, body))
    assert (answer.status_code, answer.json()["code"]) == (413, "too_large")
    await _nothing_recorded()
