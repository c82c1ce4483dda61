"""Project invitations by token: public preview, accept, register with one while registration is closed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service.core.logredact import redact
from service.domains.projects.models import ProjectInvite
from tests.factories import PASSWORD, login, owner_headers


async def _invite(client, headers, project_id, email, role="member"):
    response = await client.post(f"/api/v1/projects/{project_id}/invites", headers=headers,
                                 json={"email": email, "role": role})
    assert response.status_code == 201, response.text
    return response.json()


async def test_an_invitee_registers_with_the_token_while_registration_is_closed(client):
    owner = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    invite = await _invite(client, owner, project["id"], "dana@example.com", role="admin")
    token = invite["token"]
    assert invite["link"] == f"{client.base_url}/invites/{token}"
    assert invite["emailSent"] is False, "no SMTP here: the link in the answer is the way in"
    stored = await ProjectInvite.get(id=invite["id"])
    assert token not in stored.token_hash
    listed = (await client.get(f"/api/v1/projects/{project['id']}/invites", headers=owner)).json()
    assert [i["email"] for i in listed] == ["dana@example.com"] and "token" not in listed[0]
    preview = await client.get(f"/api/v1/invites/{token}")
    assert preview.status_code == 200 and preview.json() == {
        "projectName": "shop", "role": "admin", "expiresAt": preview.json()["expiresAt"]}
    body = {"username": "dana", "email": "dana@example.com", "password": PASSWORD}
    assert (await client.post("/api/v1/auth/register", json=body)).status_code == 403
    wrong = await client.post("/api/v1/auth/register", json={**body, "email": "eve@example.com", "username": "eve",
                                                              "inviteToken": token})
    assert wrong.status_code == 403 and wrong.json()["code"] == "invite_mismatch"
    joined = await client.post("/api/v1/auth/register", json={**body, "inviteToken": token})
    assert joined.status_code == 201, joined.text
    dana = await login(client, "dana")
    assert (await client.get(f"/api/v1/projects/{project['id']}", headers=dana)).json()["role"] == "admin"
    # Single use.
    assert (await client.get(f"/api/v1/invites/{token}")).status_code == 404
    assert (await client.post(f"/api/v1/invites/{token}/accept", headers=dana)).status_code == 404
    log = (await client.get("/api/v1/audit-log?per_page=100", headers=owner)).text
    assert token not in log


async def test_a_logged_in_user_sees_and_accepts_invites_and_expired_ones_are_gone(client):
    owner = await owner_headers(client)
    from service.domains.accounts.registration import create_user

    await create_user(username="erin", email="erin@example.com", password=PASSWORD)
    erin = await login(client, "erin")
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    first = await _invite(client, owner, project["id"], "erin@example.com", role="viewer")
    mine = (await client.get("/api/v1/me/invites", headers=erin)).json()
    assert [(i["projectName"], i["role"]) for i in mine] == [("shop", "viewer")]
    accepted = await client.post(f"/api/v1/invites/{first['token']}/accept", headers=erin)
    assert accepted.status_code == 200 and accepted.json()["role"] == "viewer"
    # The answer names the project and the account that joined it.
    assert (accepted.json()["projectId"], accepted.json()["username"]) == (project["id"], "erin")
    assert (await client.get("/api/v1/me/invites", headers=erin)).json() == []
    again = await client.post(f"/api/v1/projects/{project['id']}/invites", headers=owner,
                              json={"email": "erin@example.com"})
    assert again.status_code == 409, "already a member"
    late = await _invite(client, owner, project["id"], "late@example.com")
    await ProjectInvite.filter(id=late["id"]).update(expires_at=datetime.now(UTC) - timedelta(seconds=1))
    assert (await client.get(f"/api/v1/invites/{late['token']}")).status_code == 404
    gone = await _invite(client, owner, project["id"], "gone@example.com")
    assert (await client.delete(f"/api/v1/projects/{project['id']}/invites/{gone['id']}",
                                headers=owner)).status_code == 204
    assert (await client.get(f"/api/v1/invites/{gone['token']}")).status_code == 404
    assert (await client.post(f"/api/v1/projects/{project['id']}/invites", headers=erin,
                              json={"email": "x@example.com"})).status_code == 403


def test_tokens_in_urls_never_reach_the_access_log():
    assert redact("/api/v1/tasks/3/logstream?lines=5&access_token=eyJabc.def") == \
        "/api/v1/tasks/3/logstream?lines=5&access_token=[redacted]"
    assert redact("/api/v1/invites/AbC-123_x/accept") == "/api/v1/invites/[redacted]/accept"
    assert redact("/api/v1/me/invites") == "/api/v1/me/invites"
    assert redact("/invites/AbC-123_x/signup") == "/invites/[redacted]/signup"
    assert redact("/signin?next=%2Finvites%2FAbC-123_x") == "/signin?next=%2Finvites%2F[redacted]"
