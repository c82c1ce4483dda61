"""GET /api/v1/workers and /workers/{id} on both databases: every worker with its queues, running tasks, last
heartbeat and state (alive, dead, stopped), paged, camelCase, with the engine's mode; administrators only."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from service.core.settings_store import set_setting
from tests.factories import login, owner_headers, register
from tests.workers.conftest import running_task, worker_row


async def test_admins_see_every_worker_with_its_running_tasks_and_state(client, settings):
    admin = await owner_headers(client)
    now = datetime.now(UTC)
    dead_after = settings.worker_dead_after
    alive = await worker_row("w-alive", host="host-a", silent=1, queues=["default", "builds"], now=now)
    silent = await worker_row("w-silent", host="host-b", silent=dead_after + 20, now=now)  # not reaped yet
    reaped = await worker_row("w-reaped", host="host-c", silent=dead_after + 40, stopped_after=dead_after + 3,
                              now=now)
    stopped = await worker_row("w-stopped", host="host-d", silent=dead_after + 60, stopped_after=0.2, now=now)
    first = await running_task(alive.id)
    second = await running_task(alive.id)

    answer = await client.get("/api/v1/workers", headers=admin)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["mode"] == "embedded" and body["total"] == 4 and body["page"] == 1 and body["perPage"] == 20
    assert [w["name"] for w in body["items"]] == ["w-alive", "w-silent", "w-reaped", "w-stopped"]
    shown = body["items"][0]
    assert shown["id"] == str(alive.id) and shown["host"] == "host-a" and shown["pid"] == 4242
    assert shown["queues"] == ["default", "builds"] and shown["concurrency"] == 2
    assert shown["runningTasks"] == [first.id, second.id] and shown["runningCount"] == 2
    assert datetime.fromisoformat(shown["lastHeartbeat"]) == alive.last_heartbeat
    assert datetime.fromisoformat(shown["startedAt"]) == alive.started_at and shown["stoppedAt"] is None
    assert {w["name"]: w["state"] for w in body["items"]} == {
        "w-alive": "alive", "w-silent": "dead", "w-reaped": "dead", "w-stopped": "stopped"}
    assert all(w["runningTasks"] == [] and w["runningCount"] == 0 for w in body["items"][1:])

    paged = (await client.get("/api/v1/workers", params={"page": 2, "per_page": 3}, headers=admin)).json()
    assert paged["total"] == 4 and [w["name"] for w in paged["items"]] == ["w-stopped"]

    one = await client.get(f"/api/v1/workers/{reaped.id}", headers=admin)
    assert one.status_code == 200 and one.json()["state"] == "dead" and one.json()["stoppedAt"] is not None
    assert (await client.get(f"/api/v1/workers/{stopped.id}", headers=admin)).json()["state"] == "stopped"
    assert (await client.get(f"/api/v1/workers/{silent.id}", headers=admin)).json()["host"] == "host-b"
    missing = await client.get(f"/api/v1/workers/{uuid.uuid4()}", headers=admin)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    assert (await client.get("/api/v1/workers/not-an-id", headers=admin)).status_code == 422


async def test_no_worker_is_an_empty_page(client):
    admin = await owner_headers(client)
    body = (await client.get("/api/v1/workers", headers=admin)).json()
    assert body == {"items": [], "total": 0, "page": 1, "perPage": 20, "mode": "embedded"}


async def test_only_administrators_see_the_workers(client):
    await owner_headers(client)
    worker = await worker_row("w-alive", silent=1)
    await set_setting("registration", "open")
    await register(client, "member")
    member = await login(client, "member")
    for path in ("/api/v1/workers", f"/api/v1/workers/{worker.id}"):
        refused = await client.get(path, headers=member)
        assert refused.status_code == 403 and refused.json()["code"] == "forbidden", path
        assert "w-alive" not in refused.text
        assert (await client.get(path)).status_code == 401
