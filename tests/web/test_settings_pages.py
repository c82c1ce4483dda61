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


REGISTRY_PASSWORD = "registry-Secret-4kP"


async def test_the_instance_name_is_set_from_its_form_and_heads_every_page(browser_client):
    await set_up_owner(browser_client)
    html = await page(browser_client, "/settings/instance")
    assert 'src="/api/v1/settings/cloudron_avatar"' in html and 'value="Containr"' in html
    refused = await submit(browser_client, "/settings/instance", "/settings/instance/name", {"name": "a\tb"},
                           status=422)
    assert 'id="e-name"' in refused.text
    await submit(browser_client, "/settings/instance", "/settings/instance/name", {"name": "Acme <Ops>"})
    html = await page(browser_client, "/projects")
    assert "<strong>Acme &lt;Ops&gt;</strong>" in html and "· Acme &lt;Ops&gt;</title>" in html


async def test_unstable_apps_registry_and_platform_forms_reach_the_api(browser_client, client):
    await set_up_owner(browser_client)
    headers = await login(client)
    await submit(browser_client, "/settings/instance", "/settings/instance/unstable_apps", {"enabled": "true"})
    assert (await client.get("/api/v1/settings/unstable_apps", headers=headers)).json() == {"enabled": True}

    registry = {"serverAddress": "registry.example.com", "username": "puller", "email": "",
                "password": REGISTRY_PASSWORD}
    await submit(browser_client, "/settings/instance", "/settings/instance/registry", registry)
    html = await page(browser_client, "/settings/instance")
    assert "A password is stored: leave empty to keep it." in html and REGISTRY_PASSWORD not in html
    # Saved again with the password left empty: the stored one stays.
    await submit(browser_client, "/settings/instance", "/settings/instance/registry",
                 {**registry, "username": "other", "password": ""})
    shown = (await client.get("/api/v1/settings/registry_config", headers=headers)).json()
    assert shown["username"] == "other" and shown["password"] is not None
    refused = await submit(browser_client, "/settings/instance", "/settings/instance/registry",
                           {**registry, "serverAddress": "not a host!"}, status=422)
    assert 'id="e-serverAddress"' in refused.text

    await submit(browser_client, "/settings/instance", "/settings/instance/platform",
                 {"mysqlMemory": "256", "mysqlSwap": "512", "mailMemory": "1024"})
    platform = (await client.get("/api/v1/settings/platform_config", headers=headers)).json()
    assert platform == {"mysql": {"memory": 256 << 20, "memorySwap": 512 << 20}, "postgresql": None,
                        "mail": {"memory": 1024 << 20, "memorySwap": None}}
    refused = await submit(browser_client, "/settings/instance", "/settings/instance/platform",
                           {"postgresqlMemory": "1"}, status=422)
    assert 'id="e-postgresqlMemory"' in refused.text and 'value="1"' in refused.text
