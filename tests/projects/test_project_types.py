"""Projects' dyrector kinds: versioned by default, versionless on request, and the one-way convert."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from service.domains.projects.models import Project, ProjectType
from tests.factories import PASSWORD, login, owner_headers


async def test_a_project_is_versioned_unless_made_versionless(client):
    headers = await owner_headers(client)
    plain = await client.post("/api/v1/projects", headers=headers, json={"name": "plain"})
    assert plain.status_code == 201 and plain.json()["type"] == "versioned"
    single = await client.post("/api/v1/projects", headers=headers, json={"name": "single", "type": "versionless"})
    assert single.status_code == 201 and single.json()["type"] == "versionless"
    assert (await Project.get(id=single.json()["id"])).type is ProjectType.VERSIONLESS
    listed = (await client.get("/api/v1/projects", headers=headers)).json()["items"]
    assert {p["name"]: p["type"] for p in listed} == {"plain": "versioned", "single": "versionless"}
    bad = await client.post("/api/v1/projects", headers=headers, json={"name": "odd", "type": "rolling"})
    assert bad.status_code == 422 and [d["field"] for d in bad.json()["details"]] == ["type"]


async def test_convert_makes_a_versionless_project_versioned_once(client):
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "single", "type": "versionless"})).json()
    await create_user(username="viewer", email="viewer@example.com", password=PASSWORD)
    viewer_id = (await client.get("/api/v1/users", headers=headers, params={"search": "viewer"})).json()["items"][0]
    added = await client.post(f"/api/v1/projects/{project['id']}/members", headers=headers,
                              json={"userId": viewer_id["id"], "role": "viewer"})
    assert added.status_code == 201, added.text
    refused = await client.post(f"/api/v1/projects/{project['id']}/convert", headers=await login(client, "viewer"))
    assert refused.status_code == 403
    converted = await client.post(f"/api/v1/projects/{project['id']}/convert", headers=headers)
    assert converted.status_code == 200 and converted.json()["type"] == "versioned"
    again = await client.post(f"/api/v1/projects/{project['id']}/convert", headers=headers)
    assert again.status_code == 409 and again.json()["code"] == "versioned"
    assert again.json()["details"] == {"field": "type"}
    fetched = (await client.get(f"/api/v1/projects/{project['id']}", headers=headers)).json()
    assert fetched["type"] == "versioned"
