"""Request bodies: capped at 1 MiB (the icon upload a little more) with a 413 naming the limit, whether the size is
declared or the body comes chunked; JSON nested past the parser's depth is a 422 on `body` like any bad body."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import pytest

from service.core.body_limit import JSON_LIMIT, BodyLimit
from tests.factories import owner_headers
from tests.projects.test_project_icons import PNG

MIB = 1024 * 1024


async def _chunked(data: bytes, size: int = 64 * 1024) -> AsyncIterator[bytes]:
    # An async generator has no length: httpx sends it with Transfer-Encoding: chunked.
    for start in range(0, len(data), size):
        yield data[start:start + size]


def _too_large(answer, limit: int) -> None:
    assert answer.status_code == 413, answer.text
    body = answer.json()
    assert body["code"] == "too_large" and body["details"] == {"field": "body", "limit": limit}, body
    assert "limit" in body["error"]


def _padded(body: dict, size: int) -> bytes:
    """The body as JSON, padded with whitespace (still valid JSON) to `size` bytes."""
    text = json.dumps(body).encode()
    return text[:-1] + b" " * (size - len(text)) + b"}"


async def test_a_large_json_body_is_refused_before_anything_runs(client):
    headers = {**await owner_headers(client), "Content-Type": "application/json"}
    big = _padded({"extraVars": {"x": "y" * 100}}, 20 * MIB)
    declared = await client.post("/api/v1/playbooks/controller_check/run", headers=headers, content=big)
    _too_large(declared, JSON_LIMIT)
    assert "1 MiB" in declared.json()["error"]
    chunked = await client.post("/api/v1/playbooks/controller_check/run", headers=headers,
                                content=_chunked(_padded({"extraVars": {}}, 2 * MIB)))
    _too_large(chunked, JSON_LIMIT)
    assert (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"] == []
    # The audit log records the refusal the route would have made.
    audit = (await client.get("/api/v1/audit-log", headers=headers)).json()["items"]
    assert 413 in {record["status"] for record in audit}, audit


async def test_a_body_up_to_the_limit_is_read_whole(client):
    headers = {**await owner_headers(client), "Content-Type": "application/json"}
    exact = await client.post("/api/v1/projects", headers=headers, content=_padded({"name": "shop"}, JSON_LIMIT))
    assert exact.status_code == 201, exact.text
    chunked = await client.post("/api/v1/projects", headers=headers,
                                content=_chunked(_padded({"name": "depot"}, JSON_LIMIT)))
    assert chunked.status_code == 201, chunked.text
    over = await client.post("/api/v1/projects", headers=headers, content=_padded({"name": "x"}, JSON_LIMIT + 1))
    _too_large(over, JSON_LIMIT)


async def test_the_icon_upload_takes_its_file_and_no_more(client):
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    url = f"/api/v1/projects/{project['id']}/icon"
    icon = PNG + bytes(MIB - len(PNG))  # exactly the icon's limit, over the JSON one once framed
    assert (await client.post(url, headers=headers, files={"file": ("i.png", icon, "image/png")})).status_code == 200
    # A little over: the route's own refusal names the file.
    over = await client.post(url, headers=headers, files={"file": ("i.png", icon + b"x", "image/png")})
    assert over.status_code == 413 and over.json()["details"] == {"field": "file"}, over.text
    huge = await client.post(url, headers=headers, files={"file": ("i.png", icon * 3, "image/png")})
    assert huge.status_code == 413 and huge.json()["details"]["field"] == "body", huge.text


@pytest.mark.parametrize("body", [
    b"[" * 100_000,
    b'{"a":' * 5000 + b"1" + b"}" * 5000,
    b'{"name": "shop", "description": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
], ids=["open-lists", "nested-objects", "nested-field"])
async def test_json_nested_too_deeply_is_a_422_on_the_body(client, body):
    headers = {**await owner_headers(client), "Content-Type": "application/json"}
    answer = await client.post("/api/v1/projects", headers=headers, content=body)
    assert answer.status_code == 422, answer.text
    assert answer.json()["details"] == [{"field": "body", "message": "JSON nested too deeply"}], answer.text


async def test_deep_but_parseable_values_are_refused_naming_the_field(client):
    headers = {**await owner_headers(client), "Content-Type": "application/json"}
    for depth in (65, 500, 900):
        nested = "[" * depth + "]" * depth
        answer = await client.post("/api/v1/playbooks/echo/run", headers=headers,
                                   content=f'{{"extraVars": {{"echo_value": {nested}}}}}')
        assert answer.status_code == 422, (depth, answer.text)
        assert answer.json()["details"][0]["field"] == "extraVars", (depth, answer.text)
        assert "deeper than 64 levels" in answer.text
    assert (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"] == []


async def test_a_client_waiting_for_100_continue_is_answered_without_a_read():
    """curl asks before it sends more than 1 MiB: the 413 goes out at once and nothing is read or routed."""
    calls: list[str] = []

    async def app(scope, receive, send):
        calls.append("app")

    async def receive():
        calls.append("receive")
        return {"type": "http.request", "body": b"", "more_body": False}

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/v1/playbooks/x/run",
             "headers": [(b"content-length", str(20 * MIB).encode()), (b"expect", b"100-continue")]}
    await BodyLimit(app)(scope, receive, send)
    assert calls == [] and sent[0]["status"] == 413
    assert json.loads(sent[1]["body"])["details"] == {"field": "body", "limit": JSON_LIMIT}
