"""Cloudron's create_invite: a single-use, 7-day link that sets an account's password, the newest one only,
emailed through a real SMTP server when SMTP is set; spent at POST /auth/password_reset."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from service.auth.models import User
from service.core.models import AuditRecord
from tests.factories import PASSWORD, login, owner_headers

NEW_PASSWORD = "a brand new password"


async def _user(client, headers, username: str, role: str = "user") -> dict:
    made = await client.post("/api/v1/users", headers=headers, json={
        "username": username, "email": f"{username}@example.com", "password": PASSWORD, "role": role})
    assert made.status_code == 201, made.text
    return made.json()


async def _reset(client, token: str, password: str = NEW_PASSWORD):
    return await client.post("/api/v1/auth/password_reset", json={"resetToken": token, "password": password})


async def test_an_invite_sets_the_password_once_and_a_new_one_replaces_it(client):
    owner = await owner_headers(client)
    dana = await _user(client, owner, "dana")
    first = await client.post(f"/api/v1/users/{dana['id']}/create_invite", headers=owner)
    assert first.status_code == 200, first.text
    answer = first.json()
    assert answer["emailSent"] is False and "SMTP" in answer["emailError"]
    assert answer["inviteLink"].endswith(f"/reset?token={answer['resetToken']}")
    stored = await User.get(id=dana["id"])
    assert stored.invite_token_hash == hashlib.sha256(answer["resetToken"].encode()).hexdigest()
    second = (await client.post(f"/api/v1/users/{dana['id']}/create_invite", headers=owner)).json()
    replaced = await _reset(client, answer["resetToken"])
    assert replaced.status_code == 422 and replaced.json()["details"][0]["field"] == "resetToken"
    short = await _reset(client, second["resetToken"], password="short")
    assert short.status_code == 422 and short.json()["details"][0]["field"] == "password"
    assert (await _reset(client, second["resetToken"])).status_code == 204
    await login(client, "dana", NEW_PASSWORD)
    assert (await client.post("/api/v1/auth/login", json={"username": "dana", "password": PASSWORD})).status_code == 401
    used = await _reset(client, second["resetToken"], password="yet another password")
    assert used.status_code == 422 and used.json()["code"] == "invalid_token"
    assert (await _reset(client, "never-issued")).status_code == 422
    # The token is on no audit record.
    records = [repr(list(r.__dict__.values())) for r in await AuditRecord.all()]
    assert not any(second["resetToken"] in text or answer["resetToken"] in text for text in records)


async def test_an_invite_expires_after_seven_days(client):
    owner = await owner_headers(client)
    erin = await _user(client, owner, "erin")
    token = (await client.post(f"/api/v1/users/{erin['id']}/create_invite", headers=owner)).json()["resetToken"]
    await User.filter(id=erin["id"]).update(invite_created_at=datetime.now(UTC) - timedelta(days=7, minutes=1))
    expired = await _reset(client, token)
    assert expired.status_code == 422 and expired.json()["code"] == "invalid_token"
    await login(client, "erin", PASSWORD)  # the old password still works


async def test_the_invite_is_emailed_when_smtp_is_set(client, smtp_sink):
    owner = await owner_headers(client)
    smtp = {"host": "127.0.0.1", "port": smtp_sink.port, "tls": "none", "username": "mailer",
            "password": "smtp-secret-password", "fromAddress": "containr@example.com"}
    assert (await client.put("/api/v1/settings/smtp", headers=owner, json=smtp)).status_code == 200
    fay = await _user(client, owner, "fay")
    answer = (await client.post(f"/api/v1/users/{fay['id']}/create_invite", headers=owner)).json()
    assert answer["emailSent"] is True and answer.get("emailError") is None
    [received] = smtp_sink.messages
    assert received.recipients == ["fay@example.com"]
    assert answer["inviteLink"] in received.text
    assert (await _reset(client, answer["resetToken"])).status_code == 204


async def test_who_may_invite_whom(client):
    owner = await owner_headers(client)
    owner_id = (await client.get("/api/v1/user/profile", headers=owner)).json()["id"]
    await _user(client, owner, "alice", role="admin")
    dave = await _user(client, owner, "dave", role="admin")
    plain = await _user(client, owner, "plain")
    admin = await login(client, "alice")
    assert (await client.post(f"/api/v1/users/{owner_id}/create_invite", headers=admin)).status_code == 403
    assert (await client.post(f"/api/v1/users/{dave['id']}/create_invite", headers=admin)).status_code == 403
    assert (await client.post(f"/api/v1/users/{plain['id']}/create_invite", headers=admin)).status_code == 200
    assert (await client.post(f"/api/v1/users/{dave['id']}/create_invite", headers=owner)).status_code == 200
    assert (await client.post(f"/api/v1/users/{owner_id}/create_invite", headers=owner)).status_code == 200
    user = await login(client, "plain")
    assert (await client.post(f"/api/v1/users/{plain['id']}/create_invite", headers=user)).status_code == 403
    # An external account's password lives in LDAP.
    await User.filter(id=plain["id"]).update(external=True)
    external = await client.post(f"/api/v1/users/{plain['id']}/create_invite", headers=owner)
    assert external.status_code == 409 and external.json()["code"] == "external_account"
