"""dns_apply.yml with the records a mail domain needs: MX (priority and host), SPF and DMARC (TXT with spaces and
`;`), a DKIM key's TXT record longer than 255 characters (written as several character-strings) and a TXT value
with a quote and a backslash; into BIND by rfc2136 and into Route 53 (moto's server). Each is read back with
dnspython, whose joined strings must equal the value given; a second run changes nothing; absent removes them."""

from __future__ import annotations

import base64
import json
import secrets
from typing import Any

import boto3
import dns.message
import dns.query
import dns.rdata
import dns.rdataclass
import dns.rdatatype
import dns.rdtypes.ANY.MX
import dns.rdtypes.ANY.TXT
import pytest

from tests.dns_playbooks.conftest import ZONE
from tests.harness.bind import Bind
from tests.harness.s3 import S3Server
from tests.nodes.conftest import Runner

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


def _dkim() -> str:
    # A 2048-bit RSA public key is 294 bytes of DER: 392 characters of base64, 410 with the tags.
    return "v=DKIM1; k=rsa; p=" + base64.b64encode(secrets.token_bytes(294)).decode()


def _mail_records(zone: str, dkim: str, state: str = "present") -> list[dict[str, Any]]:
    return [
        # The mail hosts' addresses first: BIND refuses an MX record whose host in the zone has none.
        {"name": f"mail.{zone}", "type": "A", "values": ["192.0.2.25"], "state": state},
        {"name": f"backup.{zone}", "type": "A", "values": ["192.0.2.26"], "state": state},
        # One host with its trailing dot, one without: both are absolute.
        {"name": zone, "type": "MX", "values": [f"10 mail.{zone}.", f"20 backup.{zone}"], "ttl": 300,
         "state": state},
        {"name": zone, "type": "TXT", "values": [f"v=spf1 a:mail.{zone} ~all"], "state": state},
        {"name": f"_dmarc.{zone}", "type": "TXT", "values": ["v=DMARC1; p=reject; pct=100"], "state": state},
        {"name": f"mail._domainkey.{zone}", "type": "TXT", "values": [dkim], "ttl": 600, "state": state},
        {"name": f"note.{zone}", "type": "TXT", "values": ['say "hi" \\o/'], "state": state},
    ]


def _expected(zone: str, dkim: str) -> dict[tuple[str, str], list[Any]]:
    return {(f"mail.{zone}", "A"): ["192.0.2.25"], (f"backup.{zone}", "A"): ["192.0.2.26"],
            (zone, "MX"): [(10, f"mail.{zone}."), (20, f"backup.{zone}.")],
            (zone, "TXT"): [f"v=spf1 a:mail.{zone} ~all"],
            (f"_dmarc.{zone}", "TXT"): ["v=DMARC1; p=reject; pct=100"],
            (f"mail._domainkey.{zone}", "TXT"): [dkim],
            (f"note.{zone}", "TXT"): ['say "hi" \\o/']}


def _changed(zone: str) -> list[str]:
    """The names a run writing (or removing) _mail_records changes, in order, each once."""
    return [f"mail.{zone}", f"backup.{zone}", zone, f"_dmarc.{zone}", f"mail._domainkey.{zone}", f"note.{zone}"]


def _value(rdata: dns.rdata.Rdata) -> Any:
    """What a resolver makes of one rdata: an A's address, an MX's (priority, host), a TXT's strings joined (each
    at most 255)."""
    if rdata.rdtype == dns.rdatatype.A:
        return rdata.to_text()
    if isinstance(rdata, dns.rdtypes.ANY.MX.MX):
        return rdata.preference, rdata.exchange.to_text()
    assert isinstance(rdata, dns.rdtypes.ANY.TXT.TXT)
    assert all(len(string) <= 255 for string in rdata.strings)
    return b"".join(rdata.strings).decode()


def _from_bind(bind: Bind, name: str, rdtype: str) -> list[Any]:
    query = dns.message.make_query(name, rdtype)
    response = dns.query.tcp(query, bind.address, port=bind.port, timeout=5)
    wanted = dns.rdatatype.from_text(rdtype)
    return sorted(_value(rdata) for rrset in response.answer if rrset.rdtype == wanted for rdata in rrset)


