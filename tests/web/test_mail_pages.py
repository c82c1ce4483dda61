"""The mail pages: every domain's mail, a domain's settings (each form refused beside the field the API names,
the relay's password never in a page), its records' status read from a real BIND, the mail server's log before
there is one; in Chromium, a mailbox added, changed, given aliases and removed through its forms (mail recorded
for the domain directly in the database, as tests/mail does, so no guest is needed), a bad name refused beside
its field, and the pages' accessibility; an account that is not an administrator gets the forbidden page; with a
node, a setting saved starts its mailSetup task, linked from the page."""

from __future__ import annotations

import asyncio
import re

import pytest
from playwright.async_api import expect

from service.config import Settings
from service.domains.dns.models import Domain
from service.domains.mail import content, dkim
from service.domains.mail.models import Mailbox, MailDomain
from tests.factories import PASSWORD, login, online_node, owner_headers, wait_task
from tests.harness.bind import Bind
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit

pytestmark = pytest.mark.one_database

ZONE = "shop.test"
MAILBOX_PASSWORD = "a mailbox password 7!"
RELAY_PASSWORD = "relay-Secret-0123456789"


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


async def _domain(client, headers) -> None:
    added = await client.post("/api/v1/domains", headers=headers, json={"domain": ZONE, "provider": "noop"})
    assert added.status_code == 201, added.text


async def _mail_domain(settings: Settings) -> MailDomain:
    """A domain's mail as its first change records it (the setup run is the guests' tests' part)."""
    private, public = dkim.new_key()
    return await MailDomain.create(domain=await Domain.get(domain=ZONE), incoming=True,
                                   dkim_selector=dkim.new_selector(),
                                   sealed_dkim_key=content.mail_box(settings).seal(private), dkim_public_key=public)


