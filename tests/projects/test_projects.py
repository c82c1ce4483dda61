"""Projects: visibility by role (404 for those who may not see), roles, members, groups, transfer."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from tests.factories import PASSWORD, login, owner_headers


async def _people(client):
    owner = await owner_headers(client)
    for name in ("alice", "bob", "carol"):
        await create_user(username=name, email=f"{name}@example.com", password=PASSWORD)
    return owner, {name: await login(client, name) for name in ("alice", "bob", "carol")}


async def _id(client, headers) -> str:
    return (await client.get("/api/v1/user/profile", headers=headers)).json()["id"]


async def test_a_new_project_has_its_owner_and_a_default_environment(client):
    _, people = await _people(client)
    alice = people["alice"]
    created = await client.post("/api/v1/projects", headers=alice,
                                json={"name": "shop", "displayName": "The Shop", "color": "#336699"})
    assert created.status_code == 201, created.text
    project = created.json()
    assert project["role"] == "owner" and project["ownerId"] == await _id(client, alice)
    assert project["displayName"] == "The Shop" and project["servicesCount"] == 0
    me = (await client.get("/api/v1/users/me", headers=alice)).json()
    assert project["teamId"] == me["teams"][0]["id"], "the personal team by default"
    (env,) = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=alice)).json()
    assert env["name"] == "production" and env["isDefault"] is True and env["type"] == "production"
    again = await client.post("/api/v1/projects", headers=alice, json={"name": "shop"})
    assert again.status_code == 409 and again.json()["details"] == {"field": "name"}
    bad = await client.post("/api/v1/projects", headers=alice, json={"name": "Bad Name!", "color": "red"})
    assert bad.status_code == 422 and {d["field"] for d in bad.json()["details"]} == {"name", "color"}
    foreign = await client.post("/api/v1/projects", headers=people["bob"],
                                json={"name": "x", "teamId": project["teamId"]})
    assert foreign.status_code == 422 and foreign.json()["details"] == {"field": "teamId"}


async def test_roles_decide_what_a_member_may_do_and_outsiders_see_nothing(client):
    owner, people = await _people(client)
    alice, bob, carol = people["alice"], people["bob"], people["carol"]
    project = (await client.post("/api/v1/projects", headers=alice, json={"name": "shop"})).json()
    url = f"/api/v1/projects/{project['id']}"
    assert (await client.get(url, headers=bob)).status_code == 404
    assert (await client.put(url, headers=bob, json={"description": "x"})).status_code == 404
    assert (await client.get("/api/v1/projects", headers=bob)).json()["total"] == 0
    viewer = await client.post(f"{url}/members", headers=alice,
                               json={"userId": await _id(client, bob), "role": "viewer"})
    assert viewer.status_code == 201
    assert {k: viewer.json()[k] for k in ("projectId", "username", "displayName", "email", "groupName")} == {
        "projectId": project["id"], "username": "bob", "displayName": "bob", "email": "bob@example.com",
        "groupName": None}
    assert (await client.get(url, headers=bob)).json()["role"] == "viewer"
    refused = await client.put(url, headers=bob, json={"description": "x"})
    assert refused.status_code == 403
    promoted = await client.put(f"{url}/members/{viewer.json()['id']}", headers=alice, json={"role": "admin"})
    assert (promoted.json()["role"], promoted.json()["username"]) == ("admin", "bob")
    assert (await client.put(url, headers=bob, json={"description": "by bob"})).json()["description"] == "by bob"
    assert (await client.delete(url, headers=bob)).status_code == 403, "deleting is the owner's"
    # A group gives each of its users its role.
    group = (await client.post("/api/v1/groups", headers=owner, json={"name": "readers"})).json()
    await client.put(f"/api/v1/groups/{group['id']}/members", headers=owner,
                     json={"userIds": [await _id(client, carol)]})
    assert (await client.get(url, headers=carol)).status_code == 404
    added = await client.post(f"{url}/members", headers=alice, json={"groupId": group["id"], "role": "member"})
    assert (added.json()["groupName"], added.json()["username"], added.json()["email"]) == ("readers", None, None)
    assert (await client.get(url, headers=carol)).json()["role"] == "member"
    # Each member named in the list, accounts and groups alike.
    members = (await client.get(f"{url}/members", headers=carol)).json()
    assert [(m["username"], m["email"], m["groupName"], m["role"]) for m in members] == [
        ("alice", "alice@example.com", None, "owner"), ("bob", "bob@example.com", None, "admin"),
        (None, None, "readers", "member")]
    listed = (await client.get("/api/v1/projects?search=sho", headers=carol)).json()
    assert listed["total"] == 1 and listed["items"][0]["name"] == "shop"
    # The instance owner sees everything as an owner.
    assert (await client.get(url, headers=owner)).json()["role"] == "owner"


async def test_transfer_and_the_owner_protections_and_delete(client):
    _, people = await _people(client)
    alice, bob = people["alice"], people["bob"]
    project = (await client.post("/api/v1/projects", headers=alice, json={"name": "shop"})).json()
    url = f"/api/v1/projects/{project['id']}"
    members = (await client.get(f"{url}/members", headers=alice)).json()
    owner_member = members[0]
    assert owner_member["role"] == "owner"
    assert (await client.delete(f"{url}/members/{owner_member['id']}", headers=alice)).status_code == 409
    assert (await client.put(f"{url}/members/{owner_member['id']}", headers=alice,
                             json={"role": "viewer"})).status_code == 409
    bob_id = await _id(client, bob)
    not_member = await client.post(f"{url}/transfer", headers=alice, json={"newOwnerId": bob_id})
    assert not_member.status_code == 422
    await client.post(f"{url}/members", headers=alice, json={"userId": bob_id, "role": "member"})
    moved = await client.post(f"{url}/transfer", headers=alice, json={"newOwnerId": bob_id})
    assert moved.status_code == 200 and moved.json()["ownerId"] == bob_id and moved.json()["role"] == "admin"
    assert (await client.get(url, headers=bob)).json()["role"] == "owner"
    assert (await client.delete(url, headers=alice)).status_code == 403
    assert (await client.delete(url, headers=bob)).status_code == 204
    assert (await client.get(url, headers=bob)).status_code == 404
    from service.domains.projects.models import Environment, ProjectMember

    assert await ProjectMember.filter(project_id=project["id"]).count() == 0
    assert await Environment.filter(project_id=project["id"]).count() == 0


async def test_twin_requests_for_one_name_get_one_201_and_409s_never_a_500(client):
    """The name checks run before the writes: twins that pass them together meet the database's unique keys,
    which answer the same 409 as the check."""
    import asyncio

    headers = await owner_headers(client)

    async def twins(method: str, url: str, bodies: list[dict]) -> list[int]:
        answers = await asyncio.gather(*(client.request(method, url, headers=headers, json=body)
                                         for body in bodies))
        for answer in answers:
            assert answer.status_code in (200, 201) or answer.json()["code"] == "taken", answer.text
        return sorted(answer.status_code for answer in answers)

    assert await twins("POST", "/api/v1/projects", [{"name": "shop"}] * 4) == [201, 409, 409, 409]
    assert await twins("POST", "/api/v1/teams", [{"name": "Ops", "slug": "ops"}] * 4) == [201, 409, 409, 409]
    project = (await client.get("/api/v1/projects", headers=headers)).json()["items"][0]
    base = f"/api/v1/projects/{project['id']}/environments"
    assert await twins("POST", base, [{"name": "staging"}] * 4) == [201, 409, 409, 409]
    others = [(await client.post("/api/v1/projects", headers=headers, json={"name": f"p{i}"})).json()["id"]
              for i in range(3)]
    renamed = await asyncio.gather(*(client.put(f"/api/v1/projects/{pid}", headers=headers, json={"name": "same"})
                                     for pid in others))
    assert sorted(answer.status_code for answer in renamed) == [200, 409, 409], [a.text for a in renamed]
