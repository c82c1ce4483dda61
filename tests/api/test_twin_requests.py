"""Twin requests for one unique name: the checks run before the writes, so twins that pass them together meet the
database's unique keys, which answer the same 409 as the check, never a 500."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.factories import PASSWORD, node_body, online_node, owner_headers

TWINS = 4


async def twins(client: httpx.AsyncClient, headers: dict[str, str],
                requests: list[tuple[str, str, dict[str, Any]]]) -> list[int]:
    """The answers' status codes, sorted, after checking that each refusal is the check's own 409."""
    answers = await asyncio.gather(*(client.request(method, url, headers=headers, json=body)
                                     for method, url, body in requests))
    for answer in answers:
        assert answer.status_code < 300 or (answer.status_code, answer.json()["code"]) == (409, "taken"), answer.text
        if answer.status_code == 409:
            assert answer.json()["details"]["field"] in ("name", "email", "username"), answer.text
    return sorted(answer.status_code for answer in answers)


async def test_groups_created_or_renamed_to_one_name(client):
    headers = await owner_headers(client)
    made = await twins(client, headers, [("POST", "/api/v1/groups", {"name": "ops"})] * TWINS)
    assert made == [201] + [409] * (TWINS - 1)
    others = [(await client.post("/api/v1/groups", headers=headers, json={"name": f"g{i}"})).json()["id"]
              for i in range(TWINS)]
    renamed = await twins(client, headers, [("PUT", f"/api/v1/groups/{gid}", {"name": "same"}) for gid in others])
    assert renamed == [200] + [409] * (TWINS - 1)


async def test_accounts_created_with_or_changed_to_one_username_or_email(client):
    headers = await owner_headers(client)
    body = {"username": "alice", "email": "alice@example.com", "password": PASSWORD}
    made = await twins(client, headers, [("POST", "/api/v1/users", body)] * TWINS)
    assert made == [201] + [409] * (TWINS - 1)
    ids = []
    for i in range(TWINS):
        created = await client.post("/api/v1/users", headers=headers, json={
            "username": f"user{i}", "email": f"user{i}@example.com", "password": PASSWORD})
        ids.append(created.json()["id"])
    changed = await twins(client, headers, [("PUT", f"/api/v1/users/{uid}", {"email": "same@example.com"})
                                            for uid in ids])
    assert changed == [200] + [409] * (TWINS - 1)


async def test_environments_cloned_to_one_name(client):
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    base = f"/api/v1/projects/{project['id']}/environments"
    (production,) = (await client.get(base, headers=headers)).json()
    url = f"{base}/{production['id']}/clone"
    cloned = await twins(client, headers, [("POST", url, {"name": "preview"})] * TWINS)
    assert cloned == [201] + [409] * (TWINS - 1)


@pytest.mark.ansible
async def test_nodes_registered_or_renamed_to_one_name(client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim, name="first")
    server, creds = pve_sim
    body = node_body(server.url, creds, node["teamId"], name="twin")
    made = await twins(client, headers, [("POST", "/api/v1/nodes", body)] * TWINS)
    assert made == [202] + [409] * (TWINS - 1)
    renamed = await twins(client, headers, [("PUT", f"/api/v1/nodes/{node['id']}", {"name": "twin"})])
    assert renamed == [409], "the check itself, for the record"
    others = [(await client.post("/api/v1/nodes", headers=headers,
                                 json=node_body(server.url, creds, node["teamId"], name=f"n{i}"))).json()["id"]
              for i in range(TWINS)]
    renamed = await twins(client, headers, [("PUT", f"/api/v1/nodes/{nid}", {"name": "same"}) for nid in others])
    assert renamed == [200] + [409] * (TWINS - 1)


async def test_variables_replaced_by_twins_end_as_one_of_them(client):
    """Twin replacements of an environment's variables take turns: each answers 200 and the last one stands
    whole (before, both deleted the old rows and the second insert met the unique key: 500 on PostgreSQL)."""
    headers = await owner_headers(client)
    project = (await client.post("/api/v1/projects", headers=headers, json={"name": "shop"})).json()
    base = f"/api/v1/projects/{project['id']}/environments"
    (production,) = (await client.get(base, headers=headers)).json()
    url = f"{base}/{production['id']}/variables"
    bodies = [{"variables": [{"key": "MODE", "value": f"v{i}"}, {"key": "TOKEN", "value": f"t{i}", "secret": True}]}
              for i in range(TWINS)]
    answers = await asyncio.gather(*(client.put(url, headers=headers, json=body) for body in bodies))
    assert [answer.status_code for answer in answers] == [200] * TWINS, [answer.text for answer in answers]
    stored = (await client.get(url, headers=headers)).json()["variables"]
    assert sorted(variable["key"] for variable in stored) == ["MODE", "TOKEN"]
    assert next(v for v in stored if v["key"] == "MODE")["value"] in {f"v{i}" for i in range(TWINS)}
