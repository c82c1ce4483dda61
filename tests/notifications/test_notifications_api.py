"""Notifications' API: validation naming the field, names unique per team, team access, the url masked and kept
when left out, the signing secret shown once, and `test` answering a refused or failed webhook's outcome."""

from __future__ import annotations

from typing import Any

import httpx

from tests.factories import login, owner_headers, personal_team, register, team_member
from tests.notifications.receiver import Receiver, free_port

EVENTS = ["deployment.failed", "backup.failed"]


def body(**extra: Any) -> dict[str, Any]:
    return {"name": "ops", "type": "slack", "url": "https://hooks.example.com/services/T0/B0/tok3n",
            "enabledEvents": EVENTS, "active": True, **extra}


def refused(response: httpx.Response, field: str, status: int = 422) -> None:
    assert response.status_code == status, response.text
    details = response.json()["details"]
    fields = [d["field"] for d in details] if isinstance(details, list) else [details["field"]]
    assert field in [f.split(".")[0] for f in fields], response.text


async def test_crud_validation_and_masking(client):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    url = f"/api/v1/teams/{team}/notifications"

    made = await client.post(url, headers=owner, json=body())
    assert made.status_code == 201, made.text
    shown = made.json()
    assert shown["url"] == "https://hooks.example.com/…" and "tok3n" not in made.text
    assert shown["teamId"] == team and shown["enabledEvents"] == EVENTS and shown["creatorName"] == "owner"
    assert shown["signingSecret"] is None and shown["recipients"] is None

    refused(await client.post(url, headers=owner, json=body()), "name", 409)
    assert "ops" in (await client.post(url, headers=owner, json=body())).json()["error"]
    refused(await client.post(url, headers=owner, json=body(name="b", enabledEvents=["nope"])), "enabledEvents")
    refused(await client.post(url, headers=owner, json=body(name="b", url=None)), "url")
    refused(await client.post(url, headers=owner, json=body(name="b", url="ftp://x.example.com/a")), "url")
    refused(await client.post(url, headers=owner, json=body(name="b", type="email", url=None)), "recipients")
    refused(await client.post(url, headers=owner, json=body(name="b", type="email", url=None,
                                                            recipients=["not-an-address"])), "recipients")
    refused(await client.post(url, headers=owner, json=body(name="b", type="pager")), "type")
    listed = (await client.get(url, headers=owner)).json()
    assert listed["total"] == 1 and listed["perPage"] == 20  # nothing half-made by the refusals

    email = await client.post(url, headers=owner, json=body(name="mail", type="email", url=None,
                                                            recipients=["ops@example.com"]))
    assert email.status_code == 201 and email.json()["recipients"] == ["ops@example.com"], email.text
    seed = await client.post(url, headers=owner, json=body(name="seed", enabledEvents=["deployment-created"]))
    assert seed.json()["enabledEvents"] == ["deployment.created"], seed.text  # seed 001's spelling
    assert (await client.delete(f"/api/v1/notifications/{seed.json()['id']}", headers=owner)).status_code == 204

    one = f"/api/v1/notifications/{shown['id']}"
    changed = await client.put(one, headers=owner, json={"name": "ops2", "type": "discord",
                                                         "enabledEvents": ["node.offline"], "active": False})
    assert changed.status_code == 200, changed.text
    assert changed.json()["url"] == "https://hooks.example.com/…" and not changed.json()["active"]
    refused(await client.put(one, headers=owner, json={"name": "mail", "type": "slack"}), "name", 409)
    refused(await client.put(one, headers=owner, json={"name": "x", "type": "email"}), "recipients")
    got = await client.get(one, headers=owner)
    assert got.json()["name"] == "ops2" and got.json()["type"] == "discord"

    hook = await client.post(url, headers=owner, json=body(name="hook", type="webhook",
                                                           url="http://127.0.0.1:9/in"))
    secret = hook.json()["signingSecret"]
    assert secret and secret not in (await client.get(f"/api/v1/notifications/{hook.json()['id']}",
                                                      headers=owner)).text
    renewed = await client.post(f"/api/v1/notifications/{hook.json()['id']}/signing-secret", headers=owner)
    assert renewed.status_code == 200 and renewed.json()["signingSecret"] not in ("", secret)
    refused(await client.post(f"{one}/signing-secret", headers=owner), "type", 409)

    assert (await client.delete(one, headers=owner)).status_code == 204
    assert (await client.get(one, headers=owner)).status_code == 404


