"""The settings page: each setting's form changes it through the API, errors stand beside their field, the SMTP
password never comes back, and only administrators get the forms."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, login, register
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database

SMTP_PASSWORD = "smtp-Secret-9xQ"


async def test_smtp_settings_are_saved_and_the_password_is_never_shown(browser_client, client):
    await set_up_owner(browser_client)
    response = await submit(browser_client, "/settings", "/settings/smtp", {
        "host": "mail.example.com", "port": "465", "tls": "tls", "username": "mailer", "password": SMTP_PASSWORD,
        "fromAddress": "containr@example.com"})
    assert response.headers["location"] == "/settings"
    html = await page(browser_client, "/settings")
    assert "Invitations are emailed through mail.example.com now." in html
    assert 'value="mail.example.com"' in html and 'value="465"' in html and 'value="mailer"' in html
    assert "A password is stored: leave empty to keep it." in html
    assert SMTP_PASSWORD not in html

    # Saved again with the password left empty: the stored one stays.
    await submit(browser_client, "/settings", "/settings/smtp", {
        "host": "mail.example.com", "port": "587", "tls": "starttls", "username": "mailer", "password": "",
        "fromAddress": "containr@example.com"})
    smtp = (await client.get("/api/v1/settings/smtp", headers=await login(client))).json()
    assert smtp["port"] == 587 and smtp["passwordSet"] is True


async def test_a_bad_time_zone_or_pattern_is_named_beside_its_field(browser_client):
    await set_up_owner(browser_client)
    refused = await submit(browser_client, "/settings", "/settings/time_zone", {"timeZone": "Mars/Olympus"},
                           status=422)
    assert 'id="e-timeZone"' in refused.text and 'value="Mars/Olympus"' in refused.text
    # The other forms still show the stored settings.
    assert 'value="00 00 1,3,5,23 * * *"' in refused.text

    refused = await submit(browser_client, "/settings", "/settings/box_autoupdate_pattern",
                           {"boxPattern": "every day"}, status=422)
    assert 'id="e-boxPattern"' in refused.text and 'id="e-appsPattern"' not in refused.text
    assert 'value="every day"' in refused.text

    await submit(browser_client, "/settings", "/settings/time_zone", {"timeZone": "Europe/Berlin"})
    html = await page(browser_client, "/settings")
    assert "Schedules fire in Europe/Berlin now." in html and 'value="Europe/Berlin"' in html
    assert "Europe/Berlin)" in html  # the schedules' next runs are in the new zone


async def test_registration_opened_from_the_form_but_settings_stay_with_administrators(browser_client, client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/settings", "/settings/registration", {"registration": "open"})
    await register(client, "bob")  # possible now that registration is open
    await submit(browser_client, "/", "/signout")
    await sign_in(browser_client, "bob", PASSWORD)

    refused = await page(browser_client, "/settings", status=403)
    assert "Not allowed" in refused and 'action="/settings/smtp"' not in refused
    assert 'href="/settings"' not in refused  # the menu does not offer it either
    html = await page(browser_client, "/")
    sent = await browser_client.post("/settings/registration", data={"csrf_token": csrf_of(html),
                                                                      "registration": "closed"})
    assert sent.status_code == 403
    registration = (await client.get("/api/v1/settings/registration", headers=await login(client))).json()
    assert registration["registration"] == "open"
