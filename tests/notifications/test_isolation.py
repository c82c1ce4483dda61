"""A receiver that accepts and never answers holds up neither the API nor the other deliveries; no notification
URL or signing secret in any log, answer after creation or data-dir file."""

from __future__ import annotations

import asyncio
import logging

import httpx

from service.domains.events import outbox
from service.domains.notifications.delivering import Schedule
from service.domains.notifications.models import Delivery, DeliveryStatus
from tests.factories import assert_secrets_nowhere, owner_headers, personal_team
from tests.notifications.receiver import Receiver
from tests.notifications.test_delivery import notification, until


async def _all_delivered() -> bool:
    return await Delivery.filter(status=DeliveryStatus.DELIVERED).count() == 2


CLIENTS = 4
SERVED = 200  # health answers the API must give while every stalled try is held
STALLED = 20
# A guard against a hang only, never a measure: far longer than SERVED answers take on the slowest machine.
GUARD_SECONDS = 600


async def _serve(client: httpx.AsyncClient, count: int) -> int:
    """GET /api/v1/health `count` times, from CLIENTS callers at once: how many answered 200."""
    answered = 0

    async def caller(share: int) -> None:
        nonlocal answered
        for _ in range(share):
            ok = (await client.get("/api/v1/health")).status_code == 200
            answered += ok  # after the await: `answered += await ...` would read it before, losing others' counts

    await asyncio.gather(*(caller(count // CLIENTS) for _ in range(CLIENTS)))
    return answered


async def test_a_stalled_receiver_slows_neither_the_api_nor_other_deliveries(client, server, receiver: Receiver):
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    stalling = Receiver(stall=True)
    await stalling.start()
    try:
        # Tries that never end by themselves while the test runs: the API is counted while all of them are held,
        # so an answer that waited for any of them could not come before the stalled connections are let go.
        server.app.state.notifications_worker.schedule = Schedule(backoff=(3600,) * 4, timeout=3600)
        for index in range(STALLED):
            await notification(client, owner, team, name=f"stalled{index}", type="webhook",
                               url=stalling.url(f"/s{index}"))
        await notification(client, owner, team, name="healthy", type="slack", url=receiver.url("/ok"))
        await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-1", name="shop")
        await until(lambda: stalling.stalled >= STALLED and receiver.to("/ok"))
        served = await asyncio.wait_for(_serve(client, SERVED), timeout=GUARD_SECONDS)
        assert served == SERVED
        assert stalling.stalled == STALLED  # every try still held while the API answered
        held = await Delivery.filter(status=DeliveryStatus.PENDING, attempts=0).count()
        assert held == STALLED, held  # none of them ended (a try ending records an attempt)
    finally:
        await stalling.stop()


async def test_no_url_or_signing_secret_in_logs_answers_or_files(client, server, settings, receiver: Receiver,
                                                                 caplog):
    caplog.set_level(logging.DEBUG)
    owner = await owner_headers(client)
    team = await personal_team(client, owner)
    token = "T0SECRET/B0SECRET/xoxTokenSecret42"
    slack = await notification(client, owner, team, name="slack", type="slack", url=receiver.url(f"/{token}"))
    hook = await notification(client, owner, team, name="hook", type="webhook",
                              url=receiver.url("/hook?key=QuerySecret99"))
    signing = hook["signingSecret"]
    receiver.status = 500  # refusals first: their errors are recorded and logged
    await outbox.record("deployment.failed", team_id=team, kind="deployment", resource_id="d-1", name="shop")
    await until(lambda: len(receiver.requests) >= 4)
    refused = (await client.get(f"/api/v1/notifications/{slack['id']}/deliveries", headers=owner)).json()["items"]
    assert refused[0]["lastStatus"] == 500 and "no hook at [notification url]" in refused[0]["lastError"], refused
    receiver.status = 200
    await until(lambda: _all_delivered())
    for made in (slack, hook):
        await client.post(f"/api/v1/notifications/{made['id']}/test", headers=owner)
    renewed = (await client.post(f"/api/v1/notifications/{hook['id']}/signing-secret", headers=owner)).json()

    secrets = [token, "xoxTokenSecret42", "QuerySecret99", signing, renewed["signingSecret"]]
    answers = [f"/api/v1/teams/{team}/notifications"] + [
        path for made in (slack, hook)
        for path in (f"/api/v1/notifications/{made['id']}", f"/api/v1/notifications/{made['id']}/deliveries")]
    await assert_secrets_nowhere(client, owner, settings.data_dir, secrets, answers=tuple(answers))
    logged = caplog.text + "".join(str(record.args) for record in caplog.records)
    assert "HTTP Request" in logged  # httpx's own request log ran, with the url hidden
    assert not any(secret in logged for secret in secrets)
