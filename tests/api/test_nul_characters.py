"""NUL characters are refused (422 naming where) in bodies, query strings and paths, before anything is stored:
PostgreSQL cannot store one, and a 500 is never the answer to bad input."""

from __future__ import annotations

from tests.factories import owner_headers


async def test_nul_is_refused_wherever_it_is_sent(client):
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    body = await client.post(f"/api/v1/projects/{project['id']}/environments", headers=headers,
                             json={"name": "qa", "description": "a\x00b"})
    assert body.status_code == 422 and body.json()["details"][0]["field"] == "description", body.text
    base = f"/api/v1/projects/{project['id']}/environments"
    production = (await client.get(base, headers=headers)).json()[0]
    nested = await client.put(f"{base}/{production['id']}/variables", headers=headers,
                              json={"variables": [{"key": "A", "value": "\x00"}]})
    assert nested.status_code == 422, nested.text
    query = await client.get("/api/v1/projects?search=%00", headers=headers)
    assert query.status_code == 422 and query.json()["details"] == {"field": "query"}
    path = await client.get("/api/v1/invites/abc%00def")
    assert path.status_code == 422 and path.json()["details"] == {"field": "path"}
    assert [e["name"] for e in (await client.get(base, headers=headers)).json()] == ["production"]
