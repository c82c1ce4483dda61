"""Mail through the API without a mail guest: a domain's settings before mail is set up, bad input refused naming
the field with nothing recorded and no run started, mailboxes and aliases recorded with their passwords kept only
as sealed Argon2id hashes, a domain with mailboxes kept from deletion, administrators only, and the status of the
mail records read from a real BIND."""

from __future__ import annotations

import textwrap

import pytest
from argon2 import PasswordHasher

from service.config import Settings
from service.domains.accounts.registration import create_user
from service.domains.dns.models import Domain
from service.domains.dns.records import Records
from service.domains.dns.registry import dns_box
from service.domains.mail import configuring, content, dkim, records
from service.domains.mail.models import Mailbox, MailDomain
from tests.factories import PASSWORD, login, owner_headers
from tests.harness.bind import Bind

ZONE = "post.test"
MAILBOX_PASSWORD = "a mailbox password 7!"


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _domain(client, headers, bind: Bind) -> None:
    config = {"server": bind.address, "port": bind.port, "keyName": bind.key_name, "keySecret": bind.key_secret}
    added = await client.post("/api/v1/domains", headers=headers,
                              json={"domain": ZONE, "provider": "rfc2136", "config": config})
    assert added.status_code == 201, added.text


async def _mail_domain(settings: Settings, *, incoming: bool = True) -> MailDomain:
    """A domain's mail as the first change records it (its setup run is the guests' tests' part)."""
    private, public = dkim.new_key()
    box = content.mail_box(settings)
    return await MailDomain.create(domain=await Domain.get(domain=ZONE), incoming=incoming,
                                   dkim_selector=dkim.new_selector(), sealed_dkim_key=box.seal(private),
                                   dkim_public_key=public)


