"""The audit log pages: what was just done is listed and can be filtered; the instance's log is for
administrators, a team's for its owners and admins."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, login, register
from tests.web.pages import page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database


async def test_a_settings_change_is_listed_and_found_by_the_filter(browser_client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/settings", "/settings/time_zone", {"timeZone": "Europe/Berlin"})
    await submit(browser_client, "/settings", "/settings/time_zone", {"timeZone": "Nowhere/Atlantis"}, status=422)

    html = await page(browser_client, "/audit")
    assert html.count("<code>settings.time_zone</code>") == 2
    assert ">done<" in html and ">refused<" in html  # the outcome of each, in words
    found = await page(browser_client, "/audit?filter=time_zone")
    assert "2 records" in found and "auth.login" not in found
    assert "No records match." in await page(browser_client, "/audit?filter=nothing-like-this")
    # A date the API cannot read is said on the page, not a crash.
    refused = await page(browser_client, "/audit?since=someday")
    assert 'class="form-error"' in refused and "0 records" in refused


async def test_the_instance_log_is_refused_to_others_who_see_their_teams_logs(browser_client, client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/settings", "/settings/registration", {"registration": "open"})
    await register(client, "bob")
    bob = await login(client, "bob")
    team = (await client.post("/api/v1/teams", headers=bob, json={"name": "Bob's crew"})).json()
    await submit(browser_client, "/", "/signout")
    await sign_in(browser_client, "bob", PASSWORD)

    refused = await page(browser_client, "/audit", status=403)
    assert "for its administrators" in refused and "settings.registration" not in refused
    assert f'href="/audit/teams/{team["id"]}"' in refused

    assert (await browser_client.get(f"/audit?team={team['id']}")).headers["location"] == \
        f"/audit/teams/{team['id']}"
    html = await page(browser_client, f"/audit/teams/{team['id']}")
    assert "Audit log of Bob&#39;s crew" in html and "<code>teams.create</code>" in html
    assert "settings.registration" not in html  # the instance's own changes stay out of a team's log
