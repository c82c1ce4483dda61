"""A JSON body sent without `Content-Type: application/json` (curl's `-d` alone sends a form's type) is a 415
that says what to send, on every JSON route; JSON types with parameters or a +json suffix are read as JSON, and
the multipart icon upload keeps its own type."""

from __future__ import annotations

import json

import pytest

from tests.factories import owner_headers
from tests.projects.test_project_icons import PNG

BODY = json.dumps({"name": "shop"})


@pytest.mark.parametrize("content_type", [None, "application/x-www-form-urlencoded", "text/plain",
                                          "multipart/form-data; boundary=x"])
async def test_a_json_body_of_another_type_is_a_415_saying_what_to_send(client, content_type):
    headers = await owner_headers(client)
    if content_type:
        headers["Content-Type"] = content_type
    answer = await client.post("/api/v1/projects", headers=headers, content=BODY)
    assert answer.status_code == 415, answer.text
    body = answer.json()
    assert body["code"] == "unsupported_media_type"
    assert "send Content-Type: application/json" in body["error"]
    assert body["details"] == {"field": "body", "contentType": content_type or "none"}
    assert (await client.get("/api/v1/projects", headers=headers)).json()["total"] == 0


async def test_the_readme_backup_config_call_without_its_type_says_so(client, tmp_path):
    headers = {**await owner_headers(client), "Content-Type": "application/x-www-form-urlencoded"}  # curl -d
    config = {"provider": "filesystem", "backupFolder": str(tmp_path / "backups"), "key": "a long passphrase"}
    answer = await client.post("/api/v1/settings/backup_config", headers=headers, content=json.dumps(config))
    assert answer.status_code == 415 and "Content-Type: application/json" in answer.text, answer.text


@pytest.mark.parametrize("content_type", ["application/json", "application/json; charset=utf-8",
                                          "application/merge-patch+json"])
async def test_json_types_are_read_as_json(client, content_type):
    headers = {**await owner_headers(client), "Content-Type": content_type}
    answer = await client.post("/api/v1/projects", headers=headers, content=BODY)
    assert answer.status_code == 201, answer.text


async def test_field_errors_of_a_json_body_stay_422(client):
    headers = await owner_headers(client)
    answer = await client.post("/api/v1/projects", headers=headers, json=["not", "an", "object"])
    assert answer.status_code == 422 and answer.json()["details"][0]["field"] == "body", answer.text
    answer = await client.post("/api/v1/projects", headers=headers, json={"name": "Bad Name"})
    assert answer.status_code == 422 and answer.json()["details"][0]["field"] == "name", answer.text


async def test_the_multipart_icon_upload_is_not_a_json_route(client):
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    url = f"/api/v1/projects/{project['id']}/icon"
    uploaded = await client.post(url, headers=headers, files={"file": ("i.png", PNG, "image/png")})
    assert uploaded.status_code == 200, uploaded.text
    # Sent as JSON it is refused for its missing file, not for its type.
    as_json = await client.post(url, headers=headers, json={"file": "x"})
    assert as_json.status_code == 422 and as_json.json()["details"][0]["field"] == "file", as_json.text
