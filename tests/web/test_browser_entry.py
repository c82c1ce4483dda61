"""In a real browser: the first visit, signing in and out, a wrong password, a form without its CSRF token, and a
running task followed and stopped from its page."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.factories import PASSWORD, owner_headers, run_playbook, wait_task
from tests.web.browser import new_page, script_errors, sign_in

pytestmark = pytest.mark.one_database


async def test_first_run_sign_out_wrong_password_and_sign_in(browser, server):
    page = await new_page(browser, server.url)
    await page.goto("/")
    await expect(page.get_by_role("heading", name="Welcome to Containr")).to_be_visible()
    await page.get_by_label("Username").fill("owner")
    await page.get_by_label("Email").fill("owner@example.com")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Create the owner account").click()
    await expect(page.get_by_role("heading", name="Dashboard", exact=True)).to_be_visible()

    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("status")).to_have_text("Signed out.")
    await page.get_by_label("Username").fill("owner")
    await page.get_by_label("Password").fill("not the password")
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.get_by_role("alert")).to_have_text("Wrong username or password.")
    assert "/signin" in page.url

    await sign_in(page, "owner")
    await expect(page.get_by_role("heading", name="Dashboard", exact=True)).to_be_visible()
    assert script_errors(page) == []


async def test_a_form_posted_without_its_csrf_token_is_refused(browser, server, client):
    await owner_headers(client)
    page = await new_page(browser, server.url)
    await sign_in(page, "owner")
    # A forged form: the sign-out form with its token taken out, as another site would post it.
    await page.evaluate("document.querySelector('form[action=\"/signout\"] input[name=csrf_token]').remove()")
    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("heading", name="Form expired")).to_be_visible()
    await page.goto("/")
    await expect(page.get_by_role("heading", name="Dashboard", exact=True)).to_be_visible()  # still signed in


async def test_a_running_task_streams_its_log_into_the_page_and_stops_from_it(browser, server, client):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "ticks")
    page = await new_page(browser, server.url)
    await sign_in(page, "owner")
    await page.goto(f"/tasks/{task_id}")
    log = page.locator("#task-log")
    rendered = int(await log.get_attribute("data-after") or 0)
    # Lines the page was not rendered with arrive while the run goes on: a tick a second.
    await page.wait_for_function("n => document.querySelectorAll('#task-log span').length >= n",
                                 arg=rendered + 3, timeout=30_000)
    await expect(log).to_contain_text("tick")
    assert (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()["active"]
    page.on("dialog", lambda dialog: dialog.accept())
    await page.get_by_role("button", name="Stop").click()
    await expect(page.get_by_role("status")).to_contain_text(f"Stopping task #{task_id}")
    await expect(page.locator("#task-status")).to_contain_text("stopped", timeout=60_000)
    assert (await wait_task(client, headers, task_id))["state"] == "stopped"
    assert script_errors(page) == []
