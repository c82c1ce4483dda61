"""Every route × every kind of caller: who is let in. A route missing from ACCESS fails the test."""

from __future__ import annotations

import re

import httpx
import pytest

from service.auth.accounts import create_user
from service.models import User
from tests.factories import PASSWORD, login, owner_headers

PUBLIC, SIGNED_IN, ADMIN = "public", "signed in", "admin"
ACCESS: dict[tuple[str, str], str] = {
    ("GET", "/api/v1/health"): PUBLIC,
    ("POST", "/api/v1/auth/register"): PUBLIC,
    ("POST", "/api/v1/auth/login"): PUBLIC,
    ("GET", "/api/v1/user/profile"): SIGNED_IN,
    ("PATCH", "/api/v1/user/profile"): SIGNED_IN,
    ("PUT", "/api/v1/user/profile"): SIGNED_IN,
    ("GET", "/api/v1/users"): ADMIN,
    ("POST", "/api/v1/users"): ADMIN,
    ("GET", "/api/v1/users/{user_id}"): ADMIN,
    ("PUT", "/api/v1/users/{user_id}"): ADMIN,
    ("DELETE", "/api/v1/users/{user_id}"): ADMIN,
    ("PUT", "/api/v1/users/{user_id}/role"): ADMIN,
    ("PUT", "/api/v1/users/{user_id}/active"): ADMIN,
    ("PUT", "/api/v1/users/{user_id}/password"): ADMIN,
    ("GET", "/api/v1/groups"): ADMIN,
    ("POST", "/api/v1/groups"): ADMIN,
    ("GET", "/api/v1/groups/{group_id}"): ADMIN,
    ("PUT", "/api/v1/groups/{group_id}"): ADMIN,
    ("DELETE", "/api/v1/groups/{group_id}"): ADMIN,
    ("PUT", "/api/v1/groups/{group_id}/members"): ADMIN,
    ("GET", "/api/v1/tokens"): SIGNED_IN,
    ("POST", "/api/v1/tokens"): SIGNED_IN,
    ("GET", "/api/v1/tokens/{token_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/tokens/{token_id}"): SIGNED_IN,
    ("GET", "/api/v1/settings/registration"): ADMIN,
    ("PUT", "/api/v1/settings/registration"): ADMIN,
    ("GET", "/api/v1/tasks"): SIGNED_IN,
    ("GET", "/api/v1/tasks/{task_id}"): SIGNED_IN,
    ("GET", "/api/v1/tasks/{task_id}/logs"): SIGNED_IN,
    ("GET", "/api/v1/tasks/{task_id}/logstream"): SIGNED_IN,
    ("POST", "/api/v1/tasks/{task_id}/stop"): SIGNED_IN,
    ("GET", "/api/v1/playbooks"): ADMIN,
    ("POST", "/api/v1/playbooks/{name}/run"): ADMIN,
    ("GET", "/api/v1/audit-log"): ADMIN,
    ("GET", "/api/v1/teams/{team_id}/audit-log"): SIGNED_IN,
    ("GET", "/api/v1/users/me"): SIGNED_IN,
    ("POST", "/api/v1/users/me/invitations/{team_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/users/me/invitations/{team_id}"): SIGNED_IN,
    ("GET", "/api/v1/teams"): SIGNED_IN,
    ("POST", "/api/v1/teams"): SIGNED_IN,
    ("GET", "/api/v1/teams/{team_id}"): SIGNED_IN,
    ("PUT", "/api/v1/teams/{team_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/teams/{team_id}"): SIGNED_IN,
    ("POST", "/api/v1/teams/{team_id}/users"): SIGNED_IN,
    ("DELETE", "/api/v1/teams/{team_id}/users/leave"): SIGNED_IN,
    ("PUT", "/api/v1/teams/{team_id}/users/{user_id}/role"): SIGNED_IN,
    ("DELETE", "/api/v1/teams/{team_id}/users/{user_id}"): SIGNED_IN,
    ("POST", "/api/v1/teams/{team_id}/users/{member_id}/reinvite"): SIGNED_IN,
    ("GET", "/api/v1/projects"): SIGNED_IN,
    ("POST", "/api/v1/projects"): SIGNED_IN,
    ("GET", "/api/v1/projects/{project_id}"): SIGNED_IN,
    ("PUT", "/api/v1/projects/{project_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/projects/{project_id}"): SIGNED_IN,
    ("GET", "/api/v1/projects/{project_id}/members"): SIGNED_IN,
    ("POST", "/api/v1/projects/{project_id}/members"): SIGNED_IN,
    ("PUT", "/api/v1/projects/{project_id}/members/{member_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/projects/{project_id}/members/{member_id}"): SIGNED_IN,
    ("POST", "/api/v1/projects/{project_id}/transfer"): SIGNED_IN,
    ("GET", "/api/v1/projects/{project_id}/environments"): SIGNED_IN,
    ("POST", "/api/v1/projects/{project_id}/environments"): SIGNED_IN,
    ("GET", "/api/v1/projects/{project_id}/environments/{env_id}"): SIGNED_IN,
    ("PUT", "/api/v1/projects/{project_id}/environments/{env_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/projects/{project_id}/environments/{env_id}"): SIGNED_IN,
    ("POST", "/api/v1/projects/{project_id}/environments/{env_id}/set-default"): SIGNED_IN,
    ("POST", "/api/v1/projects/{project_id}/environments/{env_id}/clone"): SIGNED_IN,
    ("GET", "/api/v1/projects/{project_id}/environments/{env_id}/variables"): SIGNED_IN,
    ("PUT", "/api/v1/projects/{project_id}/environments/{env_id}/variables"): SIGNED_IN,
    ("GET", "/api/v1/projects/{project_id}/invites"): SIGNED_IN,
    ("POST", "/api/v1/projects/{project_id}/invites"): SIGNED_IN,
    ("DELETE", "/api/v1/projects/{project_id}/invites/{invite_id}"): SIGNED_IN,
    ("GET", "/api/v1/invites/{token}"): PUBLIC,
    ("POST", "/api/v1/invites/{token}/accept"): SIGNED_IN,
    ("GET", "/api/v1/me/invites"): SIGNED_IN,
    ("GET", "/api/v1/nodes"): SIGNED_IN,
    ("POST", "/api/v1/nodes"): SIGNED_IN,
    ("GET", "/api/v1/nodes/{node_id}"): SIGNED_IN,
    ("PUT", "/api/v1/nodes/{node_id}"): SIGNED_IN,
    ("DELETE", "/api/v1/nodes/{node_id}"): SIGNED_IN,
    ("POST", "/api/v1/nodes/{node_id}/check"): SIGNED_IN,
    ("GET", "/api/v1/nodes/{node_id}/containers"): SIGNED_IN,
    ("POST", "/api/v1/nodes/{node_id}/containers/{name}/start"): SIGNED_IN,
    ("POST", "/api/v1/nodes/{node_id}/containers/{name}/stop"): SIGNED_IN,
    ("POST", "/api/v1/nodes/{node_id}/containers/{name}/restart"): SIGNED_IN,
    ("DELETE", "/api/v1/nodes/{node_id}/containers/{name}"): SIGNED_IN,
    ("GET", "/api/v1/nodes/{node_id}/audit"): SIGNED_IN,
    ("GET", "/api/v1/inventory"): ADMIN,
}
# Path parameters that name nothing, so no request below changes anything that exists.
SAMPLE = {"user_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b", "group_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b",
          "token_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b", "task_id": "999999", "name": "no-such-playbook",
          "team_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b", "member_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b",
          "project_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b", "env_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b",
          "invite_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b", "token": "no-such-token",
          "node_id": "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"}