async def test_members_read_managers_change_strangers_see_nothing(client):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    url = f"/api/v1/teams/{team}/notifications"
    made = (await client.post(url, headers=owner, json=body())).json()
    one = f"/api/v1/notifications/{made['id']}"
    member = await team_member(client, owner, team)
    assert (await client.get(url, headers=member)).json()["total"] == 1
    assert (await client.get(one, headers=member)).status_code == 200
    assert (await client.get(f"{one}/deliveries", headers=member)).status_code == 200
    assert (await client.post(url, headers=member, json=body(name="x"))).status_code == 403
    assert (await client.put(one, headers=member, json=body())).status_code == 403
    assert (await client.post(f"{one}/test", headers=member)).status_code == 403
    assert (await client.delete(one, headers=member)).status_code == 403

    await register(client, "stranger")
    stranger = await login(client, "stranger")
    assert (await client.get(url, headers=stranger)).status_code == 404
    assert (await client.post(url, headers=stranger, json=body(name="x"))).status_code == 404
    assert (await client.get(one, headers=stranger)).status_code == 404
    assert (await client.post(f"{one}/test", headers=stranger)).status_code == 404
    assert (await client.get(f"{one}/deliveries", headers=stranger)).status_code == 404


async def test_test_reports_the_receivers_outcome(client, receiver: Receiver):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    url = f"/api/v1/teams/{team}/notifications"
    nowhere = (await client.post(url, headers=owner, json=body(
        name="refused", type="webhook", url=f"http://127.0.0.1:{free_port()}/in"))).json()
    tried = await client.post(f"/api/v1/notifications/{nowhere['id']}/test", headers=owner)
    assert tried.status_code == 202, tried.text
    outcome = tried.json()
    assert outcome["status"] == "failed" and outcome["attempts"] == 1 and outcome["lastStatus"] is None
    assert "refused" in outcome["lastError"].lower() or "failed" in outcome["lastError"].lower(), outcome
    assert "127.0.0.1" not in outcome["lastError"]

    receiver.status = 404
    gone = (await client.post(url, headers=owner, json=body(name="gone", type="webhook",
                                                            url=receiver.url("/gone")))).json()
    outcome = (await client.post(f"/api/v1/notifications/{gone['id']}/test", headers=owner)).json()
    assert outcome["status"] == "failed" and outcome["lastStatus"] == 404, outcome
    assert "404" in outcome["lastError"] and "/gone" not in outcome["lastError"]

    receiver.status = 200
    outcome = (await client.post(f"/api/v1/notifications/{gone['id']}/test", headers=owner)).json()
    assert outcome["status"] == "delivered" and outcome["lastStatus"] == 200 and outcome["deliveredAt"], outcome
    sent = receiver.to("/gone")[-1]
    assert sent.headers["x-containr-event"] == "test" and sent.json()["resource"]["name"] == "gone"

    listed = (await client.get(f"/api/v1/notifications/{gone['id']}/deliveries", headers=owner)).json()
    assert [d["status"] for d in listed["items"]] == ["delivered", "failed"] and listed["items"][0]["test"]
    failed = (await client.get(f"/api/v1/notifications/{gone['id']}/deliveries?status=failed",
                               headers=owner)).json()
    assert failed["total"] == 1 and failed["items"][0]["lastStatus"] == 404

    mail = (await client.post(url, headers=owner, json=body(name="mail", type="email", url=None,
                                                            recipients=["ops@example.com"]))).json()
    refused(await client.post(f"/api/v1/notifications/{mail['id']}/test", headers=owner), "type", 409)
