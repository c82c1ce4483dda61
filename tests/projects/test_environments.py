"""Environments: create, default, clone with variables, secrets that are written but never read back."""

from __future__ import annotations

from service.domains.accounts.registration import create_user
from service.domains.projects.models import EnvVariable
from tests.factories import PASSWORD, login, owner_headers

SECRET = "sk-live-4b1e9d77-never-shown"


async def _project(client):
    await owner_headers(client)
    await create_user(username="alice", email="alice@example.com", password=PASSWORD)
    await create_user(username="bob", email="bob@example.com", password=PASSWORD)
    alice, bob = await login(client, "alice"), await login(client, "bob")
    project = (await client.post("/api/v1/projects", headers=alice, json={"name": "shop"})).json()
    return alice, bob, project


async def test_environments_lifecycle_and_the_default(client):
    alice, _, project = await _project(client)
    base = f"/api/v1/projects/{project['id']}/environments"
    staging = await client.post(base, headers=alice, json={"name": "staging", "type": "staging", "gitBranch": "main"})
    assert staging.status_code == 201, staging.text
    env = staging.json()
    assert env["isDefault"] is False and env["gitBranch"] == "main"
    assert (await client.post(base, headers=alice, json={"name": "staging"})).status_code == 409
    assert (await client.post(base, headers=alice, json={"name": "Bad!"})).status_code == 422
    production = next(e for e in (await client.get(base, headers=alice)).json() if e["isDefault"])
    refused = await client.delete(f"{base}/{production['id']}", headers=alice)
    assert refused.status_code == 409 and refused.json()["code"] == "default_environment"
    made = await client.post(f"{base}/{env['id']}/set-default", headers=alice)
    assert made.json()["isDefault"] is True
    listed = (await client.get(base, headers=alice)).json()
    assert [e["name"] for e in listed if e["isDefault"]] == ["staging"]
    renamed = await client.put(f"{base}/{production['id']}", headers=alice, json={"name": "prod"})
    assert renamed.json()["name"] == "prod"
    assert (await client.delete(f"{base}/{production['id']}?force=true", headers=alice)).status_code == 204
    assert [e["name"] for e in (await client.get(base, headers=alice)).json()] == ["staging"]


async def test_secret_variables_are_write_only_and_clones_copy_them(client):
    alice, bob, project = await _project(client)
    base = f"/api/v1/projects/{project['id']}/environments"
    (production,) = (await client.get(base, headers=alice)).json()
    url = f"{base}/{production['id']}/variables"
    put = await client.put(url, headers=alice, json={"variables": [
        {"key": "API_KEY", "value": SECRET, "secret": True}, {"key": "MODE", "value": "live"}]})
    assert put.status_code == 200, put.text
    assert put.json()["variables"] == [{"key": "API_KEY", "value": None, "secret": True},
                                       {"key": "MODE", "value": "live", "secret": False}]
    stored = await EnvVariable.get(key="API_KEY")
    assert SECRET not in stored.sealed_value
    # Sending the secret back as null keeps it; a plain variable needs its value.
    kept = await client.put(url, headers=alice, json={"variables": [
        {"key": "API_KEY", "value": None, "secret": True}, {"key": "MODE", "value": "test"}]})
    assert kept.status_code == 200 and (await EnvVariable.get(key="API_KEY")).sealed_value == stored.sealed_value
    missing = await client.put(url, headers=alice, json={"variables": [{"key": "MODE", "value": None}]})
    assert missing.status_code == 422
    twice = await client.put(url, headers=alice,
                             json={"variables": [{"key": "A", "value": "1"}, {"key": "A", "value": "2"}]})
    assert twice.status_code == 422
    clone = await client.post(f"{base}/{production['id']}/clone", headers=alice,
                              json={"name": "preview-1", "type": "preview"})
    assert clone.status_code == 201 and clone.json()["type"] == "preview"
    copied = (await client.get(f"{base}/{clone.json()['id']}/variables", headers=alice)).json()["variables"]
    assert copied == [{"key": "API_KEY", "value": None, "secret": True},
                      {"key": "MODE", "value": "test", "secret": False}]
    # Outsiders see nothing; a viewer reads but may not write.
    assert (await client.get(url, headers=bob)).status_code == 404
    bob_id = (await client.get("/api/v1/user/profile", headers=bob)).json()["id"]
    await client.post(f"/api/v1/projects/{project['id']}/members", headers=alice,
                      json={"userId": bob_id, "role": "viewer"})
    assert (await client.get(url, headers=bob)).status_code == 200
    assert (await client.put(url, headers=bob, json={"variables": []})).status_code == 403
    owner = await login(client)
    log = (await client.get("/api/v1/audit-log?per_page=100", headers=owner)).text
    assert SECRET not in log
