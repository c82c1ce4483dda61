"""A deployment's detail tells its token's expiry beside its name (the dashboard shows both once the token's
one-time answer is gone), and nothing of the token itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.deployments.helpers import URL, deploy, world
from tests.factories import owner_headers


async def test_the_detail_names_the_token_and_its_expiry(client, server, pve_sim):
    headers = await owner_headers(client)
    out = await deploy(client, headers, await world(client, server, pve_sim, headers))
    url = f"{URL}/{out['id']}"
    detail = (await client.get(url, headers=headers)).json()
    assert detail["tokenName"] is None and detail["tokenExpiresAt"] is None
    made = (await client.put(f"{url}/token", headers=headers, json={"name": "ci", "expirationInDays": 30})).json()
    detail = (await client.get(url, headers=headers)).json()
    assert detail["tokenName"] == "ci" and detail["tokenExpiresAt"] == made["expiresAt"]
    expires = datetime.fromisoformat(detail["tokenExpiresAt"].replace("Z", "+00:00"))
    assert timedelta(days=29) < expires - datetime.now(UTC) <= timedelta(days=30)
    assert made["token"] not in str(detail)
    await client.delete(f"{url}/token", headers=headers)
    await client.put(f"{url}/token", headers=headers, json={"name": "forever"})
    detail = (await client.get(url, headers=headers)).json()
    assert detail["tokenName"] == "forever" and detail["tokenExpiresAt"] is None
