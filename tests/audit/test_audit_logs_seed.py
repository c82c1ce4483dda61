"""Seed 004's audit logs: a project's records in `{auditLogs, pagination}`, for its admins; the whole log only for
instance administrators."""

from __future__ import annotations

from tests.factories import login, owner_headers, personal_team, team_member


async def test_a_projects_admins_read_its_changes_in_the_seeds_shape(client):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    shop = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop", "teamId": team})).json()
    other = (await client.post("/api/v1/projects", headers=owner, json={"name": "blog", "teamId": team})).json()
    for name in ("staging", "qa"):
        made = await client.post(f"/api/v1/projects/{shop['id']}/environments", headers=owner,
                                 json={"name": name, "type": "staging"})
        assert made.status_code == 201, made.text
    await client.put(f"/api/v1/projects/{other['id']}", headers=owner, json={"description": "elsewhere"})

    answer = await client.get(f"/api/v1/audit-logs?projectId={shop['id']}", headers=owner)
    assert answer.status_code == 200, answer.text
    logs = answer.json()
    assert {log["projectId"] for log in logs["auditLogs"]} == {shop["id"]}
    made = [log for log in logs["auditLogs"] if log["details"]["targetKind"] == "environment"]
    assert [log["details"]["targetName"] for log in made] == ["qa", "staging"], "newest first"
    assert made[0]["details"]["status"] == 201 and made[0]["details"]["username"] == "owner"
    assert set(made[0]) == {"id", "projectId", "action", "details", "createdAt"}
    assert logs["pagination"] == {"total": len(logs["auditLogs"]), "limit": 100, "offset": 0, "hasMore": False}

    page = (await client.get(f"/api/v1/audit-logs?projectId={shop['id']}&action=environments&limit=1&offset=1",
                             headers=owner)).json()
    assert [log["details"]["targetName"] for log in page["auditLogs"]] == ["staging"]
    assert page["pagination"] == {"total": 2, "limit": 1, "offset": 1, "hasMore": False}
    first = (await client.get(f"/api/v1/audit-logs?projectId={shop['id']}&action=environments&limit=1",
                              headers=owner)).json()
    assert first["pagination"]["hasMore"] is True

    everything = (await client.get("/api/v1/audit-logs?limit=500", headers=owner)).json()
    assert other["id"] in {log["projectId"] for log in everything["auditLogs"]}


async def test_members_below_admin_and_outsiders_are_refused(client):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    shop = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop", "teamId": team})).json()
    member = await team_member(client, owner, team, "dora")
    url = f"/api/v1/audit-logs?projectId={shop['id']}"
    assert (await client.get(url, headers=member)).status_code == 404, "not a member of the project"
    users = (await client.get("/api/v1/users?search=dora", headers=owner)).json()["items"]
    added = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=owner,
                              json={"userId": users[0]["id"], "role": "viewer"})
    assert added.status_code == 201, added.text
    assert (await client.get(url, headers=member)).status_code == 403
    refused = await client.get("/api/v1/audit-logs", headers=member)
    assert refused.status_code == 403 and refused.json()["details"] == {"field": "projectId"}
    assert (await client.get("/api/v1/audit-logs?projectId=nope", headers=member)).status_code == 422
    assert (await client.get(url, headers=await login(client, "owner"))).status_code == 200
