"""The team dashboard page: in Chromium, reached from the home page and from the team's page, its checklist
linking to where each step is done and ticking steps as they are done, accessible; without JavaScript, a member
sees it, an outsider is told the team is not found, and expiring certificates and the next jobs are shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
import pytest
from playwright.async_api import expect

from service.core.settings_store import set_setting
from service.domains.dns.models import Domain, Route
from service.domains.edge.models import Certificate, Challenge
from service.domains.nodes.models import Node, NodeStatus
from tests.factories import login, owner_headers, personal_team, register, team_member
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page
from tests.web.pages import sign_in as sign_in_form

pytestmark = pytest.mark.one_database


async def _node(server, team_id: str) -> Node:
    return await Node.create(team_id=team_id, name="pve1", api_url="https://pve.test:8006", token_id="root@pam!c",
                             sealed_token_secret=server.app.state.nodes_box.seal("a-token-secret"),
                             verify_tls=False, status=NodeStatus.ONLINE)


async def test_the_dashboard_from_home_and_the_team_page_ticks_steps_as_they_are_done(browser, server, client):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")

    await page_.goto("/")
    await page_.get_by_role("link", name="Your team's dashboard").click()
    await expect(page_).to_have_url(f"{server.url}/teams/{team_id}/dashboard")
    await expect(page_.get_by_role("heading", level=1)).to_contain_text("dashboard")
    assert await accessibility_problems(page_) == []
    node_step = page_.locator("#step-createNode")
    await expect(node_step).to_contain_text("to do")
    await expect(node_step.get_by_role("link")).to_have_attribute("href", "/nodes/new")
    await expect(page_.locator("#step-createTeam")).to_contain_text("done")
    await expect(page_.locator("#step-createTeam").get_by_role("link")).to_have_attribute("href",
                                                                                          f"/teams/{team_id}")

    node = await _node(server, team_id)
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()
    await page_.goto(f"/teams/{team_id}")
    await page_.get_by_role("link", name="dashboard").click()
    await expect(page_).to_have_url(f"{server.url}/teams/{team_id}/dashboard")
    await expect(node_step).to_contain_text("done")
    await expect(node_step.get_by_role("link")).to_have_attribute("href", f"/nodes/{node.id}")
    await expect(page_.locator("#step-createProject").get_by_role("link")).to_have_attribute(
        "href", f"/projects/{project['id']}")
    # A version is made on its project's versions page.
    await expect(page_.locator("#step-createVersion")).to_contain_text("to do")
    await expect(page_.locator("#step-createVersion").get_by_role("link")).to_have_attribute(
        "href", f"/projects/{project['id']}/versions")
    await expect(page_.get_by_text("4 of 8 steps to go.")).to_be_visible()
    assert await accessibility_problems(page_) == []
    assert script_errors(page_) == []


async def test_members_see_it_outsiders_do_not_and_it_shows_certificates_and_jobs(browser_client, client, server):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    await team_member(client, owner, team_id, "member")
    await set_setting("registration", "open")
    await register(client, "outsider")
    await login(client, "outsider")
    node = await _node(server, team_id)
    domain = await Domain.create(domain="shop.test", zone_name="shop.test", provider="noop")
    now = datetime.now(UTC)
    for name, days in (("www.shop.test", 6), ("later.shop.test", 30)):
        await Route.create(fqdn=name, location=name.split(".")[0], domain=domain, node=node,
                           resource_type="service", resource_id=str(uuid4()))
        await Certificate.create(name=name, domain=domain, fqdns=[name], challenge=Challenge.HTTP,
                                 not_after=now + timedelta(days=days))

    await sign_in_form(browser_client, "member")
    html = await page(browser_client, f"/teams/{team_id}/dashboard")
    assert "www.shop.test" in html and "later.shop.test" not in html
    soonest = min((job for job in server.app.state.scheduler.jobs() if job.next_run_time is not None),
                  key=lambda job: job.next_run_time or now)
    assert f"<td>{soonest.id}</td>" in html
    # /dashboard opens the caller's own team's: the member's personal team, not the one it was invited into.
    own = (await browser_client.get("/dashboard")).headers["location"]
    assert own.endswith("/dashboard") and team_id not in own

    async with httpx.AsyncClient(base_url=server.url, timeout=60) as outsider:
        await sign_in_form(outsider, "outsider")
        refused = await page(outsider, f"/teams/{team_id}/dashboard", status=404)
    assert "www.shop.test" not in refused
