"""SMTP setting and invitation emails, against a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import re

from service.core.models import InstanceSetting
from service.domains.accounts.registration import create_user
from tests.factories import PASSWORD, login, owner_headers

SMTP_PASSWORD = "smtp-secret-password"


def _smtp(sink, **changes):
    return {"host": "127.0.0.1", "port": sink.port, "tls": "none", "username": "mailer", "password": SMTP_PASSWORD,
            "fromAddress": "containr@example.com", **changes}


async def test_the_smtp_password_is_write_only_and_sealed(client, smtp_sink):
    owner = await owner_headers(client)
    assert (await client.get("/api/v1/settings/smtp", headers=owner)).json()["configured"] is False
    saved = await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink))
    assert saved.status_code == 200, saved.text
    shown = await client.get("/api/v1/settings/smtp", headers=owner)
    assert shown.json() == {"configured": True, "host": "127.0.0.1", "port": smtp_sink.port, "tls": "none",
                            "username": "mailer", "passwordSet": True, "fromAddress": "containr@example.com"}
    assert SMTP_PASSWORD not in saved.text and SMTP_PASSWORD not in shown.text
    assert SMTP_PASSWORD not in str((await InstanceSetting.get(key="smtp")).value)
    # Left out, the stored password stays; null removes it.
    kept = await client.put("/api/v1/settings/smtp", headers=owner,
                            json={k: v for k, v in _smtp(smtp_sink).items() if k != "password"})
    assert kept.json()["passwordSet"] is True
    cleared = await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink, password=None))
    assert cleared.json()["passwordSet"] is False
    missing = await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink, fromAddress=None))
    assert missing.status_code == 422 and missing.json()["details"]["field"] == "fromAddress"
    bad = await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink, tls="ssl3"))
    assert bad.status_code == 422 and bad.json()["details"][0]["field"] == "tls"
    off = await client.put("/api/v1/settings/smtp", headers=owner, json={"host": None})
    assert off.status_code == 200 and off.json()["configured"] is False
    await create_user(username="plain", email="plain@example.com", password=PASSWORD)
    plain = await login(client, "plain")
    assert (await client.get("/api/v1/settings/smtp", headers=plain)).status_code == 403
    assert (await client.put("/api/v1/settings/smtp", headers=plain, json=_smtp(smtp_sink))).status_code == 403


async def test_an_emailed_invitation_brings_the_invitee_in_while_registration_is_closed(client, smtp_sink):
    owner = await owner_headers(client)
    assert (await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink))).status_code == 200
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    invite = await client.post(f"/api/v1/projects/{project['id']}/invites", headers=owner,
                               json={"email": "dana@example.com", "role": "admin"})
    assert invite.status_code == 201, invite.text
    assert invite.json()["emailSent"] is True and invite.json()["emailError"] is None
    assert smtp_sink.logins == ["mailer"]
    [received] = smtp_sink.messages
    assert received.recipients == ["dana@example.com"] and received.sender == "containr@example.com"
    assert received.message["Subject"] == "Invitation to the project shop"
    link = re.search(r"https?://\S+/invites/\S+", received.text)
    assert link is not None and link.group(0) == invite.json()["link"]
    token = link.group(0).rsplit("/", 1)[1]
    assert (await client.get(f"/api/v1/invites/{token}")).json()["role"] == "admin"
    assert (await client.get(f"/invites/{token}")).status_code == 303  # the dashboard's page: sign in first
    body = {"username": "dana", "email": "dana@example.com", "password": PASSWORD}
    assert (await client.post("/api/v1/auth/register", json=body)).status_code == 403, "registration is closed"
    joined = await client.post("/api/v1/auth/register", json={**body, "inviteToken": token})
    assert joined.status_code == 201, joined.text
    dana = await login(client, "dana")
    assert (await client.get(f"/api/v1/projects/{project['id']}", headers=dana)).json()["role"] == "admin"


async def test_team_invitations_are_emailed_and_reinvites_send_again(client, server, smtp_sink):
    server.settings.public_url = "https://containr.example.com"
    owner = await owner_headers(client)
    await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink))
    # A line break in a name must not reach the headers (it would start a header of the user's making).
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Ops\nBcc: x@example.com"})).json()
    invited = await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner,
                                json={"email": "erin@example.com", "role": "admin"})
    assert invited.status_code == 201 and invited.json()["emailSent"] is True
    expected = f"https://containr.example.com/api/v1/users/me/invitations/{team['id']}"
    assert invited.json()["link"] == expected
    again = await client.post(f"/api/v1/teams/{team['id']}/users/{invited.json()['id']}/reinvite", headers=owner)
    assert again.status_code == 200 and again.json()["emailSent"] is True
    assert [m.recipients for m in smtp_sink.messages] == [["erin@example.com"]] * 2
    assert all(m.message["Bcc"] is None for m in smtp_sink.messages)
    subject = "Invitation to the team Ops Bcc: x@example.com"
    assert all(expected in m.text and m.message["Subject"] == subject for m in smtp_sink.messages)
    await create_user(username="erin", email="erin@example.com", password=PASSWORD)
    erin = await login(client, "erin")
    assert (await client.post(expected.removeprefix("https://containr.example.com"), headers=erin)).status_code == 200
    assert (await client.get(f"/api/v1/teams/{team['id']}", headers=erin)).json()["role"] == "admin"


async def test_a_failed_send_keeps_the_invitation_and_says_why(client, smtp_sink):
    owner = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    unsent = await client.post(f"/api/v1/projects/{project['id']}/invites", headers=owner,
                               json={"email": "a@example.com"})
    assert unsent.status_code == 201
    assert unsent.json()["emailSent"] is False and "not configured" in unsent.json()["emailError"]
    # Without logging in, the server refuses the message.
    await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink, username=None, password=None))
    refused = await client.post(f"/api/v1/projects/{project['id']}/invites", headers=owner,
                                json={"email": "b@example.com"})
    assert refused.status_code == 201, refused.text
    assert refused.json()["emailSent"] is False and "530" in refused.json()["emailError"]
    await client.put("/api/v1/settings/smtp", headers=owner, json=_smtp(smtp_sink, tls="starttls"))
    no_tls = await client.post(f"/api/v1/projects/{project['id']}/invites", headers=owner,
                               json={"email": "c@example.com"})
    assert no_tls.status_code == 201 and no_tls.json()["emailSent"] is False
    assert "STARTTLS" in no_tls.json()["emailError"]
    assert smtp_sink.messages == []
    listed = (await client.get(f"/api/v1/projects/{project['id']}/invites", headers=owner)).json()
    assert sorted(i["email"] for i in listed) == ["a@example.com", "b@example.com", "c@example.com"]
    token = refused.json()["link"].rsplit("/", 1)[1]
    assert (await client.get(f"/api/v1/invites/{token}")).status_code == 200  # the link works though unsent
