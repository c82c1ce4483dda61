"""Delivery against real receivers: a loopback HTTP server checking each service's documented body shape and the
generic webhook's HMAC, aiosmtpd for email; once per matching notification, none for inactive or non-matching
ones; retries until a receiver that was down comes back; pending deliveries resumed by a restarted app."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
from typing import Any

from service.domains.events import outbox
from service.domains.notifications import worker
from service.domains.notifications.models import Delivery, DeliveryStatus
from tests.conftest import Server
from tests.factories import owner_headers, personal_team
from tests.notifications.receiver import Receiver

SMTP_PASSWORD = "smtp-secret-password"


async def until(check: Any, *, tries: int = 300) -> None:
    """Wait (0.05 s steps, at most `tries`) for `check()` (sync or async) to be true."""
    for _ in range(tries):
        found = check()
        if inspect.isawaitable(found):
            found = await found
        if found:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never true: {check}")


async def _delivered(notification_id: str, count: int) -> bool:
    return await Delivery.filter(notification_id=notification_id, status=DeliveryStatus.DELIVERED).count() == count


async def notification(client, owner, team, **body: Any) -> dict[str, Any]:
    made = await client.post(f"/api/v1/teams/{team}/notifications", headers=owner,
                             json={"enabledEvents": ["deployment.failed"], "active": True, **body})
    assert made.status_code == 201, made.text
    return made.json()


async def test_each_format_once_per_matching_notification(client, receiver: Receiver, smtp_sink):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    saved = await client.put("/api/v1/settings/smtp", headers=owner, json={
        "host": "127.0.0.1", "port": smtp_sink.port, "tls": "none", "username": "mailer",
        "password": SMTP_PASSWORD, "fromAddress": "containr@example.com"})
    assert saved.status_code == 200, saved.text
    named = await client.post("/api/v1/settings/cloudron_name", headers=owner, json={"name": "Acme Cloud"})
    assert named.status_code == 200, named.text
    made = {kind: await notification(client, owner, team, name=kind, type=kind, url=receiver.url(f"/{kind}"))
            for kind in ("slack", "discord", "teams", "mattermost", "rocket", "webhook")}
    mail_notification = await notification(client, owner, team, name="mail", type="email",
                                           recipients=["ops@example.com"])
    await notification(client, owner, team, name="off", type="slack", url=receiver.url("/off"), active=False)
    await notification(client, owner, team, name="other", type="slack", url=receiver.url("/other"),
                       enabledEvents=["node.offline"])

    event = await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-1",
                                name="shop", data={"error": "image not found"})
    await until(lambda: len(receiver.requests) >= 6 and smtp_sink.messages)
    await asyncio.sleep(0.5)  # room for a second delivery or a wrong one, which must not come
    assert sorted(r.path for r in receiver.requests) == sorted(f"/{k}" for k in made)

    slack = receiver.to("/slack")[0].json()
    assert "deployment failed" in slack["text"].lower() and "shop" in slack["text"] and "Acme Cloud" in slack["text"]
    assert {b["type"] for b in slack["blocks"]} <= {"header", "section", "context"}
    assert all(len(b["text"]["text"]) <= 3000 for b in slack["blocks"] if b["type"] == "section")

    discord = receiver.to("/discord")[0].json()
    assert "shop" in discord["content"] and len(discord["content"]) <= 2000
    embed = discord["embeds"][0]
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096 and len(embed["fields"]) <= 25
    assert {"name", "value"} <= set(embed["fields"][0]) and isinstance(embed["color"], int)

    teams = receiver.to("/teams")[0].json()
    assert teams["type"] == "message"
    attachment = teams["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert attachment["content"]["type"] == "AdaptiveCard" and attachment["content"]["body"][0]["type"] == "TextBlock"

    for kind in ("mattermost", "rocket"):
        chat = receiver.to(f"/{kind}")[0].json()
        assert "shop" in chat["text"] and chat["attachments"][0]["fields"], kind
    assert receiver.to("/rocket")[0].json()["alias"] == "Containr"

    hook = receiver.to("/webhook")[0]
    assert hook.headers["x-containr-event"] == "deployment.failed"
    secret = made["webhook"]["signingSecret"]
    expected = "sha256=" + hmac.new(secret.encode(), hook.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(hook.headers["x-containr-signature"], expected)
    sent = hook.json()
    assert sent["id"] == str(event.id) and sent["type"] == "deployment.failed" and sent["teamId"] == team
    assert sent["resource"] == {"kind": "deployment", "id": "d-1", "name": "shop"}
    assert sent["data"] == {"error": "image not found"} and sent["at"] and "shop" in sent["text"]

    assert len(smtp_sink.messages) == 1
    mail = smtp_sink.messages[0]
    assert mail.recipients == ["ops@example.com"] and mail.message["Subject"].startswith("[Acme Cloud] ")
    assert "deployment failed" in mail.message["Subject"].lower() and "image not found" in mail.text

    listed = (await client.get(f"/api/v1/notifications/{made['slack']['id']}/deliveries", headers=owner)).json()
    assert listed["total"] == 1
    assert listed["items"][0]["status"] == "delivered" and listed["items"][0]["attempts"] == 1
    assert listed["items"][0]["eventId"] == str(event.id) and listed["items"][0]["eventType"] == "deployment.failed"
    assert await Delivery.filter(event_id=event.id).count() == 7

    tested = await client.post(f"/api/v1/notifications/{mail_notification['id']}/test", headers=owner)
    assert tested.status_code == 202 and tested.json()["status"] == "delivered", tested.text
    assert len(smtp_sink.messages) == 2 and "Test message" in smtp_sink.messages[1].message["Subject"]


async def test_a_receiver_down_for_the_first_tries_gets_it_when_back(client, receiver: Receiver):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    made = await notification(client, owner, team, name="hook", type="webhook", url=receiver.url())
    await receiver.stop()  # refused from now on
    await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-1", name="shop")
    await until(lambda: Delivery.filter(notification_id=made["id"], attempts__gte=2).exists())
    await receiver.start()
    await until(lambda: Delivery.filter(notification_id=made["id"], status=DeliveryStatus.DELIVERED).exists())
    delivery = await Delivery.get(notification_id=made["id"])
    assert delivery.attempts >= 3 and delivery.last_status == 200 and len(receiver.requests) == 1


async def test_pending_deliveries_resume_after_a_restart(settings, receiver: Receiver):
    import httpx

    first = Server(settings)
    await first.start()
    async with httpx.AsyncClient(base_url=first.url) as client:
        owner = await owner_headers(client)
        team = await personal_team(client, owner)
        tried = await notification(client, owner, team, name="tried", type="slack", url=receiver.url("/tried"))
        await receiver.stop()
        await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-1", name="one")
        await until(lambda: Delivery.filter(notification_id=tried["id"], attempts__gte=1).exists())
        await worker.stop()  # as the app's shutdown does: an event recorded now is not fanned out yet
        await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-2", name="two")
        pending = await Delivery.get(notification_id=tried["id"])
        assert pending.status == DeliveryStatus.PENDING and not receiver.requests
    await first.stop()

    await receiver.start()
    second = Server(settings)
    await second.start()
    try:
        await until(lambda: len(receiver.to("/tried")) >= 2)
        assert sorted(r.json()["text"].rsplit(" ", 1)[1] for r in receiver.to("/tried")) == ["one", "two"]
        await until(lambda: _delivered(tried["id"], 2))
    finally:
        await second.stop()
        await worker.stop()
