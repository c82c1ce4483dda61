"""Builds, releases and rollbacks through the HTTP API: start a build (checked input, project roles, busy), list
and filter builds as the caller may see them (a pending build whose run has started reads running), read a
build's log, cancel one (it ends cancelled), list releases, roll back to a given and to the previous release."""

from __future__ import annotations

import asyncio
import json
import uuid

from service.domains.accounts.registration import create_user
from service.domains.services.models import Build, BuildStatus, BuildTrigger, Release, Service
from service.tasks.models import Task
from tests.factories import PASSWORD, login
from tests.services.build_world import (
    World,
    make_service,
    make_world,
    project_dir,  # noqa: F401 - the stand-in's project dir, for these tests' server
    wait_build,
    wait_running,
)

COMMIT = "3f786850e387550fdab836ed7e6dc881de23001b"


async def _user(client, name: str) -> tuple[str, dict[str, str]]:
    user = await create_user(username=name, email=f"{name}@example.com", password=PASSWORD)
    return str(user.id), await login(client, name)


async def _member(client, world: World, name: str, role: str) -> dict[str, str]:
    user_id, headers = await _user(client, name)
    added = await client.post(f"/api/v1/projects/{world.project_id}/members", headers=world.headers,
                              json={"userId": user_id, "role": role})
    assert added.status_code == 201, added.text
    return headers


async def _cancel(client, world: World, build_id: str) -> None:
    answer = await client.post(f"/api/v1/builds/{build_id}/cancel", headers=world.headers)
    assert answer.status_code == 202, answer.text
    assert (await wait_build(build_id, until={"cancelled", "failed"})).status == "cancelled"


