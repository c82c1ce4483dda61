"""Domains through the API: credentials tried against a real BIND before anything is kept and never answered,
the checks of TLS settings and fallback certificates (naming the field, recording nothing), administrators
only for changes, 409 for a twin, dns_check against the record as BIND holds it, and the DNS settings."""

from __future__ import annotations

import boto3
import pytest

from service.domains.accounts.registration import create_user
from service.domains.dns.models import Domain
from tests.factories import PASSWORD, login, owner_headers, self_signed
from tests.harness.bind import Bind
from tests.harness.s3 import start_s3

ZONE = "shop.test"


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


def _rfc2136(bind: Bind, **override: object) -> dict[str, object]:
    config = {"server": bind.address, "port": bind.port, "keyName": bind.key_name, "keySecret": bind.key_secret}
    return {"domain": ZONE, "provider": "rfc2136", "config": {**config, **override}}


def _field(answer) -> str:
    body = answer.json()
    details = body.get("details")
    if isinstance(details, list):
        return details[0]["field"]
    return details["field"]


async def test_a_domain_is_kept_once_its_provider_accepts_the_credentials(client, bind: Bind):
    headers = await owner_headers(client)
    wrong = await client.post("/api/v1/domains", headers=headers,
                              json=_rfc2136(bind, keySecret="bm90IHRoZSBrZXkgYXQgYWxsIDEyMzQ1Njc4OTAxMg=="))
    assert wrong.status_code == 422 and _field(wrong) == "config.keySecret", wrong.text
    assert (await client.get("/api/v1/domains", headers=headers)).json() == {"domains": []}

    added = await client.post("/api/v1/domains", headers=headers, json=_rfc2136(bind))
    assert added.status_code == 201, added.text
    body = added.json()
    assert body["domain"] == ZONE and body["zoneName"] == ZONE and body["provider"] == "rfc2136"
    assert body["secretsSet"] == ["keySecret"] and "keySecret" not in body["config"]
    assert bind.key_secret not in added.text
    assert body["tlsConfig"] == {"provider": "letsencrypt-prod", "wildcard": False, "directoryUrl": None,
                                 "eabKid": None, "eabHmacKeySet": False, "caBundle": None}
    twin = await client.post("/api/v1/domains", headers=headers, json=_rfc2136(bind))
    assert twin.status_code == 409 and twin.json()["code"] == "taken"

    # Every account sees the domains; only administrators change them.
    await create_user(username="someone", email="someone@example.com", password=PASSWORD)
    someone = await login(client, "someone")
    listed = await client.get("/api/v1/domains", headers=someone)
    assert [d["domain"] for d in listed.json()["domains"]] == [ZONE] and bind.key_secret not in listed.text
    assert (await client.delete(f"/api/v1/domains/{ZONE}", headers=someone)).status_code == 403
    assert (await client.post("/api/v1/domains", headers=someone, json=_rfc2136(bind))).status_code == 403

    # A change without the secret keeps the stored one (checked again against BIND with it).
    config = {"server": bind.address, "port": bind.port, "keyName": bind.key_name}
    changed = await client.put(f"/api/v1/domains/{ZONE}", headers=headers,
                               json={"provider": "rfc2136", "config": config,
                                     "tlsConfig": {"provider": "letsencrypt-staging"}})
    assert changed.status_code == 200, changed.text
    assert changed.json()["tlsConfig"]["provider"] == "letsencrypt-staging"
    assert changed.json()["secretsSet"] == ["keySecret"]
    stored = await Domain.get(domain=ZONE)
    assert bind.key_secret not in str(stored.config) and bind.key_secret not in (stored.sealed_secrets or "")

    assert (await client.delete(f"/api/v1/domains/{ZONE}", headers=headers)).status_code == 204
    assert (await client.get(f"/api/v1/domains/{ZONE}", headers=headers)).status_code == 404


@pytest.mark.one_database
async def test_bad_domains_are_refused_naming_the_field_and_nothing_is_kept(client, bind: Bind):
    headers = await owner_headers(client)
    cert, key = self_signed(ZONE)
    _, other_key = self_signed(ZONE)
    cases = [
        ({"domain": ZONE, "provider": "dyndns", "config": {}}, "provider"),
        ({"domain": ZONE, "provider": "godaddy", "config": {}}, "provider"),
        ({"domain": "Not A Domain", "provider": "noop", "config": {}}, "domain"),
        ({"domain": ZONE, "zoneName": "elsewhere.test", "provider": "noop", "config": {}}, "zoneName"),
        (_rfc2136(bind, server=None), "config.server"),
        ({**_rfc2136(bind), "config": {**_rfc2136(bind)["config"], "colour": "blue"}}, "config.colour"),
        ({"domain": ZONE, "provider": "manual", "config": {}, "tlsConfig": {"provider": "acme"}},
         "tlsConfig.directoryUrl"),
        ({"domain": ZONE, "provider": "manual", "config": {}, "tlsConfig": {"provider": "letsencrypt-prod",
                                                                            "wildcard": True}},
         "tlsConfig.wildcard"),
        ({"domain": ZONE, "provider": "noop", "config": {},
          "tlsConfig": {"provider": "acme", "directoryUrl": "https://ca.test/dir", "caBundle": "not a pem"}},
         "tlsConfig.caBundle"),
        ({"domain": ZONE, "provider": "noop", "config": {},
          "tlsConfig": {"provider": "acme", "directoryUrl": "https://ca.test/dir", "eabKid": "kid"}},
         "tlsConfig.eabHmacKey"),
        ({"domain": ZONE, "provider": "noop", "config": {}, "fallbackCertificate": {"cert": cert, "key": other_key}},
         "fallbackCertificate.key"),
        ({"domain": "other.test", "provider": "noop", "config": {},
          "fallbackCertificate": {"cert": cert, "key": key}}, "fallbackCertificate.cert"),
    ]
    for body, field in cases:
        answer = await client.post("/api/v1/domains", headers=headers, json=body)
        assert answer.status_code == 422, (body, answer.text)
        assert _field(answer) == field, (body, answer.text)
    assert (await client.get("/api/v1/domains", headers=headers)).json() == {"domains": []}

    # A fallback certificate that matches: kept, its key never answered.
    kept = await client.post("/api/v1/domains", headers=headers, json={
        "domain": ZONE, "provider": "noop", "config": {}, "tlsConfig": {"provider": "fallback"},
        "fallbackCertificate": {"cert": cert, "key": key}})
    assert kept.status_code == 201, kept.text
    assert kept.json()["fallbackCertificate"] == {"cert": cert.strip() + "\n", "keySet": True}
    assert "PRIVATE KEY" not in kept.text


