"""The live log stream (SSE): replay, Last-Event-ID, keep-alive, the end event."""

from __future__ import annotations

import asyncio

import pytest

from service.domains.tasks import api as tasks_api
from tests.factories import owner_headers, run_playbook, wait_task
from tests.sse import read_stream

pytestmark = pytest.mark.ansible


async def test_stream_follows_a_run_live_and_ends_with_the_task(client):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "controller_check")
    live = await read_stream(client, f"/api/v1/tasks/{task_id}/logstream", headers=headers)
    logs = (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text.splitlines()
    assert [event.id for event in live.lines] == list(range(1, len(logs) + 1))
    assert [event.text for event in live.lines] == logs
    assert live.end is not None and live.events[-1] is live.end
    final = live.end.json()
    assert final["id"] == task_id and final["success"] is True and final["percent"] == 100
    assert final["result"]["python_version"]


async def test_reconnecting_with_last_event_id_gets_exactly_the_missed_lines(client):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "controller_check")
    await wait_task(client, headers, task_id)
    url = f"/api/v1/tasks/{task_id}/logstream"
    full = await read_stream(client, url, headers=headers)
    resumed = await read_stream(client, url, headers={**headers, "Last-Event-ID": "3"})
    assert [e.id for e in resumed.lines] == [e.id for e in full.lines][3:]
    assert resumed.lines[0].id == 4
    assert [e.text for e in resumed.lines] == [e.text for e in full.lines][3:]
    assert resumed.end is not None
    tail = await read_stream(client, f"{url}?lines=2&format=json", headers=headers)
    assert [e.id for e in tail.lines] == [e.id for e in full.lines][-2:]
    entry = tail.lines[0].json()
    assert entry["source"] == task_id and isinstance(entry["realtimeTimestamp"], int) and entry["message"]


async def test_many_subscribers_get_the_same_lines(client, server):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "controller_check")
    url = f"/api/v1/tasks/{task_id}/logstream?access_token={headers['Authorization'].split()[1]}"
    streams = await asyncio.gather(*(read_stream(client, url, headers={}) for _ in range(5)))
    texts = [[e.text for e in stream.lines] for stream in streams]
    assert all(t == texts[0] for t in texts) and texts[0]
    assert all(stream.end is not None for stream in streams)
    assert server.engine.events.subscriber_count(task_id) == 0


async def test_a_quiet_stream_sends_keep_alive_comments(client, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks_api, "KEEPALIVE_SECONDS", 0.2)
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(tmp_path / "p")})
    stream = await read_stream(client, f"/api/v1/tasks/{task_id}/logstream", headers=headers,
                               stop_after_comments=4)
    assert stream.comments.count("keep-alive") >= 2
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    assert (await wait_task(client, headers, task_id))["state"] == "stopped"


async def test_stream_of_an_unknown_or_foreign_task_is_404(client):
    headers = await owner_headers(client)
    response = await client.get("/api/v1/tasks/999999/logstream", headers=headers)
    assert response.status_code == 404 and response.json()["code"] == "not_found"
