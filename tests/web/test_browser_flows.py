"""In a real browser, what a user does first: a project from its form, a Proxmox VE node registered and seen
going online without reloading, a database made from its form with the run's log streaming in, and an
invitation accepted by a second user in a browser context of their own."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Page, expect

from tests.factories import PASSWORD, TEMPLATE, online_node, owner_headers
from tests.web.browser import new_page, script_errors, sign_in

pytestmark = pytest.mark.one_database


async def _register_node(page: Page, pve_sim) -> None:
    sim, creds = pve_sim
    await page.goto("/nodes/new")
    await page.get_by_label("Name", exact=True).fill("pve1")
    await page.get_by_label("API URL").fill(sim.url)
    await page.get_by_label("API token ID").fill(f"{creds.user}!{creds.token_id}")
    await page.get_by_label("API token secret").fill(creds.token_secret)
    await page.get_by_label("Verify the node's TLS certificate").uncheck()  # the simulator's is self-signed
    await page.get_by_text("Where guests go (defaults)").click()
    await page.get_by_label("Container template (optional)").fill(TEMPLATE)
    await page.get_by_label("Addresses").select_option("static")
    await page.get_by_label("Network (static)").fill("10.213.0.0/24")
    await page.get_by_label("Gateway (static)").fill("10.213.0.1")
    await page.get_by_label("First address (static)").fill("10.213.0.10")
    await page.get_by_label("Last address (static)").fill("10.213.0.60")
    await page.get_by_role("button", name="Register and check the node").click()
    await page.wait_for_url(re.compile(r"/nodes/[0-9a-f-]{36}$"))


async def test_a_project_and_a_node_that_goes_online_live(browser, server, client, pve_sim):
    await owner_headers(client)
    page = await new_page(browser, server.url)
    await sign_in(page, "owner")

    await page.goto("/projects/new")
    await page.get_by_label("Name", exact=True).fill("shop")
    await page.get_by_label("Display name (optional)").fill("The shop")
    await page.get_by_role("button", name="Create the project").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text("The shop")
    await expect(page.get_by_text("production").first).to_be_visible()

    await _register_node(page, pve_sim)
    # The page was not reloaded: its status part follows the check until the node is online.
    url = page.url
    status = page.locator("#node-status")
    await expect(status).to_contain_text("online", timeout=60_000)
    assert page.url == url
    await expect(status).not_to_have_attribute("hx-trigger", re.compile("every"))
    await page.goto("/")
    await expect(page.get_by_role("link", name="pve1")).to_be_visible()
    await expect(page.get_by_role("link", name="The shop")).to_be_visible()
    assert script_errors(page) == []


async def test_an_invitation_is_accepted_in_a_second_browser(browser, server, client):
    owner = await owner_headers(client)
    made = await client.post("/api/v1/users", headers=owner,
                             json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert made.status_code == 201, made.text
    project = (await client.post("/api/v1/projects", headers=owner, json={"name": "shop"})).json()

    page = await new_page(browser, server.url)
    await sign_in(page, "owner")
    await page.goto(f"/projects/{project['id']}")
    await page.get_by_label("Email").fill("bob@example.com")
    await page.get_by_role("button", name="Make the invitation link").click()
    link = (await page.locator("#invite-link").text_content() or "").strip()
    assert "/invites/" in link

    bob = await new_page(browser, server.url)  # a context of its own: nobody is signed in there
    await bob.goto(link)
    await expect(bob.get_by_role("heading", name="Sign in")).to_be_visible()
    await bob.get_by_label("Username").fill("bob")
    await bob.get_by_label("Password").fill(PASSWORD)
    await bob.get_by_role("button", name="Sign in").click()
    await expect(bob.get_by_role("heading", name="Invitation to shop")).to_be_visible()
    await bob.get_by_role("button", name="Join shop").click()
    await expect(bob.get_by_role("heading", level=1)).to_contain_text("shop")
    await bob.goto("/projects")
    await expect(bob.get_by_role("link", name="shop")).to_be_visible()
    members = (await client.get(f"/api/v1/projects/{project['id']}/members", headers=owner)).json()
    bob_id = made.json()["id"]
    assert any(member["userId"] == bob_id for member in members), members
    assert script_errors(page) == [] and script_errors(bob) == []



async def test_a_database_from_its_form_streams_its_run_into_the_page(browser, server, client, pve_sim):
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    await client.post("/api/v1/projects", headers=headers, json={"name": "shop", "defaultNodeId": node["id"]})
    page = await new_page(browser, server.url)
    await sign_in(page, "owner")
    await page.goto("/databases/new")
    await page.get_by_label("Name", exact=True).fill("orders")
    await expect(page.locator("#f-version optgroup")).to_have_count(3)  # every type's, until one is chosen
    await page.get_by_label("Type", exact=True).select_option("redis")
    # The version select follows the type (htmx asks for the field again): only Redis's versions are left.
    await expect(page.locator("#f-version optgroup")).to_have_count(1)
    await expect(page.locator("#f-version optgroup")).to_have_attribute("label", "Redis")
    await page.get_by_role("button", name="Create the database").click()
    await page.wait_for_url(re.compile(r"/tasks/\d+$"))
    task_id = int(page.url.rsplit("/", 1)[1])
    log = page.locator("#task-log")
    rendered = int(await log.get_attribute("data-after") or 0)
    # The playbook's lines arrive while it runs (on the memory backend it then waits for the guest's SSH).
    await page.wait_for_function("n => document.querySelectorAll('#task-log span').length >= n",
                                 arg=rendered + 3, timeout=60_000)
    await expect(log).to_contain_text("TASK [")
    assert (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()["active"]
    await expect(page.locator("#task-status progress")).not_to_have_attribute("value", "0")

    page.on("dialog", lambda dialog: dialog.accept())
    await page.get_by_role("button", name="Stop").click()
    await expect(page.locator("#task-status")).to_contain_text("stopped", timeout=60_000)
    await page.goto("/databases")
    await page.get_by_role("link", name="orders").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text("orders")
    await expect(page.locator(".badge").first).to_have_text("failed")
    assert script_errors(page) == []