@pytest.mark.one_database
async def test_dns_check_compares_the_record_bind_holds(client, bind: Bind):
    headers = await owner_headers(client)
    assert (await client.post("/api/v1/domains", headers=headers, json=_rfc2136(bind))).status_code == 201
    clear = await client.get(f"/api/v1/domains/{ZONE}/dns_check?subdomain=blog", headers=headers)
    assert clear.status_code == 200, clear.text
    assert clear.json() == {"needsOverwrite": False, "expected": [], "found": [], "fqdn": f"blog.{ZONE}"}
    bind.set(f"blog.{ZONE}", "A", ["192.0.2.7"])
    taken = (await client.get(f"/api/v1/domains/{ZONE}/dns_check?subdomain=blog", headers=headers)).json()
    assert taken == {"needsOverwrite": True, "expected": [], "found": ["192.0.2.7"], "fqdn": f"blog.{ZONE}"}
    bad = await client.get(f"/api/v1/domains/{ZONE}/dns_check?subdomain=No_Such", headers=headers)
    assert bad.status_code == 422 and _field(bad) == "subdomain"
    assert (await client.get("/api/v1/domains/absent.test/dns_check", headers=headers)).status_code == 404


@pytest.mark.one_database
async def test_the_dns_settings_and_the_certificates_list(client, bind: Bind):
    headers = await owner_headers(client)
    assert (await client.get("/api/v1/settings/dynamic_dns", headers=headers)).json() == {"enabled": False}
    on = await client.post("/api/v1/settings/dynamic_dns", headers=headers, json={"enabled": True})
    assert on.status_code == 200 and on.json() == {"enabled": True}
    assert (await client.get("/api/v1/settings/dynamic_dns", headers=headers)).json() == {"enabled": True}
    assert (await client.get("/api/v1/settings/sysinfo_config", headers=headers)).json()["provider"] == "generic"
    missing = await client.post("/api/v1/settings/sysinfo_config", headers=headers, json={"provider": "fixed"})
    assert missing.status_code == 422 and _field(missing) == "ip", missing.text
    fixed = await client.post("/api/v1/settings/sysinfo_config", headers=headers,
                              json={"provider": "fixed", "ip": "203.0.113.9"})
    assert fixed.status_code == 200 and fixed.json()["ip"] == "203.0.113.9", fixed.text

    await create_user(username="someone", email="someone@example.com", password=PASSWORD)
    someone = await login(client, "someone")
    assert (await client.get("/api/v1/settings/dynamic_dns", headers=someone)).status_code == 403
    assert (await client.get("/api/v1/certificates", headers=someone)).status_code == 403
    listed = await client.get("/api/v1/certificates", headers=headers)
    assert listed.status_code == 200 and listed.json()["items"] == [] and listed.json()["total"] == 0
    nothing = await client.post("/api/v1/certificates/renew", headers=headers, json={})
    assert nothing.status_code == 409 and nothing.json()["code"] == "nothing_due"
    unknown = await client.post("/api/v1/certificates/renew", headers=headers, json={"fqdns": ["x.shop.test"]})
    assert unknown.status_code == 422 and _field(unknown) == "fqdns"


@pytest.mark.one_database
async def test_a_route53_domain_whose_key_aws_does_not_know_is_refused(client, monkeypatch):
    # moto's server checks keys once this many actions have run (the hosted zone's creation is one).
    monkeypatch.setenv("INITIAL_NO_AUTH_ACTION_COUNT", "1")
    s3 = start_s3()
    try:
        key = {"aws_access_key_id": "AKIAEXAMPLEEXAMPLE", "aws_secret_access_key": "s" * 40}
        boto3.client("route53", endpoint_url=s3.endpoint, region_name="us-east-1", **key).create_hosted_zone(
            Name="aws.test", CallerReference="containr")
        headers = await owner_headers(client)
        body = {"domain": "aws.test", "provider": "route53",
                "config": {"accessKeyId": "AKIAUNKNOWNUNKNOWN", "secretAccessKey": "x" * 40,
                           "endpointUrl": s3.endpoint}}
        refused = await client.post("/api/v1/domains", headers=headers, json=body)
        assert refused.status_code == 422 and _field(refused) == "config.accessKeyId", refused.text
        assert "x" * 40 not in refused.text
        assert (await client.get("/api/v1/domains", headers=headers)).json() == {"domains": []}
        body["config"].update(accessKeyId=key["aws_access_key_id"], secretAccessKey=key["aws_secret_access_key"])
        body["zoneName"] = "test"
        elsewhere = await client.post("/api/v1/domains", headers=headers, json=body)
        assert elsewhere.status_code == 422 and _field(elsewhere) == "zoneName", elsewhere.text
    finally:
        s3.stop()
