"""Account administration: who may change whom, ownership transfer, deactivation."""

from __future__ import annotations

import httpx

from tests.factories import PASSWORD, login, owner_headers


async def _create(client: httpx.AsyncClient, headers: dict[str, str], username: str, role: str = "user") -> dict:
    response = await client.post("/api/v1/users", headers=headers, json={
        "username": username, "email": f"{username}@example.com", "password": PASSWORD, "role": role})
    assert response.status_code == 201, response.text
    return response.json()


async def test_admins_list_create_update_and_delete_accounts(client):
    owner = await owner_headers(client)
    await _create(client, owner, "alice", role="admin")
    bob = await _create(client, owner, "bob")
    listed = (await client.get("/api/v1/users?search=b&per_page=1", headers=owner)).json()
    assert listed["total"] == 1 and listed["items"][0]["username"] == "bob" and listed["perPage"] == 1
    assert (await client.get("/api/v1/users", headers=owner)).json()["total"] == 3
    admin = await login(client, "alice")
    changed = await client.put(f"/api/v1/users/{bob['id']}", headers=admin,
                               json={"displayName": "Robert", "email": "robert@example.com"})
    assert changed.status_code == 200 and changed.json()["displayName"] == "Robert"
    assert (await client.put(f"/api/v1/users/{bob['id']}/password", headers=admin,
                             json={"password": "a new password"})).status_code == 204
    await login(client, "bob", "a new password")
    taken = await client.put(f"/api/v1/users/{bob['id']}", headers=admin, json={"email": "alice@example.com"})
    assert taken.status_code == 409 and taken.json()["details"] == {"field": "email"}
    assert (await client.delete(f"/api/v1/users/{bob['id']}", headers=admin)).status_code == 204
    missing = await client.get(f"/api/v1/users/{bob['id']}", headers=admin)
    assert missing.status_code == 404 and missing.json()["code"] == "not_found"
    assert (await client.get("/api/v1/users/not-a-uuid", headers=admin)).status_code == 422
    user = await _create(client, owner, "carol")
    carol = await login(client, "carol")
    assert (await client.get("/api/v1/users", headers=carol)).status_code == 403
    assert (await client.get(f"/api/v1/users/{user['id']}", headers=carol)).status_code == 403


async def test_only_the_owner_manages_admins_and_the_owner_is_protected(client):
    owner = await owner_headers(client)
    owner_id = (await client.get("/api/v1/user/profile", headers=owner)).json()["id"]
    alice = await _create(client, owner, "alice", role="admin")
    dave = await _create(client, owner, "dave", role="admin")
    admin = await login(client, "alice")
    for method, path, body in [
        ("PUT", f"/api/v1/users/{dave['id']}", {"displayName": "x"}),
        ("PUT", f"/api/v1/users/{dave['id']}/password", {"password": "whatever123"}),
        ("PUT", f"/api/v1/users/{dave['id']}/active", {"active": False}),
        ("DELETE", f"/api/v1/users/{dave['id']}", None),
        ("PUT", f"/api/v1/users/{owner_id}/password", {"password": "whatever123"}),
        ("PUT", f"/api/v1/users/{alice['id']}/role", {"role": "user"}),
        ("POST", "/api/v1/users", {"username": "eve", "email": "eve@example.com", "password": PASSWORD,
                                   "role": "admin"}),
    ]:
        response = await client.request(method, path, json=body, headers=admin)
        assert response.status_code == 403, (method, path, response.text)
        assert response.json()["code"] == "forbidden"
    for method, path, body in [
        ("DELETE", f"/api/v1/users/{owner_id}", None),
        ("PUT", f"/api/v1/users/{owner_id}/active", {"active": False}),
        ("PUT", f"/api/v1/users/{owner_id}/role", {"role": "admin"}),
    ]:
        response = await client.request(method, path, json=body, headers=owner)
        assert response.status_code == 409, (method, path, response.text)


async def test_ownership_transfer_keeps_exactly_one_owner(client):
    owner = await owner_headers(client)
    alice = await _create(client, owner, "alice", role="admin")
    moved = await client.put(f"/api/v1/users/{alice['id']}/role", headers=owner, json={"role": "owner"})
    assert moved.status_code == 200 and moved.json()["role"] == "owner"
    roles = {u["username"]: u["role"] for u in (await client.get("/api/v1/users", headers=owner)).json()["items"]}
    assert roles == {"owner": "admin", "alice": "owner"}
    new_owner = await login(client, "alice")
    me = (await client.get("/api/v1/user/profile", headers=owner)).json()
    assert (await client.put(f"/api/v1/users/{me['id']}/role", headers=new_owner,
                             json={"role": "user"})).json()["role"] == "user"


async def test_a_deactivated_account_cannot_log_in_and_its_sessions_end(client):
    owner = await owner_headers(client)
    bob = await _create(client, owner, "bob")
    bob_headers = await login(client, "bob")
    token = (await client.post("/api/v1/tokens", headers=bob_headers, json={"name": "ci"})).json()["token"]
    off = await client.put(f"/api/v1/users/{bob['id']}/active", headers=owner, json={"active": False})
    assert off.status_code == 200 and off.json()["active"] is False
    assert (await client.get("/api/v1/user/profile", headers=bob_headers)).status_code == 401
    assert (await client.get("/api/v1/user/profile",
                             headers={"Authorization": f"Bearer {token}"})).status_code == 401
    refused = await client.post("/api/v1/auth/login", json={"username": "bob", "password": PASSWORD})
    assert refused.status_code == 401
    assert (await client.put(f"/api/v1/users/{bob['id']}/active", headers=owner,
                             json={"active": True})).status_code == 200
    await login(client, "bob")
    me = (await client.get("/api/v1/user/profile", headers=owner)).json()
    own = await client.put(f"/api/v1/users/{me['id']}/active", headers=owner, json={"active": False})
    assert own.status_code == 409