async def test_before_mail_is_set_up_the_pages_say_what_to_do(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    await _domain(client, owner)
    listed = await page(browser_client, "/mail")
    assert '<a href="/mail">Mail</a>' in listed or 'href="/mail" aria-current="page"' in listed
    assert f'<a href="/mail/{ZONE}">{ZONE}</a>' in listed and "not set up" in listed
    assert f'href="/mail/{ZONE}"' in await page(browser_client, f"/domains/{ZONE}")

    detail = await page(browser_client, f"/mail/{ZONE}")
    assert f"Set mail up for {ZONE}" in detail and f'action="/mail/{ZONE}/enable"' in detail
    assert f'action="/mail/{ZONE}/relay"' not in detail  # the other settings need mail set up
    # No node to make the mail server on: the API asks for one, beside the node's field.
    refused = await submit(browser_client, f"/mail/{ZONE}", f"/mail/{ZONE}/enable", {"enabled": "true"},
                           status=422)
    assert 'id="e-enable-nodeId"' in refused.text and "register one" in refused.text
    assert not await MailDomain.exists()
    boxes = await page(browser_client, f"/mail/{ZONE}/mailboxes")
    assert "No mailboxes yet." in boxes and f'method="post" action="/mail/{ZONE}/mailboxes"' not in boxes
    logs = await page(browser_client, "/mail/logs")
    assert "There is no log to read yet" in logs and 'id="mail-log"' not in logs
    assert "Not found" in await page(browser_client, "/mail/nowhere.test", status=404)


async def test_each_setting_is_refused_beside_its_field_and_the_records_read_from_bind(
        browser_client, client, bind: Bind, settings: Settings):
    await set_up_owner(browser_client)
    owner = await login(client)
    await _domain(client, owner)
    mail_domain = await _mail_domain(settings)
    detail = f"/mail/{ZONE}"

    html = await page(browser_client, detail)
    for form in ("enable", "mail_from_validation", "catch_all", "relay", "banner", "send_test_mail"):
        assert f'action="{detail}/{form}"' in html, form
    assert f"<code>{mail_domain.dkim_selector}</code>" in html and "0 mailboxes" in html
    # The status table: nothing in BIND yet; the MX once written there.
    assert html.count(">missing</span>") == 4 and f"MX<br><small class=\"muted\">MX {ZONE}</small>" in html
    await asyncio.to_thread(bind.set, f"mail.{ZONE}", "A", ["192.0.2.25"])
    await asyncio.to_thread(bind.set, ZONE, "MX", [f"10 mail.{ZONE}."])
    html = await page(browser_client, detail)
    assert html.count(">missing</span>") == 3 and f"<code>10 mail.{ZONE}</code>" in html

    relay = {"provider": "external-smtp", "host": "", "port": "", "username": "postmaster",
             "password": RELAY_PASSWORD}
    refused = await submit(browser_client, detail, f"{detail}/relay", relay, status=422)
    assert 'id="e-relay-host"' in refused.text and "needs the relay&#39;s host" in refused.text
    assert RELAY_PASSWORD not in refused.text and 'value="postmaster"' in refused.text
    assert '<option value="external-smtp" selected' in refused.text
    bad_port = await submit(browser_client, detail, f"{detail}/relay", {**relay, "host": "smtp.example.test",
                                                                        "port": "seventy"}, status=422)
    assert 'id="e-relay-port"' in bad_port.text and 'value="seventy"' in bad_port.text
    catch_all = await submit(browser_client, detail, f"{detail}/catch_all",
                             {"addresses": "boss@example.com, not-an-address"}, status=422)
    assert 'id="e-catchall-addresses"' in catch_all.text and "address 2:" in catch_all.text
    assert 'value="boss@example.com, not-an-address"' in catch_all.text
    test_mail = await submit(browser_client, detail, f"{detail}/send_test_mail", {"to": "nobody"}, status=422)
    assert 'id="e-test-to"' in test_mail.text and 'id="e-relay-host"' not in test_mail.text
    # A valid change with no node to make the server on: refused, and nothing recorded.
    banner = await submit(browser_client, detail, f"{detail}/banner", {"text": "Sent by the shop", "html": ""},
                          status=422)
    assert "nodeId" in banner.text and "Sent by the shop</textarea>" in banner.text
    kept = (await client.get(f"/api/v1/mail/{ZONE}", headers=owner)).json()
    assert kept["banner"]["text"] == "" and kept["relay"]["provider"] == "cloudron-smtp"
    assert (await client.get("/api/v1/tasks", headers=owner)).json()["tasks"] == []

    listed = await page(browser_client, "/mail")
    assert f'href="/mail/{ZONE}/mailboxes"' in listed and ">set up</span>" in listed


async def test_a_mailbox_is_added_changed_and_removed_in_a_browser(browser, server, client, settings: Settings):
    owner = await owner_headers(client)
    await _domain(client, owner)
    await _mail_domain(settings)
    page = await new_page(browser, server.url)
    await sign_in(page, "owner")
    problems: dict[str, list] = {}

    await page.goto("/mail")
    await page.get_by_role("link", name=ZONE, exact=True).click()
    await expect(page.get_by_role("heading", level=1)).to_have_text(f"Mail for {ZONE}")
    problems[page.url] = await accessibility_problems(page)
    await page.get_by_role("link", name="0 mailboxes").click()
    await expect(page.get_by_role("heading", level=1)).to_have_text(f"Mailboxes of {ZONE}")

    # A name that is not a local part: the API's error beside the name, what was typed kept.
    await page.get_by_label("Name", exact=True).fill("Alice")
    await page.get_by_label("Owner", exact=True).select_option(label="owner")
    await page.get_by_label("Password").fill(MAILBOX_PASSWORD)
    await page.get_by_label("Quota in MB").fill("50")
    await page.get_by_role("button", name="Add the mailbox").click()
    await expect(page.locator("#e-mailbox-name")).to_contain_text("lower-case")
    await expect(page.get_by_label("Name", exact=True)).to_have_value("Alice")
    await expect(page.get_by_label("Quota in MB")).to_have_value("50")
    problems[page.url + " (refused)"] = await accessibility_problems(page)
    assert not await Mailbox.exists()

    await page.get_by_label("Name", exact=True).fill("alice")
    await page.get_by_label("Password").fill(MAILBOX_PASSWORD)
    await page.get_by_role("button", name="Add the mailbox").click()
    await page.wait_for_url(f"**/mail/{ZONE}/mailboxes/alice")
    await expect(page.locator(".flash")).to_have_text(
        f"Added alice@{ZONE}; the mail server's next setup applies it.")
    await expect(page.locator("dl.facts")).to_contain_text("50 MB")
    problems[page.url] = await accessibility_problems(page)

    # Changed: quota, state and password; then its aliases (one refused, on a domain without mail).
    await page.get_by_label("Quota in MB").fill("100")
    await page.get_by_label("Active: it receives mail and takes sign-ins").uncheck()
    await page.get_by_label("New password").fill("another password 8!")
    await page.get_by_role("button", name=f"Save alice@{ZONE}").click()
    await expect(page.locator(".flash")).to_contain_text(f"Saved alice@{ZONE}")
    await expect(page.locator("dl.facts")).to_contain_text("100 MB")
    await expect(page.locator("hgroup")).to_contain_text("inactive")
    await page.get_by_label("Other addresses delivered here").fill("postmaster, info@nowhere.test")
    await page.get_by_role("button", name="Save the aliases").click()
    await expect(page.locator("#e-aliases-aliases")).to_contain_text("alias 2: Mail is not set up for domain")
    await page.get_by_label("Other addresses delivered here").fill("postmaster, info")
    await page.get_by_role("button", name="Save the aliases").click()
    await expect(page.locator(".flash")).to_contain_text(f"2 aliases saved for alice@{ZONE}")
    stored = await Mailbox.get(name="alice")
    assert (stored.storage_quota_mb, stored.active) == (100, False)
    assert stored.aliases == [{"name": "postmaster", "domain": ZONE}, {"name": "info", "domain": ZONE}]
    assert MAILBOX_PASSWORD not in await page.content()

    await page.goto(f"/mail/{ZONE}/mailboxes?search=ali")
    await expect(page.get_by_role("link", name=f"alice@{ZONE}")).to_be_visible()
    await expect(page.get_by_role("cell", name=f"postmaster@{ZONE}, info@{ZONE}")).to_be_visible()
    await page.goto(f"/mail/{ZONE}/mailboxes?search=nobody")
    await expect(page.get_by_text("No mailbox's name contains nobody.")).to_be_visible()

    await page.goto(f"/mail/{ZONE}/mailboxes/alice")
    await page.get_by_role("button", name=f"Remove alice@{ZONE}").click()
    await expect(page.get_by_role("heading", level=1)).to_have_text(f"Remove the mailbox alice@{ZONE}?")
    problems[page.url] = await accessibility_problems(page)
    await page.get_by_role("button", name=f"Remove alice@{ZONE}").click()
    await page.wait_for_url(f"**/mail/{ZONE}/mailboxes")
    await expect(page.locator(".flash")).to_contain_text(f"Removed alice@{ZONE}")
    assert not await Mailbox.exists()
    await page.goto("/mail/logs")
    problems[page.url] = await accessibility_problems(page)
    assert script_errors(page) == []
    assert not any(problems.values()), problems


async def test_an_account_that_is_not_an_administrator_gets_the_forbidden_page(browser, server, client,
                                                                               settings: Settings):
    owner = await owner_headers(client)
    await _domain(client, owner)
    await _mail_domain(settings)
    made = await client.post("/api/v1/users", headers=owner,
                             json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert made.status_code == 201, made.text
    page = await new_page(browser, server.url)
    await sign_in(page, "bob")
    await expect(page.get_by_role("link", name="Mail", exact=True)).to_have_count(0)
    for path in ("/mail", f"/mail/{ZONE}", f"/mail/{ZONE}/mailboxes", "/mail/logs"):
        response = await page.goto(path)
        assert response is not None and response.status == 403, path
        await expect(page.get_by_role("heading", level=1)).to_have_text("Not allowed")
    await page.goto(f"/domains/{ZONE}")
    await expect(page.get_by_role("link", name=f"Mail for {ZONE}")).to_have_count(0)
    assert script_errors(page) == []


@pytest.mark.ansible
async def test_a_setting_saved_starts_its_task_linked_from_the_page(browser_client, client, pve_sim,
                                                                    settings: Settings):
    await set_up_owner(browser_client)
    owner = await login(client)
    await online_node(client, owner, pve_sim)
    await _domain(client, owner)
    detail = f"/mail/{ZONE}"
    started = await submit(browser_client, detail, f"{detail}/enable", {"enabled": "true"})
    found = re.fullmatch(rf"{detail}\?task=(\d+)", started.headers["location"])
    assert found, started.headers["location"]
    task = int(found.group(1))
    html = await page(browser_client, started.headers["location"])
    assert f"Incoming mail saved; task #{task} applies it." in html and f'href="/tasks/{task}"' in html
    assert (await client.get(f"/api/v1/tasks/{task}", headers=owner)).json()["type"] == "mailSetup"
    # While it runs, another change is refused as busy, above its form.
    busy = await submit(browser_client, detail, f"{detail}/banner", {"text": "Sent by the shop", "html": ""},
                        status=409)
    assert f"busy with task {task}" in busy.text
    await client.post(f"/api/v1/tasks/{task}/stop", headers=owner)
    await wait_task(client, owner, task)

    saved = await submit(browser_client, detail, f"{detail}/relay", {
        "provider": "external-smtp", "host": "smtp.example.test", "port": "2525", "username": "postmaster",
        "password": RELAY_PASSWORD})
    relay_task = int(saved.headers["location"].rsplit("=", 1)[1])
    html = await page(browser_client, saved.headers["location"])
    assert f"The relay saved; task #{relay_task} applies it." in html
    assert "A password is set: leave empty to keep it." in html and RELAY_PASSWORD not in html
    assert "<code>smtp.example.test:2525</code>" in html
    await client.post(f"/api/v1/tasks/{relay_task}/stop", headers=owner)
    await wait_task(client, owner, relay_task)