async def _tasks(client, headers) -> list[dict]:
    return (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"]


async def test_bad_mail_settings_are_refused_naming_the_field_and_nothing_is_recorded(client, bind: Bind):
    headers = await owner_headers(client)
    assert (await client.get("/api/v1/mail/nowhere.test", headers=headers)).status_code == 404
    await _domain(client, headers, bind)
    before = (await client.get(f"/api/v1/mail/{ZONE}", headers=headers)).json()
    assert before["configured"] is False and before["enabled"] is False and before["serverStatus"] == "none"
    assert before["mailHost"] == f"mail.{ZONE}" and before["relay"]["provider"] == "cloudron-smtp"

    refused = {
        "enable": ({"enabled": True}, "nodeId"),  # no node to make the mail server on
        "relay": ({"provider": "external-smtp", "username": "u", "password": "p"}, "host"),
        "catch_all": ({"addresses": ["not an address"]}, "addresses.0"),
        "banner": ({"text": 5}, "text"),
        "mail_from_validation": ({"enabled": "perhaps"}, "enabled"),
    }
    for path, (body, field) in refused.items():
        answer = await client.post(f"/api/v1/mail/{ZONE}/{path}", headers=headers, json=body)
        assert answer.status_code == 422, (path, answer.text)
        assert _field(answer) == field, (path, answer.text)
    unknown = await client.post(f"/api/v1/mail/{ZONE}/relay", headers=headers, json={"provider": "carrier-pigeon"})
    assert unknown.status_code == 422 and _field(unknown) == "provider"
    noauth = await client.post(f"/api/v1/mail/{ZONE}/relay", headers=headers,
                               json={"provider": "mailgun-smtp", "username": "postmaster"})
    assert noauth.status_code == 422 and _field(noauth) == "password"
    elsewhere = await client.post("/api/v1/mail/nowhere.test/enable", headers=headers, json={"enabled": True})
    assert elsewhere.status_code == 404 and _field(elsewhere) == "domain"

    assert not await MailDomain.exists() and await _tasks(client, headers) == []
    assert (await client.get(f"/api/v1/mail/{ZONE}", headers=headers)).json() == before
    for path in (f"/api/v1/mail/{ZONE}/status", f"/api/v1/mail/{ZONE}/mailboxes/alice", "/api/v1/mail/logs"):
        answer = await client.get(path, headers=headers)
        assert answer.status_code == 409 and answer.json()["code"] == "mail_not_set_up", (path, answer.text)


async def test_mailboxes_are_recorded_with_sealed_hashes_and_checked(client, bind: Bind, settings: Settings):
    headers = await owner_headers(client)
    await _domain(client, headers, bind)
    await _mail_domain(settings)
    owner_id = (await client.get("/api/v1/user/profile", headers=headers)).json()["id"]
    mailboxes = f"/api/v1/mail/{ZONE}/mailboxes"
    body = {"name": "alice", "ownerId": owner_id, "ownerType": "user", "password": MAILBOX_PASSWORD,
            "storageQuotaMb": 50}
    for change, field in (({"name": "Alice"}, "name"), ({"name": "a..b"}, "name"), ({"name": ".a"}, "name"),
                          ({"ownerId": "4a0e8f8e-0000-4000-8000-000000000000"}, "ownerId"),
                          ({"ownerType": "group"}, "ownerId"), ({"ownerType": "robot"}, "ownerType"),
                          ({"password": "short"}, "password"), ({"storageQuotaMb": -1}, "storageQuotaMb")):
        answer = await client.post(mailboxes, headers=headers, json={**body, **change})
        assert answer.status_code == 422 and _field(answer) == field, (change, answer.text)
    assert not await Mailbox.exists()

    # No mail server yet: the mailbox is recorded and its first setup will take it (no run now).
    made = await client.post(mailboxes, headers=headers, json=body)
    assert made.status_code == 202, made.text
    assert made.json()["taskId"] is None and made.json()["storageQuotaMb"] == 50
    assert MAILBOX_PASSWORD not in made.text and "ARGON2" not in made.text
    twin = await client.post(mailboxes, headers=headers, json=body)
    assert twin.status_code == 409 and _field(twin) == "name"
    stored = await Mailbox.get(name="alice")
    assert MAILBOX_PASSWORD not in stored.sealed_password_hash
    hashed = str(content.mail_box(settings).open(stored.sealed_password_hash))
    assert hashed.startswith("{ARGON2ID}$argon2id$") and PasswordHasher().verify(hashed[10:], MAILBOX_PASSWORD)

    # Aliases: on a mail domain, not another mailbox's address.
    aliases = f"{mailboxes}/alice/aliases"
    other = await client.put(aliases, headers=headers, json={"aliases": [{"name": "x", "domain": "nowhere.test"}]})
    assert other.status_code == 422 and _field(other) == "aliases.0.domain"
    await client.post(mailboxes, headers=headers, json={**body, "name": "bob"})
    taken = await client.put(aliases, headers=headers, json={"aliases": [{"name": "bob", "domain": ZONE}]})
    assert taken.status_code == 409 and _field(taken) == "aliases.0.name"
    given = await client.put(aliases, headers=headers, json={"aliases": [{"name": "postmaster", "domain": ZONE}]})
    assert given.status_code == 202 and given.json()["aliases"] == [{"name": "postmaster", "domain": ZONE}]
    clash = await client.post(mailboxes, headers=headers, json={**body, "name": "postmaster"})
    assert clash.status_code == 409 and "alias of mailbox alice" in clash.json()["error"]

    listed = (await client.get(f"{mailboxes}?search=ali", headers=headers)).json()
    assert [item["name"] for item in listed["items"]] == ["alice"] and listed["total"] == 1
    assert (await client.get(f"/api/v1/mail/{ZONE}/mailbox_count", headers=headers)).json() == {"count": 2}
    changed = await client.put(f"{mailboxes}/bob", headers=headers, json={"active": False, "storageQuotaMb": 5})
    assert changed.status_code == 202 and changed.json()["active"] is False
    assert (await client.put(f"{mailboxes}/nobody", headers=headers, json={"active": False})).status_code == 404

    # Only administrators; a domain with mailboxes stays.
    await create_user(username="someone", email="someone@example.com", password=PASSWORD)
    someone = await login(client, "someone")
    assert (await client.get(mailboxes, headers=someone)).status_code == 403
    enabling = await client.post(f"/api/v1/mail/{ZONE}/enable", headers=someone, json={"enabled": True})
    assert enabling.status_code == 403
    kept = await client.delete(f"/api/v1/domains/{ZONE}", headers=headers)
    assert kept.status_code == 409 and kept.json()["details"] == {"mailboxes": 2}
    for name in ("alice", "bob"):
        assert (await client.delete(f"{mailboxes}/{name}", headers=headers)).status_code == 202
    assert (await client.delete(f"/api/v1/domains/{ZONE}", headers=headers)).status_code == 204
    assert not await MailDomain.exists()
    assert await _tasks(client, headers) == []


async def test_status_reads_each_record_from_the_nameservers(client, bind: Bind, settings: Settings):
    headers = await owner_headers(client)
    await _domain(client, headers, bind)
    mail_domain = await _mail_domain(settings)
    dkim_value = dkim.record_value(mail_domain.dkim_public_key)
    assert len(dkim_value) > 255  # a 2048-bit key's record takes more than one string
    bind.set(f"mail.{ZONE}", "A", ["192.0.2.25"])  # BIND takes an MX only to a name with an address
    bind.set(ZONE, "MX", [f"10 mail.{ZONE}."])
    bind.set(ZONE, "TXT", [f"v=spf1 a:mail.{ZONE} ~all"])
    bind.set(f"{mail_domain.dkim_selector}._domainkey.{ZONE}", "TXT",
             [" ".join(f'"{part}"' for part in textwrap.wrap(dkim_value, 200, drop_whitespace=False))])

    found = (await client.get(f"/api/v1/mail/{ZONE}/status", headers=headers)).json()
    dns = found["dns"]
    assert dns["mx"] == {"domain": ZONE, "name": "@", "type": "MX", "expected": f"10 mail.{ZONE}.",
                         "found": [f"10 mail.{ZONE}"], "value": f"10 mail.{ZONE}", "ok": True}
    assert dns["spf"]["ok"] and dns["dkim"]["ok"] and dns["dkim"]["found"] == [dkim_value]
    assert dns["dmarc"] == {"domain": f"_dmarc.{ZONE}", "name": "_dmarc", "type": "TXT",
                            "expected": "v=DMARC1; p=reject; pct=100", "found": [], "value": "", "ok": False}
    assert dns["ptr"] is None
    assert found["relay"]["ok"] is True and "directly" in found["relay"]["value"]

    # A relay that does not answer is named in the status.
    await MailDomain.filter(id=mail_domain.id).update(relay_provider="external-smtp-noauth", relay_host="127.0.0.1",
                                                      relay_port=bind.port)
    relayed = (await client.get(f"/api/v1/mail/{ZONE}/status", headers=headers)).json()
    relay = relayed["relay"]
    assert relay["ok"] is False and f"127.0.0.1:{bind.port}" in relay["value"]
    # Mail leaves through the relay now: SPF names it too, and the record in BIND is not that yet.
    assert relayed["dns"]["spf"]["expected"] == f"v=spf1 a:mail.{ZONE} ip4:127.0.0.1 ~all"
    assert relayed["dns"]["spf"]["ok"] is False
    shown = configuring.present(await Domain.get(domain=ZONE), await MailDomain.get(id=mail_domain.id), None)
    assert shown.dkim_selector == mail_domain.dkim_selector and shown.relay.host == "127.0.0.1"


async def test_the_spf_record_keeps_the_domains_other_txt_values(client, bind: Bind, settings: Settings):
    headers = await owner_headers(client)
    await _domain(client, headers, bind)
    mail_domain = await _mail_domain(settings)
    domain = await Domain.get(domain=ZONE)
    bind.set(ZONE, "TXT", ["google-site-verification=abc123", "v=spf1 -all"])

    written = Records(dns_box(settings))
    await records.add(written, domain, mail_domain, "192.0.2.25", nameservers=settings.nameservers)
    by_name = {(entry["name"], entry["type"]): entry["values"] for entry in written.zones()[0]["records"]}
    assert by_name[(ZONE, "TXT")] == ["google-site-verification=abc123", f"v=spf1 a:mail.{ZONE} ~all"]
    assert by_name[(f"mail.{ZONE}", "A")] == ["192.0.2.25"] and by_name[(ZONE, "MX")] == [f"10 mail.{ZONE}."]

    # No nameserver answers: the SPF record is left out rather than the values it cannot see dropped.
    unseen = Records(dns_box(settings))
    await records.add(unseen, domain, mail_domain, "192.0.2.25", nameservers=["127.0.0.1:9"])
    names = {(entry["name"], entry["type"]) for entry in unseen.zones()[0]["records"]}
    assert (ZONE, "TXT") not in names and (f"_dmarc.{ZONE}", "TXT") in names
