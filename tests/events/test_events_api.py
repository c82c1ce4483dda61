"""The events API: the event types, a team's events newest first with paging and the type and since filters,
422s naming the field, access (members see their team's, others get 404); and the events recorded by changes
that need no run: a member joining, a version created or increased, a deployment created or copied."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from service.domains.events import outbox
from service.domains.events.models import Event
from service.domains.events.types import EVENT_TYPES
from tests.deployments.helpers import URL as DEPLOYMENTS
from tests.deployments.helpers import deploy, world
from tests.events.helpers import events, of_type
from tests.factories import login, owner_headers, personal_team, register, team_member
from tests.versions.helpers import versions_url


async def test_the_event_types_are_the_one_list(client):
    headers = await owner_headers(client)
    answer = await client.get("/api/v1/event-types", headers=headers)
    assert answer.status_code == 200
    assert answer.json() == [{"type": name, "description": text} for name, text in EVENT_TYPES.items()]
    assert (await client.get("/api/v1/event-types")).status_code == 401


async def test_events_newest_first_paged_and_filtered(client):
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    recorded = []
    for number in range(5):
        recorded.append(await outbox.record("task.failed", team_id=team_id, kind="node", resource_id=f"n{number}",
                                            name=f"node-{number}", data={"taskId": number}))
    await outbox.record("node.added", team_id=team_id, kind="node", resource_id="n9", name="node-9")
    # Spread over time, oldest first, so that `since` and the order have something to tell apart.
    start = datetime.now(UTC) - timedelta(hours=1)
    for index, event in enumerate(recorded):
        await Event.filter(id=event.id).update(at=start + timedelta(minutes=index))

    page = await client.get(f"/api/v1/teams/{team_id}/events", headers=headers,
                            params={"type": "task.failed", "page": 1, "per_page": 2})
    assert page.status_code == 200
    body = page.json()
    assert body["total"] == 5 and body["page"] == 1 and body["perPage"] == 2
    assert [item["resource"]["id"] for item in body["items"]] == ["n4", "n3"]
    first = body["items"][0]
    assert first == {"id": str(recorded[4].id), "teamId": team_id, "type": "task.failed",
                     "resource": {"kind": "node", "id": "n4", "name": "node-4"}, "at": first["at"],
                     "data": {"taskId": 4}}
    third = await events(client, headers, team_id, type="task.failed", page=3, per_page=2)
    assert [item["resource"]["id"] for item in third] == ["n0"]

    since = (start + timedelta(minutes=2, seconds=30)).isoformat()
    assert [e["resource"]["id"] for e in await events(client, headers, team_id, type="task.failed",
                                                          since=since)] == ["n4", "n3"]
    assert [e["type"] for e in await events(client, headers, team_id)][0] == "node.added"  # the newest
    assert len(await of_type(client, headers, team_id, "node.added")) == 1


@pytest.mark.parametrize(("query", "field"), [({"type": "node.exploded"}, "type"), ({"since": "yesterday"}, "since"),
                                              ({"per_page": 101}, "per_page")])
async def test_bad_filters_are_422_naming_the_field(client, query, field):
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    answer = await client.get(f"/api/v1/teams/{team_id}/events", headers=headers, params=query)
    assert answer.status_code == 422, answer.text
    details = answer.json()["details"]
    named = details["field"] if isinstance(details, dict) else [d["field"] for d in details]
    assert field in named, answer.text


async def test_only_the_team_sees_its_events_and_a_member_joining_is_one(client):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    member = await team_member(client, owner, team_id)
    await register(client, "stranger")
    stranger = await login(client, "stranger")

    (joined,) = await of_type(client, owner, team_id, "user.joined")
    assert joined["resource"]["kind"] == "user" and joined["resource"]["name"] == "member"
    assert joined["data"] == {"role": "user"}
    assert [e["id"] for e in await events(client, member, team_id)] == [joined["id"]]  # a plain member reads them
    hidden = await client.get(f"/api/v1/teams/{team_id}/events", headers=stranger)
    assert hidden.status_code == 404 and hidden.json()["code"] == "not_found"
    # Accepting again is no invitation: 404, and no second event.
    again = await client.post(f"/api/v1/users/me/invitations/{team_id}", headers=member)
    assert again.status_code == 404
    assert len(await of_type(client, owner, team_id, "user.joined")) == 1


async def test_versions_and_deployments_record_their_creation(client, server, pve_sim):
    headers = await owner_headers(client)
    made = await world(client, server, pve_sim, headers)
    team_id = made["project"]["teamId"]
    (created,) = await of_type(client, headers, team_id, "version.created")
    assert created["resource"] == {"kind": "version", "id": made["version"]["id"], "name": "1.0"}
    assert created["data"]["projectId"] == made["project"]["id"] and created["data"]["type"] == "incremental"

    increased = await client.post(versions_url(made["project"]["id"], made["version"]["id"], "increase"),
                                  headers=headers, json={"name": "2.0"})
    assert increased.status_code == 201, increased.text
    newest = (await of_type(client, headers, team_id, "version.created"))[0]
    assert newest["resource"]["name"] == "2.0" and newest["data"]["parentId"] == made["version"]["id"]

    deployment = await deploy(client, headers, made)
    copied = await client.post(f"{DEPLOYMENTS}/{deployment['id']}/copy", headers=headers,
                               json={"nodeId": made["node"], "prefix": "web2"})
    assert copied.status_code == 201, copied.text
    found = await of_type(client, headers, team_id, "deployment.created")
    assert [(e["resource"]["id"], e["resource"]["name"]) for e in found] == [
        (copied.json()["id"], "web2"), (deployment["id"], "web")]
    assert found[1]["data"]["version"] == "1.0" and found[1]["data"]["nodeId"] == made["node"]
    # A refused create records nothing.
    taken = await client.post(DEPLOYMENTS, headers=headers, json={
        "versionId": made["version"]["id"], "nodeId": made["node"], "prefix": "web"})
    assert taken.status_code == 409
    assert len(await of_type(client, headers, team_id, "deployment.created")) == 2