def _api_routes(app) -> list[tuple[str, str]]:
    """Every route of the API, from the OpenAPI document (FastAPI nests included routers' routes)."""
    paths = app.openapi()["paths"]
    return sorted((method.upper(), path) for path, operations in paths.items() for method in operations)


def _expected(access: str, caller: str) -> set[int] | None:
    """None: anything but 401, 403 and 5xx."""
    if access == PUBLIC:
        return None
    if caller in ("anonymous", "deactivated", "revoked token"):
        return {401}
    if access == ADMIN and caller == "user":
        return {403}
    return None


async def _callers(client: httpx.AsyncClient) -> dict[str, dict[str, str]]:
    owner = await owner_headers(client)
    await create_user(username="admin2", email="admin2@example.com", password=PASSWORD, role="admin")
    await create_user(username="plain", email="plain@example.com", password=PASSWORD)
    await create_user(username="gone", email="gone@example.com", password=PASSWORD)
    gone = await login(client, "gone")
    await User.filter(username="gone").update(active=False)
    admin = await login(client, "admin2")
    token = (await client.post("/api/v1/tokens", headers=admin, json={"name": "t"})).json()
    await client.delete(f"/api/v1/tokens/{token['id']}", headers=admin)
    return {"anonymous": {}, "user": await login(client, "plain"), "admin": admin, "owner": owner,
            "deactivated": gone, "revoked token": {"Authorization": f"Bearer {token['token']}"}}


async def test_every_route_has_an_access_rule(server):
    routes = _api_routes(server.app)
    missing = [route for route in routes if route not in ACCESS]
    assert not missing, f"add these routes to ACCESS: {missing}"
    assert not [route for route in ACCESS if route not in routes], "ACCESS names routes that do not exist"


@pytest.mark.parametrize("caller", ["anonymous", "user", "admin", "owner", "deactivated", "revoked token"])
async def test_each_caller_gets_what_its_rights_allow(client, server, caller):
    callers = await _callers(client)
    headers = callers[caller]
    routes = _api_routes(server.app)
    assert len(routes) == len(ACCESS)
    for method, path in routes:
        if (method, path) in {("POST", "/api/v1/auth/login"), ("POST", "/api/v1/auth/register")}:
            continue  # answered for anyone; their own tests cover them
        url = re.sub(r"\{(\w+)\}", lambda m: SAMPLE[m.group(1)], path)
        body = {} if method in ("POST", "PUT", "PATCH") else None
        response = await client.request(method, url, headers=headers, json=body)
        assert response.status_code < 500, (caller, method, path, response.text)
        expected = _expected(ACCESS[(method, path)], caller)
        if expected is None:
            assert response.status_code not in (401, 403), (caller, method, path, response.text)
        else:
            assert response.status_code in expected, (caller, method, path, response.status_code, response.text)
        assert set(response.json()) == {"error", "code", "details"} if response.status_code >= 400 else True
