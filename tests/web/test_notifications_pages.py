"""The notifications pages without JavaScript, against a real webhook receiver on loopback: refused fields said
beside them and the rest kept as typed; a notification added, tested (delivered, then refused by the receiver,
in place with htmx), changed with its URL left empty (kept), deleted through its confirmation; a generic webhook's
signing secret shown once (no-store) and the deliveries signed with it; a plain team member who sees them but
changes nothing. No page shows a notification's URL."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from service.domains.notifications.models import Delivery, Notification
from tests.factories import login, personal_team, team_member
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form
from tests.web.receiver import receiving

pytestmark = pytest.mark.one_database

FORM = {"name": "ops", "type": "slack", "url": "", "recipients": "",
        "enabledEvents": ["deployment.failed", "backup.failed"], "active": "on"}


async def test_a_notification_is_added_tested_changed_and_deleted(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    listing = f"/teams/{team_id}/notifications"
    new = f"{listing}/new"
    assert "No notifications yet." in await page(browser_client, listing)
    form = await page(browser_client, new)
    known = (await client.get("/api/v1/event-types", headers=owner)).json()
    assert form.count('name="enabledEvents"') == len(known)

    with receiving() as receiver:
        # Refused: no URL, a URL that is no web address, an email recipient that is no address. Nothing is saved.
        no_url = await submit(browser_client, new, listing, FORM, status=422)
        assert 'id="e-url"' in no_url.text and 'value="ops"' in no_url.text
        assert no_url.text.count(" checked>") == 3  # two events and active, as they were ticked
        ftp = await submit(browser_client, new, listing, {**FORM, "url": "ftp://files.example.test/x"}, status=422)
        assert 'id="e-url"' in ftp.text and "http" in ftp.text
        mail = await submit(browser_client, new, listing, {**FORM, "type": "email", "recipients": "ops@example.com\n"
                                                                                             "not-an-address"},
                            status=422)
        assert 'id="e-recipients"' in mail.text and "not-an-address" in mail.text
        assert not await Notification.exists()

        added = await submit(browser_client, new, listing, {**FORM, "url": receiver.url()})
        notification = await Notification.get(name="ops")
        here = f"/notifications/{notification.id}"
        assert added.headers["location"] == here
        detail = await page(browser_client, here)
        assert "Added the notification ops." in detail and "A deployment failed" in detail
        assert "No deliveries yet" in detail and 'action="' + here + '/test"' in detail
        taken = await submit(browser_client, new, listing, {**FORM, "url": receiver.url()}, status=409)
        assert 'id="e-name"' in taken.text and "Type the URL again" in taken.text

        # A test without JavaScript: the notification's page again, with how it went and the delivery listed.
        tested = await submit(browser_client, here, f"{here}/test", status=200)
        assert "The test message was delivered (answer 200)." in tested.text
        assert len(receiver.received) == 1 and receiver.received[0].path == "/hooks/T0001/B0001/xoxo-secret-token"
        assert "test message" in tested.text and ">delivered</span>" in tested.text
        # Refused by the receiver, asked by htmx: the outcome and the deliveries (swapped out of band), no page.
        receiver.answer = 500
        token = tested.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        swapped = await browser_client.post(f"{here}/test", data={"csrf_token": token}, headers={"HX-Request": "true"})
        assert swapped.status_code == 200 and "<html" not in swapped.text
        assert "The test message was not delivered (answer 500)" in swapped.text
        assert "channel_not_found" in swapped.text and 'hx-swap-oob="true"' in swapped.text
        assert ">failed</span>" in swapped.text and ">delivered</span>" in swapped.text
        assert await Delivery.filter(notification_id=notification.id, test=True).count() == 2

        # Changed with the URL left empty: the sealed one stays.
        edit = f"{here}/edit"
        form = await page(browser_client, edit)
        assert "leave this empty to keep it" in form and receiver.url() not in form
        await submit(browser_client, edit, edit, {**FORM, "name": "alerts", "enabledEvents": ["task.failed"]})
        changed = await Notification.get(id=notification.id)
        assert (changed.name, changed.enabled_events) == ("alerts", ["task.failed"])
        assert changed.sealed_target == notification.sealed_target
        bad = await submit(browser_client, edit, edit, {**FORM, "url": "not a url"}, status=422)
        assert 'id="e-url"' in bad.text

        pages = [await page(browser_client, path) for path in (listing, here, edit, f"{here}/delete")]
        shown = [name for name, html in zip(("listing", "here", "edit", "delete", "no_url", "taken", "tested",
                                             "swapped", "bad"),
                                            [*pages, no_url.text, taken.text, tested.text, swapped.text, bad.text],
                                            strict=True)
                 if receiver.url() in html or "xoxo-secret-token" in html]
        assert shown == [], shown
        gone = await submit(browser_client, f"{here}/delete", f"{here}/delete")
        assert gone.headers["location"] == listing
        assert "Deleted the notification alerts." in await page(browser_client, listing)
        assert not await Notification.exists(id=notification.id)


async def test_a_webhook_signing_secret_is_shown_once_and_signs_the_deliveries(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    listing = f"/teams/{team_id}/notifications"
    with receiving() as receiver:
        made = await submit(browser_client, f"{listing}/new", listing,
                            {**FORM, "type": "webhook", "url": receiver.url("/containr")}, status=201)
        assert made.headers["cache-control"] == "no-store"
        secret = made.text.split('id="signing-secret">', 1)[1].split("<", 1)[0]
        assert len(secret) >= 32
        notification = await Notification.get(name="ops")
        here = f"/notifications/{notification.id}"
        detail = await page(browser_client, here)
        assert secret not in detail and "Make a new signing secret" in detail

        await submit(browser_client, here, f"{here}/test", status=200)
        body = receiver.received[-1].body
        expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        assert receiver.received[-1].headers["X-Containr-Signature"] == expected

        again = await submit(browser_client, here, f"{here}/signing-secret", status=200)
        assert again.headers["cache-control"] == "no-store"
        renewed = again.text.split('id="signing-secret">', 1)[1].split("<", 1)[0]
        assert renewed != secret
        await submit(browser_client, here, f"{here}/test", status=200)
        body = receiver.received[-1].body
        expected = "sha256=" + hmac.new(renewed.encode(), body, hashlib.sha256).hexdigest()
        assert receiver.received[-1].headers["X-Containr-Signature"] == expected
        assert renewed not in await page(browser_client, here)


async def test_a_plain_team_member_sees_the_notifications_and_changes_nothing(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    with receiving() as receiver:
        created = await client.post(f"/api/v1/teams/{team_id}/notifications", headers=owner, json={
            "name": "ops", "type": "slack", "url": receiver.url(), "enabledEvents": ["backup.failed"]})
        assert created.status_code == 201, created.text
        here = f"/notifications/{created.json()['id']}"
        await team_member(client, owner, team_id)

        await sign_in_form(browser_client, "member")
        listing = await page(browser_client, f"/teams/{team_id}/notifications")
        assert f'href="{here}"' in listing and "Add a notification" not in listing
        detail = await page(browser_client, here)
        assert "ops" in detail and "<form" not in detail.split("<main", 1)[1]
        assert f'href="{here}/edit"' not in detail and f'href="{here}/delete"' not in detail
        assert "Only the team's owners and admins" in await page(browser_client, f"{here}/edit")
        assert "Only the team's owners and admins" in await page(browser_client,
                                                                 f"/teams/{team_id}/notifications/new")
        # Posted all the same: the API's refusal is the page, and nothing changed or was sent.
        for action, fields in ((f"{here}/edit", {**FORM, "name": "mine"}), (f"{here}/test", {}),
                               (f"{here}/signing-secret", {}), (f"{here}/delete", {}),
                               (f"/teams/{team_id}/notifications", {**FORM, "url": receiver.url()})):
            refused = await submit(browser_client, here, action, fields, status=403)
            assert "Not allowed" in refused.text
        assert [n.name for n in await Notification.all()] == ["ops"] and receiver.received == []
        assert not await Delivery.exists()


async def test_an_email_notification_lists_its_recipients_and_a_refused_test_says_why(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    listing = f"/teams/{team_id}/notifications"
    added = await submit(browser_client, f"{listing}/new", listing, {
        **FORM, "type": "email", "recipients": "ops@example.com, oncall@example.com\nops@example.com"})
    here = added.headers["location"]
    assert "ops@example.com, oncall@example.com" in await page(browser_client, listing)
    edit = await page(browser_client, f"{here}/edit")
    assert ">ops@example.com\noncall@example.com</textarea>" in edit
    # No SMTP server is set on this instance: the API refuses the test before any try, and the page says so.
    tested = await submit(browser_client, here, f"{here}/test", status=200)
    assert "The test was not sent:" in tested.text and not await Delivery.exists()
