"""The team's events page, without JavaScript: the events the outbox recorded, newest first, each resource linked
to its page and a failed task's error shown; filtered by type (a type no one records said beside the filter);
paged; linked from the team's page; closed to an account outside the team."""

from __future__ import annotations

import uuid

import pytest

from service.core.settings_store import set_setting
from service.domains.events import outbox
from service.domains.events.models import Event
from tests.factories import login, personal_team, register
from tests.web.pages import page, set_up_owner
from tests.web.pages import sign_in as sign_in_form

pytestmark = pytest.mark.one_database


async def test_the_team_events_are_listed_newest_first_and_filtered_by_type(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    database_id, node_id = uuid.uuid4(), uuid.uuid4()
    await outbox.record("node.added", team_id=team_id, kind="node", resource_id=node_id, name="pve-1")
    await outbox.record("database.failed", team_id=team_id, kind="database", resource_id=database_id,
                        name="orders", data={"taskId": 7, "status": "failed", "error": "The disk is full"})

    team_page = await page(browser_client, f"/teams/{team_id}")
    assert f'href="/teams/{team_id}/events"' in team_page and f'href="/teams/{team_id}/notifications"' in team_page

    html = await page(browser_client, f"/teams/{team_id}/events")
    rows = html[html.index("<tbody>"):]
    assert rows.index("A database could not be created or changed") < rows.index("A node was added")
    assert f'<a href="/databases/{database_id}">orders</a>' in html
    assert f'<a href="/nodes/{node_id}">pve-1</a>' in html
    assert '<a href="/tasks/7">task #7</a> (failed)' in html and "The disk is full" in html
    # Every recorded type is offered by the filter.
    known = (await client.get("/api/v1/event-types", headers=owner)).json()
    assert html.count('<option value="') == len(known) + 1

    only_nodes = await page(browser_client, f"/teams/{team_id}/events?type=node.added")
    assert "pve-1" in only_nodes and "orders" not in only_nodes
    assert '<option value="node.added" selected>' in only_nodes
    no_backups = await page(browser_client, f"/teams/{team_id}/events?type=backup.failed")
    assert "No “A backup failed” events." in no_backups
    unknown = await page(browser_client, f"/teams/{team_id}/events?type=disk.melted", status=422)
    assert 'id="e-type"' in unknown and 'aria-invalid="true"' in unknown and "Unknown event type" in unknown

    # Paged by 25, the filter kept in the pages' links.
    await Event.bulk_create([Event(team_id=team_id, type="node.added", resource_kind="node",
                                   resource_id=str(uuid.uuid4()), resource_name=f"pve-{n + 2}") for n in range(25)])
    first = await page(browser_client, f"/teams/{team_id}/events?type=node.added")
    assert "Page 1 of 2" in first and f'href="/teams/{team_id}/events?type=node.added&amp;page=2"' in first
    second = await page(browser_client, f"/teams/{team_id}/events?type=node.added&page=2")
    # The oldest alone on the second page (the other row is the table's head).
    assert "Page 2 of 2" in second and second.count("<tr>") == 2 and ">pve-1</a>" in second


async def test_an_account_outside_the_team_sees_none_of_its_events(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    await outbox.record("node.added", team_id=team_id, kind="node", resource_id=uuid.uuid4(), name="pve-secret")
    await set_setting("registration", "open")
    await register(client, "stranger")

    await sign_in_form(browser_client, "stranger")
    refused = await browser_client.get(f"/teams/{team_id}/events")
    assert refused.status_code in (403, 404) and "pve-secret" not in refused.text