async def test_rfc2136_writes_mx_spf_dmarc_and_a_long_dkim_record(run: Runner, bind: Bind) -> None:
    dkim = _dkim()
    assert len(dkim) == 410
    zones = [{"zone": ZONE, "provider": "rfc2136",
              "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name,
                         "keyAlgorithm": bind.key_algorithm},
              "records": _mail_records(ZONE, dkim)}]
    run.env = {"CONTAINR_DNS_CREDENTIALS": json.dumps({ZONE: {"keySecret": bind.key_secret}})}

    first, _ = await run.twice("dns_apply", dns_records_zones=zones)
    assert first.result == {"changed": _changed(ZONE)}
    for (name, rdtype), values in _expected(ZONE, dkim).items():
        assert _from_bind(bind, name, rdtype) == sorted(values), (name, rdtype)
    # The DKIM key went as two character-strings: 255 characters, then the other 155.
    assert bind.records(f"mail._domainkey.{ZONE}", "TXT") == [f'"{dkim[:255]}" "{dkim[255:]}"']
    assert bind.ttl(f"mail._domainkey.{ZONE}", "TXT") == 600

    zones[0]["records"] = _mail_records(ZONE, dkim, state="absent")
    removed = await run("dns_apply", dns_records_zones=zones)
    assert removed.result == first.result, removed.log[-3000:]
    for name, rdtype in _expected(ZONE, dkim):
        assert _from_bind(bind, name, rdtype) == [], (name, rdtype)

    # An MX value without its priority, or a TXT value that is not ASCII text, refuses the run before any write.
    for record in ({"name": ZONE, "type": "MX", "values": [f"mail.{ZONE}."]},
                   {"name": ZONE, "type": "TXT", "values": ["v=spf1 a:caf\u00e9.example ~all"]}):
        zones[0]["records"] = [{"name": f"mail.{ZONE}", "type": "A", "values": ["192.0.2.25"]}, record]
        refused = await run("dns_apply", dns_records_zones=zones)
        assert not refused.task["success"]
        assert f"Record '{ZONE}' in zone '{ZONE}'" in refused.log, refused.log[-3000:]
        assert _from_bind(bind, f"mail.{ZONE}", "A") == []


async def test_route53_writes_mx_spf_dmarc_and_a_long_dkim_record(run: Runner, s3_server: S3Server) -> None:
    access_key, secret = "AKIACONTAINRTEST0002", "route53-mail-test-secret-key"
    route53 = boto3.client("route53", endpoint_url=s3_server.endpoint, region_name="us-east-1",
                           aws_access_key_id=access_key, aws_secret_access_key=secret)
    zone = "mail-r53.example"
    zone_id = route53.create_hosted_zone(Name=zone, CallerReference="containr-mail-records-test")["HostedZone"]["Id"]
    dkim = _dkim()
    zones = [{"zone": zone, "provider": "route53", "records": _mail_records(zone, dkim),
              "config": {"accessKeyId": access_key, "region": "us-east-1", "endpointUrl": s3_server.endpoint}}]
    run.env = {"CONTAINR_DNS_CREDENTIALS": json.dumps({zone: {"secretAccessKey": secret}})}

    def record_sets() -> dict[tuple[str, str], list[Any]]:
        """Each record set's values as a resolver would read them: Route 53's zone-file text parsed by dnspython."""
        answer = route53.list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
        return {(entry["Name"].rstrip("."), entry["Type"]): sorted(
                    _value(dns.rdata.from_text(dns.rdataclass.IN, entry["Type"], value["Value"]))
                    for value in entry["ResourceRecords"])
                for entry in answer if entry["Type"] not in ("NS", "SOA")}

    first, _ = await run.twice("dns_apply", dns_records_zones=zones)
    assert first.result == {"changed": _changed(zone)}
    assert record_sets() == {key: sorted(values) for key, values in _expected(zone, dkim).items()}

    zones[0]["records"] = _mail_records(zone, dkim, state="absent")
    removed = await run("dns_apply", dns_records_zones=zones)
    assert removed.result == first.result, removed.log[-3000:]
    assert record_sets() == {}
