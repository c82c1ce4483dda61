"""The domains, certificates and DNS pages: a domain added from its provider's form (errors beside the fields,
credentials, HMAC keys and private keys never in a page), changed, checked against a real BIND and removed
through its confirmation page; what an account that is not an administrator is shown; the certificates page,
its states and its renewal; dynamic DNS and the public address in the settings; a service's names (refused
beside the form before its first deploy, then applied to the edge as a task) and a node's edge."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from service.domains.dns.models import Domain, Route
from service.domains.edge.models import Certificate, CertificateStatus, Challenge
from service.domains.nodes.models import Node, NodeStatus
from service.domains.services.models import Service
from tests.factories import PASSWORD, login, online_node, personal_team, self_signed, wait_task
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database

ZONE = "shop.test"
HMAC_KEY = "eab-Hmac-Secret-0123456789"


def _noop(domain: str = ZONE, **change: str) -> dict[str, str]:
    """The add form for provider noop, as a person fills it in."""
    return {"provider": "noop", "domain": domain, "zoneName": "", "tlsConfig.provider": "letsencrypt-prod",
            "tlsConfig.directoryUrl": "", "tlsConfig.eabKid": "", "tlsConfig.eabHmacKey": "",
            "tlsConfig.caBundle": "", "fallbackCertificate.cert": "", "fallbackCertificate.key": "", **change}


async def test_the_add_form_names_the_refused_field_and_never_shows_a_credential(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    chooser = await page(browser_client, "/domains/new")
    assert '<option value="rfc2136"' in chooser and '<option value="noop"' in chooser
    assert "godaddy" in chooser and 'action="/domains"' not in chooser  # the provider first, then its form
    unknown = await page(browser_client, "/domains/new?provider=godaddy")
    assert 'id="e-provider"' in unknown and "no module that writes GoDaddy records" in unknown

    form = await page(browser_client, "/domains/new?provider=rfc2136")
    assert 'name="config.keySecret" type="password"' in form and 'name="config.server" type="text"' in form
    assert 'name="config.port" type="number" value="53"' in form and '<option value="hmac-sha256" selected' in form
    refused = await submit(browser_client, "/domains/new?provider=rfc2136", "/domains", {
        "provider": "rfc2136", "domain": ZONE, "config.server": "192.0.2.53", "config.port": "53",
        "config.keyName": "containr", "config.keyAlgorithm": "hmac-sha256", "config.keySecret": "not-base64-$$$",
        "tlsConfig.provider": "letsencrypt-prod"}, status=422)
    assert 'id="e-config.keySecret"' in refused.text and "base64" in refused.text
    assert "not-base64-$$$" not in refused.text and 'value="192.0.2.53"' in refused.text

    bad_name = await submit(browser_client, "/domains/new?provider=noop", "/domains", _noop("Shop.TEST"), status=422)
    assert 'id="e-domain"' in bad_name.text and 'value="Shop.TEST"' in bad_name.text
    no_directory = await submit(browser_client, "/domains/new?provider=noop", "/domains",
                                _noop(**{"tlsConfig.provider": "acme"}), status=422)
    assert 'id="e-tlsConfig.directoryUrl"' in no_directory.text and "<details open>" in no_directory.text
    wildcard = await submit(browser_client, "/domains/new?provider=noop", "/domains",
                            _noop(**{"tlsConfig.wildcard": "true"}), status=422)
    assert 'id="e-tlsConfig.wildcard"' in wildcard.text and "dns-01" in wildcard.text
    cert, _ = self_signed(ZONE)
    _, other_key = self_signed(ZONE)
    mismatch = await submit(browser_client, "/domains/new?provider=noop", "/domains", _noop(**{
        "tlsConfig.provider": "fallback", "fallbackCertificate.cert": cert, "fallbackCertificate.key": other_key}),
        status=422)
    assert 'id="e-fallbackCertificate.key"' in mismatch.text and "does not belong" in mismatch.text
    assert "PRIVATE KEY" not in mismatch.text and "BEGIN CERTIFICATE" not in mismatch.text
    assert (await client.get("/api/v1/domains", headers=owner)).json() == {"domains": []}


async def test_a_domain_is_added_changed_and_removed_through_its_pages(browser_client, client, server):
    await set_up_owner(browser_client)
    owner = await login(client)
    added = await submit(browser_client, "/domains/new?provider=noop", "/domains", _noop(**{
        "tlsConfig.provider": "acme", "tlsConfig.directoryUrl": "https://acme.example.test/directory",
        "tlsConfig.eabKid": "kid-1", "tlsConfig.eabHmacKey": HMAC_KEY}))
    assert added.headers["location"] == f"/domains/{ZONE}"
    detail = await page(browser_client, added.headers["location"])
    assert f"Added {ZONE}." in detail and "https://acme.example.test/directory" in detail
    assert "its HMAC key stored" in detail and HMAC_KEY not in detail
    assert "One is stored: leave empty to keep it." in detail and 'value="kid-1"' in detail
    listed = await page(browser_client, "/domains")
    assert f'href="/domains/{ZONE}"' in listed and "Add a domain" in listed and HMAC_KEY not in listed

    # Saved with the HMAC key left empty: the stored one stays. A refused change shows beside its field.
    change = _noop(**{"tlsConfig.provider": "acme", "tlsConfig.directoryUrl": "https://acme.example.test/v2",
                      "tlsConfig.eabKid": "kid-1"})
    await submit(browser_client, f"/domains/{ZONE}", f"/domains/{ZONE}/edit", change)
    kept = (await client.get(f"/api/v1/domains/{ZONE}", headers=owner)).json()["tlsConfig"]
    assert kept["directoryUrl"] == "https://acme.example.test/v2" and kept["eabHmacKeySet"] is True
    refused = await submit(browser_client, f"/domains/{ZONE}", f"/domains/{ZONE}/edit",
                           {**change, "tlsConfig.directoryUrl": "http://plain.example.test/"}, status=422)
    assert 'id="e-tlsConfig.directoryUrl"' in refused.text and 'value="http://plain.example.test/"' in refused.text

    # Another provider's settings are shown on asking; a fallback certificate goes in, its key never comes out.
    manual = await page(browser_client, f"/domains/{ZONE}?provider=manual")
    assert "Changing the provider to manual" in manual and 'name="provider" value="manual"' in manual
    cert, key = self_signed(ZONE)
    saved = await submit(browser_client, f"/domains/{ZONE}", f"/domains/{ZONE}/edit", _noop(**{
        "provider": "manual", "tlsConfig.provider": "fallback", "fallbackCertificate.cert": cert,
        "fallbackCertificate.key": key}))
    html = await page(browser_client, saved.headers["location"])
    assert f"Saved {ZONE}." in html and "uploaded, with its key" in html and "PRIVATE KEY" not in html
    domain = (await client.get(f"/api/v1/domains/{ZONE}", headers=owner)).json()
    assert (domain["provider"], domain["tlsConfig"]["provider"]) == ("manual", "fallback")

    # In use by a name, it stays; the confirmation page says why.
    record = await Domain.get(domain=ZONE)
    node = await Node.create(team_id=await personal_team(client, owner), name="pve-1",
                             api_url="https://192.0.2.1:8006", token_id="root@pam!containr", verify_tls=False,
                             status=NodeStatus.ONLINE, sealed_token_secret=server.app.state.nodes_box.seal("secret"))
    route = await Route.create(fqdn=f"www.{ZONE}", location="www", domain=record, node=node,
                               resource_type="service", resource_id="elsewhere")
    confirm = f"/domains/{ZONE}/delete"
    assert f'href="{confirm}"' in html
    busy = await submit(browser_client, confirm, confirm, status=409)
    assert "in use by 1 location" in busy.text
    await route.delete()
    gone = await submit(browser_client, confirm, confirm)
    assert gone.headers["location"] == "/domains"
    assert f"Removed {ZONE}." in await page(browser_client, "/domains")
    assert (await client.get(f"/api/v1/domains/{ZONE}", headers=owner)).status_code == 404


async def test_an_account_that_is_not_an_administrator_sees_domains_but_changes_none(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    await submit(browser_client, "/domains/new?provider=noop", "/domains", _noop())
    bob = await client.post("/api/v1/users", headers=owner,
                            json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert bob.status_code == 201, bob.text
    await submit(browser_client, "/", "/signout")
    await sign_in(browser_client, "bob")

    listed = await page(browser_client, "/domains")
    assert f'href="/domains/{ZONE}"' in listed and "Add a domain" not in listed
    assert 'href="/certificates"' not in listed and 'href="/domains"' in listed  # the menu
    assert "Only administrators" in await page(browser_client, "/domains/new?provider=noop")
    detail = await page(browser_client, f"/domains/{ZONE}")
    assert f'action="/domains/{ZONE}/edit"' not in detail and "/delete" not in detail
    assert "Check the record" in detail
    forged = await browser_client.post(f"/domains/{ZONE}/delete", data={"csrf_token": csrf_of(detail)})
    assert forged.status_code == 403 and "Not allowed" in forged.text
    assert "Not allowed" in await page(browser_client, "/certificates", status=403)
    assert (await client.get(f"/api/v1/domains/{ZONE}", headers=owner)).status_code == 200


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


async def test_credentials_tried_against_bind_and_a_record_checked_from_the_page(browser_client, client, bind):
    await set_up_owner(browser_client)
    form = {"provider": "rfc2136", "domain": ZONE, "config.server": bind.address, "config.port": str(bind.port),
            "config.keyName": bind.key_name, "config.keyAlgorithm": "hmac-sha256",
            "tlsConfig.provider": "letsencrypt-prod"}
    wrong = "bm90IHRoZSBrZXkgYXQgYWxsIDEyMzQ1Njc4OTAxMg=="
    refused = await submit(browser_client, "/domains/new?provider=rfc2136", "/domains",
                           {**form, "config.keySecret": wrong}, status=422)
    assert 'id="e-config.keySecret"' in refused.text and "BADSIG" in refused.text and wrong not in refused.text
    added = await submit(browser_client, "/domains/new?provider=rfc2136", "/domains",
                         {**form, "config.keySecret": bind.key_secret})
    detail = await page(browser_client, added.headers["location"])
    assert "<code>keySecret</code> stored" in detail and bind.key_secret not in detail

    await asyncio.to_thread(bind.set, f"shop.{ZONE}", "A", ["198.51.100.7"])
    found = await page(browser_client, f"/domains/{ZONE}?check=1&subdomain=shop")
    assert f"<strong>shop.{ZONE}</strong>" in found and "<code>198.51.100.7</code>" in found
    assert "points elsewhere" in found  # no service has the name: Containr would write nothing there
    empty = await page(browser_client, f"/domains/{ZONE}?check=1&subdomain=none")
    assert "no record" in empty and 'value="none"' in empty
    bad = await page(browser_client, f"/domains/{ZONE}?check=1&subdomain=Not_A_Name")
    assert 'id="e-subdomain"' in bad and 'value="Not_A_Name"' in bad


async def test_the_certificates_page_lists_states_and_renews_what_is_due(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    empty = await page(browser_client, "/certificates")
    assert "No certificates yet" in empty and 'action="/certificates/renew"' in empty
    nothing = await submit(browser_client, "/certificates", "/certificates/renew")
    assert nothing.headers["location"] == "/certificates"
    assert "No certificate is due for renewal." in await page(browser_client, "/certificates")

    await submit(browser_client, "/domains/new?provider=noop", "/domains", _noop())
    domain = await Domain.get(domain=ZONE)
    now = datetime.now(UTC)
    await Certificate.create(name=f"shop.{ZONE}", domain=domain, fqdns=[f"shop.{ZONE}"], challenge=Challenge.HTTP,
                             status=CertificateStatus.VALID, issuer="Pebble Intermediate", serial="0a1b2c",
                             not_before=now - timedelta(days=80), not_after=now + timedelta(days=10))
    await Certificate.create(name=f"api.{ZONE}", domain=domain, fqdns=[f"api.{ZONE}"], challenge=Challenge.HTTP,
                             status=CertificateStatus.FAILED, last_error="The CA refused: rateLimited")
    html = await page(browser_client, "/certificates")
    assert '<span class="badge badge-busy">expiring</span>' in html and '<span class="badge badge-bad">failed' in html
    assert "in 9 days" in html or "in 10 days" in html
    assert 'title="' + (now + timedelta(days=10)).strftime("%Y-%m-%d") in html  # the absolute time on hover
    assert "The CA refused: rateLimited" in html and "not issued yet" in html
    assert f'name="fqdns" value="shop.{ZONE}"' in html and "Renew now" in html
    assert (await client.get("/api/v1/certificates", headers=owner)).json()["total"] == 2

    # When renewals run: refused beside the field, then saved.
    assert 'value="00 00 3 * * *"' in html or 'name="pattern"' in html
    bad = await submit(browser_client, "/certificates", "/certificates/settings",
                       {"pattern": "every night", "renewBeforeDays": "30"}, status=422)
    assert 'id="e-pattern"' in bad.text and 'value="every night"' in bad.text
    bad = await submit(browser_client, "/certificates", "/certificates/settings",
                       {"pattern": "00 30 2 * * *", "renewBeforeDays": "90"}, status=422)
    assert 'id="e-renewBeforeDays"' in bad.text and 'id="e-pattern"' not in bad.text
    saved = await submit(browser_client, "/certificates", "/certificates/settings",
                         {"pattern": "00 30 2 * * *", "renewBeforeDays": "21"})
    assert "Renewals run on 00 30 2 * * *, 21 days before expiry." in await page(browser_client,
                                                                                saved.headers["location"])
    assert (await client.get("/api/v1/settings/certificates", headers=owner)).json() == {
        "pattern": "00 30 2 * * *", "renewBeforeDays": 21}


async def test_dynamic_dns_and_the_public_address_from_the_settings_page(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    html = await page(browser_client, "/settings")
    assert 'action="/settings/dynamic_dns"' in html and '<option value="false" selected' in html
    await submit(browser_client, "/settings", "/settings/dynamic_dns", {"enabled": "true"})
    html = await page(browser_client, "/settings")
    assert "Dynamic DNS is on" in html and '<option value="true" selected' in html
    assert (await client.get("/api/v1/settings/dynamic_dns", headers=owner)).json() == {"enabled": True}

    refused = await submit(browser_client, "/settings", "/settings/sysinfo_config",
                           {"provider": "fixed", "ip": "not-an-address", "ifname": "", "url": ""}, status=422)
    assert 'id="e-ip"' in refused.text and 'value="not-an-address"' in refused.text
    assert 'id="e-timeZone"' not in refused.text
    no_such = await submit(browser_client, "/settings", "/settings/sysinfo_config",
                           {"provider": "network-interface", "ip": "", "ifname": "nosuch0", "url": ""}, status=422)
    assert 'id="e-ifname"' in no_such.text and "nosuch0" in no_such.text
    # The other provider's fields are not sent: only the chosen one's.
    await submit(browser_client, "/settings", "/settings/sysinfo_config",
                 {"provider": "fixed", "ip": "203.0.113.7", "ifname": "eth9", "url": "https://ip.example.test/"})
    html = await page(browser_client, "/settings")
    assert "The public address is 203.0.113.7 now." in html and 'value="203.0.113.7"' in html
    assert (await client.get("/api/v1/settings/sysinfo_config", headers=owner)).json()["ip"] == "203.0.113.7"


@pytest.mark.ansible
async def test_a_service_gets_its_names_from_its_page_and_the_node_shows_its_edge(browser_client, client,
                                                                                 pve_sim):
    await set_up_owner(browser_client)
    owner = await login(client)
    node = await online_node(client, owner, pve_sim)
    project = (await client.post("/api/v1/projects", headers=owner,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    environment = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=owner)).json()[0]
    made = await client.post(f"/api/v1/projects/{project['id']}/services", headers=owner, json={
        "name": "web", "environmentId": environment["id"], "type": "web",
        "source": {"repository": "https://git.example.com/shop/web.git", "branch": "main"}, "port": 8000})
    assert made.status_code in (201, 202), made.text
    service = made.json()
    await client.post(f"/api/v1/tasks/{service['taskId']}/stop", headers=owner)
    await wait_task(client, owner, service["taskId"])
    detail = f"/services/{service['id']}"
    assert "No domain to put a name on yet" in await page(browser_client, detail)
    await submit(browser_client, "/domains/new?provider=noop", "/domains", _noop())

    html = await page(browser_client, detail)
    assert f'<option value="{ZONE}"' in html and 'name="domains.0.location"' in html
    # No address to route to yet (as before its guest has one): the refusal stands beside the form, what was
    # typed stays.
    await Service.filter(id=service["id"]).update(host=None)
    refused = await submit(browser_client, detail, f"{detail}/domains",
                           {"domains.0.location": "shop", "domains.0.domain": ZONE}, status=409)
    assert 'id="e-domains"' in refused.text and "wait for its first deploy" in refused.text
    assert 'value="shop"' in refused.text and 'name="domains.1.location"' in refused.text
    bad = await submit(browser_client, detail, f"{detail}/domains",
                       {"domains.0.location": "shop_1", "domains.0.domain": ZONE}, status=422)
    assert 'id="e-domains.0.location"' in bad.text
    unchanged = await submit(browser_client, detail, f"{detail}/domains", {"domains.0.location": ""})
    assert "nothing to apply" in await page(browser_client, unchanged.headers["location"])

    # Deployed (as a build that reached the app leaves it): the names go to the edge as one task.
    await Service.filter(id=service["id"]).update(host="10.213.0.20", port=8000)
    saved = await submit(browser_client, detail, f"{detail}/domains",
                         {"domains.0.location": "shop", "domains.0.domain": ZONE})
    task = int(saved.headers["location"].removeprefix("/tasks/"))
    assert f"Names saved (shop.{ZONE}); applying the edge: task #{task}." in await page(browser_client,
                                                                                          saved.headers["location"])
    await client.post(f"/api/v1/tasks/{task}/stop", headers=owner)
    await wait_task(client, owner, task)
    html = await page(browser_client, detail)
    assert f'<a href="https://shop.{ZONE}">shop.{ZONE}</a>' in html and 'value="shop"' in html

    # Its certificate is due (never issued): renewed from the certificates page, then listed; renewed again
    # from its own row.
    due = await submit(browser_client, "/certificates", "/certificates/renew")
    renewal = int(due.headers["location"].removeprefix("/tasks/"))
    assert f"Renewing what is due: task #{renewal}." in await page(browser_client, due.headers["location"])
    assert (await client.get(f"/api/v1/tasks/{renewal}", headers=owner)).json()["type"] == "renewcerts"
    await client.post(f"/api/v1/tasks/{renewal}/stop", headers=owner)
    await wait_task(client, owner, renewal)
    certificates = await page(browser_client, "/certificates")
    assert f'name="fqdns" value="shop.{ZONE}"' in certificates
    renewing = await submit(browser_client, "/certificates", "/certificates/renew", {"fqdns": f"shop.{ZONE}"})
    again = int(renewing.headers["location"].removeprefix("/tasks/"))
    assert f"Renewing shop.{ZONE}: task #{again}." in await page(browser_client, renewing.headers["location"])
    await client.post(f"/api/v1/tasks/{again}/stop", headers=owner)
    await wait_task(client, owner, again)

    node_page = await page(browser_client, f"/nodes/{node['id']}")
    assert "Apply the edge" in node_page and f'href="/tasks/{task}"' in node_page
    again = await submit(browser_client, f"/nodes/{node['id']}", f"/nodes/{node['id']}/edge/apply")
    second = int(again.headers["location"].removeprefix("/tasks/"))
    assert second != task
    await client.post(f"/api/v1/tasks/{second}/stop", headers=owner)
    await wait_task(client, owner, second)
