"""What the events tests read: a team's events through the API, and the events of one type."""

from __future__ import annotations

from typing import Any

import httpx


async def events(client: httpx.AsyncClient, headers: dict[str, str], team_id: str, **query: Any) -> list[dict]:
    answer = await client.get(f"/api/v1/teams/{team_id}/events", headers=headers,
                              params={"per_page": 100, **query})
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


async def of_type(client: httpx.AsyncClient, headers: dict[str, str], team_id: str, event_type: str) -> list[dict]:
    return await events(client, headers, team_id, type=event_type)
