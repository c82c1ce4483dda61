"""API tokens: shown once, stored hashed, act as their creator, stop on revoke or expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service.auth.models import ApiToken
from tests.factories import owner_headers, run_playbook, wait_task


async def test_token_lifecycle(client, server):
    headers = await owner_headers(client)
    created = await client.post("/api/v1/tokens", headers=headers, json={"name": "ci", "expirationInDays": 30})
    assert created.status_code == 201, created.text
    body = created.json()
    token = body["token"]
    assert token.startswith("ctr_") and body["prefix"] == token[:10] and body["expiresAt"]
    bearer = {"Authorization": f"Bearer {token}"}
    assert (await client.get("/api/v1/user/profile", headers=bearer)).json()["username"] == "owner"
    # It acts with its creator's rights: an owner's token runs playbooks.
    task_id = await run_playbook(client, bearer, "controller_check")
    assert (await wait_task(client, bearer, task_id))["success"]
    listed = (await client.get("/api/v1/tokens", headers=headers)).json()
    assert [t["id"] for t in listed] == [body["id"]] and "token" not in listed[0]
    assert listed[0]["lastUsedAt"] is not None
    shown = (await client.get(f"/api/v1/tokens/{body['id']}", headers=headers)).json()
    assert "token" not in shown
    stored = await ApiToken.get(id=body["id"])
    assert token not in (stored.token_hash, stored.prefix)
    for text in [(await client.get("/api/v1/audit-log", headers=headers)).text,
                 (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text]:
        assert token not in text
    assert (await client.delete(f"/api/v1/tokens/{body['id']}", headers=headers)).status_code == 204
    assert (await client.get("/api/v1/user/profile", headers=bearer)).status_code == 401
    assert (await client.get(f"/api/v1/tokens/{body['id']}", headers=headers)).status_code == 404


async def test_an_expired_token_stops_working(client):
    headers = await owner_headers(client)
    body = (await client.post("/api/v1/tokens", headers=headers, json={"name": "old", "expirationInDays": 30})).json()
    bearer = {"Authorization": f"Bearer {body['token']}"}
    assert (await client.get("/api/v1/user/profile", headers=bearer)).status_code == 200
    await ApiToken.filter(id=body["id"]).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    refused = await client.get("/api/v1/user/profile", headers=bearer)
    assert refused.status_code == 401 and refused.json()["code"] == "invalid_token"


async def test_token_input_is_checked(client):
    headers = await owner_headers(client)
    bad = await client.post("/api/v1/tokens", headers=headers, json={"name": "x", "expirationInDays": 7})
    assert bad.status_code == 422 and bad.json()["details"][0]["field"] == "expirationInDays"
    assert (await client.post("/api/v1/tokens", headers=headers, json={"name": ""})).status_code == 422
    assert await ApiToken.all().count() == 0
    forever = await client.post("/api/v1/tokens", headers=headers, json={"name": "forever"})
    assert forever.status_code == 201 and forever.json()["expiresAt"] is None
    assert (await client.get("/api/v1/user/profile",
                             headers={"Authorization": "Bearer ctr_not-a-real-token"})).status_code == 401
