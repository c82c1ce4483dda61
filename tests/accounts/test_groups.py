"""Groups of accounts, managed by administrators."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from tests.factories import PASSWORD, login, owner_headers


async def test_group_lifecycle_and_members(client):
    headers = await owner_headers(client)
    alice = await create_user(username="alice", email="alice@example.com", password=PASSWORD)
    bob = await create_user(username="bob", email="bob@example.com", password=PASSWORD)
    created = await client.post("/api/v1/groups", headers=headers, json={"name": "ops", "description": "on call"})
    assert created.status_code == 201, created.text
    group = created.json()
    assert group["userIds"] == [] and group["name"] == "ops"
    members = await client.put(f"/api/v1/groups/{group['id']}/members", headers=headers,
                               json={"userIds": [str(alice.id), str(bob.id)]})
    assert sorted(members.json()["userIds"]) == sorted([str(alice.id), str(bob.id)])
    unknown = await client.put(f"/api/v1/groups/{group['id']}/members", headers=headers,
                               json={"userIds": [str(alice.id), "00000000-0000-4000-8000-000000000000"]})
    assert unknown.status_code == 422 and unknown.json()["details"]["field"] == "userIds"
    kept = (await client.get(f"/api/v1/groups/{group['id']}", headers=headers)).json()
    assert len(kept["userIds"]) == 2, "a refused change changes nothing"
    taken = await client.post("/api/v1/groups", headers=headers, json={"name": "OPS"})
    assert taken.status_code == 409 and taken.json()["details"] == {"field": "name"}
    renamed = await client.put(f"/api/v1/groups/{group['id']}", headers=headers, json={"name": "operations"})
    assert renamed.json()["name"] == "operations"
    listed = (await client.get("/api/v1/groups?search=oper", headers=headers)).json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == group["id"]
    await client.delete(f"/api/v1/users/{bob.id}", headers=headers)
    assert (await client.get(f"/api/v1/groups/{group['id']}", headers=headers)).json()["userIds"] == [str(alice.id)]
    assert (await client.delete(f"/api/v1/groups/{group['id']}", headers=headers)).status_code == 204
    assert (await client.get(f"/api/v1/groups/{group['id']}", headers=headers)).status_code == 404
    assert (await client.get("/api/v1/users", headers=headers)).json()["total"] == 2, "accounts stay"


async def test_groups_are_for_administrators(client):
    await owner_headers(client)
    await create_user(username="carol", email="carol@example.com", password=PASSWORD)
    carol = await login(client, "carol")
    assert (await client.get("/api/v1/groups", headers=carol)).status_code == 403
    assert (await client.post("/api/v1/groups", headers=carol, json={"name": "x"})).status_code == 403
    bad = await client.post("/api/v1/groups", headers=await login(client), json={"name": "../x"})
    assert bad.status_code == 422 and bad.json()["details"][0]["field"] == "name"