async def _log_with(client, world: World, build_id: str, text: str, timeout: float = 60) -> str:
    """The build's log once it holds `text`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        answer = await client.get(f"/api/v1/builds/{build_id}/logs", headers=world.headers)
        assert answer.status_code == 200, answer.text
        if text in answer.text:
            return answer.text
        assert loop.time() < deadline, answer.text
        await asyncio.sleep(0.1)


async def test_a_build_starts_a_run_of_the_commit_asked_for(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop")
    answer = await client.post("/api/v1/builds", headers=world.headers, json={
        "serviceId": str(service.id), "commitSha": COMMIT[:12], "branch": "release/2.x"})
    assert answer.status_code == 202, answer.text
    build = answer.json()
    assert build["status"] in ("pending", "running")  # its run may have started already
    assert (build["trigger"], build["commitSha"], build["branch"]) == ("api", COMMIT[:12], "release/2.x")
    task = await Task.get(id=build["taskId"])
    assert (task.extra_vars["service_commit"], task.extra_vars["service_branch"]) == (COMMIT[:12], "release/2.x")

    # Once its run has started, the pending build reads running, in the list's filter too.
    await wait_running(build["taskId"])
    shown = (await client.get(f"/api/v1/builds/{build['id']}", headers=world.headers)).json()
    assert shown["status"] == "running" and (await Build.get(id=build["id"])).status == "pending"
    running = (await client.get("/api/v1/builds", headers=world.headers, params={"status": "running"})).json()
    assert [b["id"] for b in running["items"]] == [build["id"]]
    pending = (await client.get("/api/v1/builds", headers=world.headers, params={"status": "pending"})).json()
    assert pending["items"] == []

    # One run at a time per service.
    busy = await client.post("/api/v1/builds", headers=world.headers, json={"serviceId": str(service.id)})
    assert (busy.status_code, busy.json()["code"]) == (409, "busy")

    # The build's log is its run's, in GET /tasks/{id}/logs's shapes.
    said = f"stand-in deploy of shop at {COMMIT[:12]} of release/2.x"
    logs = await _log_with(client, world, build["id"], said)
    task_logs = await client.get(f"/api/v1/tasks/{build['taskId']}/logs", headers=world.headers)
    assert logs == task_logs.text
    lines = (await client.get(f"/api/v1/builds/{build['id']}/logs", headers=world.headers,
                              params={"format": "json", "lines": 2})).text.splitlines()
    assert len(lines) == 2 and {json.loads(line)["source"] for line in lines} == {build["taskId"]}

    await _cancel(client, world, build["id"])
    again = await client.post(f"/api/v1/builds/{build['id']}/cancel", headers=world.headers)
    assert (again.status_code, again.json()["code"]) == (409, "not_active")
    ended = (await client.get(f"/api/v1/builds/{build['id']}", headers=world.headers)).json()
    assert ended["status"] == "cancelled" and ended["finishedAt"] is not None


async def test_a_build_s_input_is_checked_and_nothing_is_recorded(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop")
    bad = [({"commitSha": "abc12"}, "commitSha"), ({"commitSha": "g" * 40}, "commitSha"),
           ({"commitSha": "a" * 41}, "commitSha"), ({"branch": "-upload-pack=x"}, "branch"),
           ({"branch": "a..b"}, "branch"), ({"branch": "main.lock"}, "branch"), ({"branch": "a b"}, "branch"),
           ({"branch": "feature/"}, "branch"), ({"branch": "x@{1}"}, "branch"), ({"branch": ""}, "branch")]
    for extra, field in bad:
        answer = await client.post("/api/v1/builds", headers=world.headers,
                                   json={"serviceId": str(service.id), **extra})
        assert answer.status_code == 422, (extra, answer.text)
        assert [d["field"] for d in answer.json()["details"]] == [field], answer.json()
    missing = await client.post("/api/v1/builds", headers=world.headers, json={"serviceId": str(uuid.uuid4())})
    assert missing.status_code == 404
    assert await Build.all().count() == 0 and await Task.all().count() == 0


async def test_builds_are_seen_by_project_role(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop")
    viewer = await _member(client, world, "viewer", "viewer")
    _, outsider = await _user(client, "outsider")
    made = [await Build.create(service=service, trigger=BuildTrigger.API, branch="main", status=status,
                               commit_sha=f"{n:07x}") for n, status in enumerate(
        [BuildStatus.SUCCESS, BuildStatus.FAILED, BuildStatus.SUCCESS, BuildStatus.CANCELLED, BuildStatus.FAILED])]
    # A build of another project of the owner's: the viewer never sees it.
    other_world = await make_world(client, server, headers=world.headers, name="other")
    other = await make_service(server, other_world, "other")
    await Build.create(service=other, trigger=BuildTrigger.WEBHOOK, branch="main", status=BuildStatus.SUCCESS)

    seen = (await client.get("/api/v1/builds", headers=viewer)).json()
    assert seen["total"] == 5 and {b["id"] for b in seen["items"]} == {str(b.id) for b in made}
    assert (await client.get("/api/v1/builds", headers=world.headers)).json()["total"] == 6
    assert (await client.get("/api/v1/builds", headers=outsider)).json() == {
        "items": [], "total": 0, "page": 1, "perPage": 20}
    failed = (await client.get("/api/v1/builds", headers=viewer, params={"status": "failed"})).json()
    assert {b["id"] for b in failed["items"]} == {str(made[1].id), str(made[4].id)}
    page = (await client.get("/api/v1/builds", headers=world.headers,
                             params={"serviceId": str(service.id), "per_page": 2, "page": 3})).json()
    assert (page["total"], page["page"], page["perPage"], len(page["items"])) == (5, 3, 2, 1)
    invalid = await client.get("/api/v1/builds", headers=viewer, params={"status": "sleeping"})
    assert invalid.status_code == 422 and invalid.json()["details"][0]["field"] == "status"

    # A viewer reads builds but neither starts one nor reads logs; an outsider sees none of it.
    one = f"/api/v1/builds/{made[0].id}"
    assert (await client.get(one, headers=viewer)).json()["commitSha"] == "0000000"
    assert (await client.get(f"{one}/logs", headers=viewer)).status_code == 403
    assert (await client.post(f"{one}/cancel", headers=viewer)).status_code == 403
    refused = await client.post("/api/v1/builds", headers=viewer, json={"serviceId": str(service.id)})
    assert refused.status_code == 403
    for path in (one, f"{one}/logs", f"/api/v1/services/{service.id}/releases"):
        assert (await client.get(path, headers=outsider)).status_code == 404, path
    assert (await client.get("/api/v1/builds", headers=outsider,
                             params={"serviceId": str(service.id)})).status_code == 404
    assert await Task.all().count() == 0


async def _releases(service: Service, commits: list[str]) -> list[Release]:
    """Releases of these commits, oldest first, each from a successful build; the last one serves."""
    made = []
    for commit in commits:
        build = await Build.create(service=service, trigger=BuildTrigger.API, branch="main", status="success",
                                   commit_sha=commit)
        made.append(await Release.create(service=service, build=build, commit_sha=commit,
                                         commit_message=f"commit {commit[:7]}", author="Ada"))
    service.current_release_id = made[-1].id
    await service.save()
    return made


async def test_releases_newest_first_and_rollbacks(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop")
    first, second, third = ("1" * 40, "2" * 40, "3" * 40)
    made = await _releases(service, [first, second, third, third])  # the last: a redeploy of the same commit
    listed = (await client.get(f"/api/v1/services/{service.id}/releases", headers=world.headers)).json()
    assert listed["total"] == 4
    assert [r["id"] for r in listed["items"]] == [str(r.id) for r in reversed(made)]
    assert [r["current"] for r in listed["items"]] == [True, False, False, False]
    assert listed["items"][0]["buildId"] == str(made[-1].build_id)

    # By default: the latest release before the current one with another commit.
    back = await client.post(f"/api/v1/services/{service.id}/rollback", headers=world.headers, json={})
    assert back.status_code == 202, back.text
    build = await Build.get(id=back.json()["buildId"])
    assert (build.trigger, build.commit_sha, build.task_id) == (BuildTrigger.ROLLBACK, second, back.json()["taskId"])
    await _cancel(client, world, str(build.id))

    # A release asked for by id, with no body field but that one.
    chosen = await client.post(f"/api/v1/services/{service.id}/rollback", headers=world.headers,
                               json={"releaseId": str(made[0].id)})
    assert chosen.status_code == 202, chosen.text
    build = await Build.get(id=chosen.json()["buildId"])
    assert (build.trigger, build.commit_sha) == (BuildTrigger.ROLLBACK, first)
    await _cancel(client, world, str(build.id))


async def test_a_rollback_with_nothing_to_go_back_to_is_refused(client, server):
    world = await make_world(client, server)
    service = await make_service(server, world, "shop")
    url = f"/api/v1/services/{service.id}/rollback"
    # Nothing released yet.
    none = await client.post(url, headers=world.headers)
    assert (none.status_code, none.json()["code"]) == (409, "no_release")
    # One commit only, released twice: no earlier commit.
    await _releases(service, ["4" * 40, "4" * 40])
    only = await client.post(url, headers=world.headers, json={})
    assert (only.status_code, only.json()["code"]) == (409, "no_previous_release")
    # Another service's release, or none at all, names releaseId.
    other = await make_service(server, world, "other")
    foreign = (await _releases(other, ["5" * 40]))[0]
    for release_id in (foreign.id, uuid.uuid4()):
        wrong = await client.post(url, headers=world.headers, json={"releaseId": str(release_id)})
        assert wrong.status_code == 422 and wrong.json()["details"] == {"field": "releaseId"}, wrong.text
    builds = await Build.filter(trigger=BuildTrigger.ROLLBACK).count()
    assert builds == 0 and await Task.all().count() == 0
