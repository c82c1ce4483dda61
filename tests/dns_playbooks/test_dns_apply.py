"""dns_apply.yml through the real engine: rfc2136 into BIND with the TSIG key (a dry run writing nothing, records
written, a second run changing nothing, a record changed by hand put back, a value added by hand removed, a TXT
record removed, a wrong key refused with the server's answer, the secret in no log, result or command line);
route53 against moto's server (record sets written, left alone, deleted); manual naming the records and changing
nothing; a name outside its zone and an unknown provider refused before anything is written."""

from __future__ import annotations

import json
from typing import Any

import boto3
import pytest

from tests.databases.conftest import argv_watch
from tests.dns_playbooks.conftest import ZONE
from tests.harness.bind import Bind
from tests.harness.s3 import S3Server
from tests.nodes.conftest import Run, Runner
from tests.nodes.test_check_mode import run_with

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

SHOP, CHALLENGE, OTHER = f"shop.{ZONE}", f"_acme-challenge.shop.{ZONE}", f"other.{ZONE}"


def _rfc2136(bind: Bind, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"zone": ZONE, "provider": "rfc2136",
             "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name,
                        "keyAlgorithm": bind.key_algorithm},
             "records": records}]


def _credentials(bind: Bind, secret: str | None = None) -> dict[str, str]:
    return {"CONTAINR_DNS_CREDENTIALS": json.dumps({ZONE: {"keySecret": secret or bind.key_secret}})}


def _everything(run: Run) -> str:
    return run.log + json.dumps(run.task)


async def test_rfc2136_writes_changes_and_removes_records_in_bind(run: Runner, bind: Bind) -> None:
    first_records = [
        {"name": SHOP, "type": "A", "values": ["10.0.0.5"], "ttl": 300, "state": "present"},
        {"name": CHALLENGE, "type": "TXT", "values": ["token-one"], "ttl": 60, "state": "present"},
        {"name": OTHER, "type": "A", "values": ["10.0.0.7"]},  # no TTL, no state: the defaults
    ]
    env = _credentials(bind)
    runs: list[Run] = []
    with argv_watch(bind.key_secret) as leaked:
        run.env = env
        dry = await run_with(run, "dns_apply", check=True, dns_records_zones=_rfc2136(bind, first_records))
        runs.append(dry)
        assert dry.task["success"], dry.log[-3000:]
        assert dry.result == {"changed": [SHOP, CHALLENGE, OTHER]}  # what a real run would change
        assert bind.records(SHOP, "A") == []

        first, second = await run.twice("dns_apply", dns_records_zones=_rfc2136(bind, first_records))
        runs += [first, second]
        assert first.result == {"changed": [SHOP, CHALLENGE, OTHER]}, first.log[-3000:]
        assert second.result == {"changed": []}
        assert bind.records(SHOP, "A") == ["10.0.0.5"]
        assert bind.ttl(SHOP, "A") == 300
        assert bind.records(CHALLENGE, "TXT") == ['"token-one"']
        assert bind.ttl(CHALLENGE, "TXT") == 60
        assert bind.records(OTHER, "A") == ["10.0.0.7"]
        assert bind.ttl(OTHER, "A") == 300

        # An operator changes one record by hand and adds a value to another: the next run puts both back;
        # the A record is changed and the TXT record removed.
        bind.set(OTHER, "A", ["10.9.9.9"], ttl=30)
        bind.set(SHOP, "A", ["10.0.0.5", "10.0.0.66"], ttl=300)
        changed_records = [
            {"name": SHOP, "type": "A", "values": ["10.0.0.6"], "ttl": 300},
            {"name": CHALLENGE, "type": "TXT", "values": ["token-one"], "state": "absent"},
            {"name": OTHER, "type": "A", "values": ["10.0.0.7"]},
        ]
        third = await run("dns_apply", dns_records_zones=_rfc2136(bind, changed_records))
        runs.append(third)
        assert third.task["success"], third.log[-3000:]
        assert third.result == {"changed": [SHOP, CHALLENGE, OTHER]}
        assert bind.records(SHOP, "A") == ["10.0.0.6"]
        assert bind.records(CHALLENGE, "TXT") == []
        assert bind.records(OTHER, "A") == ["10.0.0.7"]
        assert bind.ttl(OTHER, "A") == 300

        bind.set(SHOP, "A", ["10.0.0.6", "10.0.0.99"], ttl=300)  # a value added by hand beside the wanted one
        fourth, fifth = await run.twice("dns_apply", dns_records_zones=_rfc2136(bind, changed_records))
        runs += [fourth, fifth]
        assert fourth.result == {"changed": [SHOP]}
        assert bind.records(SHOP, "A") == ["10.0.0.6"]

        # A wrong key: BIND refuses, the run fails naming the record and the server's answer, nothing changes.
        wrong = await run("dns_apply", env=_credentials(bind, "d3Jvbmcta2V5LW9mLXRoaXJ0eS10d28tYnl0ZXMhIQ=="),
                          dns_records_zones=_rfc2136(bind, [{"name": SHOP, "type": "A", "values": ["10.1.1.1"]}]))
        runs.append(wrong)
        assert not wrong.task["success"]
        assert f"Zone {ZONE} (rfc2136): {SHOP}: TSIG update error (PeerBadSignature)" in wrong.log, \
            wrong.log[-2500:]
        assert bind.records(SHOP, "A") == ["10.0.0.6"]
    assert leaked == []
    for done in runs:
        assert bind.key_secret not in _everything(done)


async def test_route53_writes_and_deletes_record_sets(run: Runner, s3_server: S3Server) -> None:
    access_key, secret = "AKIACONTAINRTEST0001", "route53-test-secret-key-that-is-not-logged"
    route53 = boto3.client("route53", endpoint_url=s3_server.endpoint, region_name="us-east-1",
                           aws_access_key_id=access_key, aws_secret_access_key=secret)
    zone = "r53-test.example"
    zone_id = route53.create_hosted_zone(Name=zone, CallerReference="containr-dns-apply-test")["HostedZone"]["Id"]

    def zones(records: list[dict[str, Any]], **config: str) -> list[dict[str, Any]]:
        return [{"zone": zone, "provider": "route53", "records": records,
                 "config": {"accessKeyId": access_key, "region": "us-east-1", "endpointUrl": s3_server.endpoint,
                            **config}}]

    def record_sets() -> dict[tuple[str, str], tuple[int, list[str]]]:
        answer = route53.list_resource_record_sets(HostedZoneId=zone_id)["ResourceRecordSets"]
        return {(entry["Name"], entry["Type"]): (entry["TTL"], sorted(value["Value"] for value in
                                                                        entry["ResourceRecords"]))
                for entry in answer if entry["Type"] not in ("NS", "SOA")}

    run.env = {"CONTAINR_DNS_CREDENTIALS": json.dumps({zone: {"secretAccessKey": secret}})}
    records = [{"name": f"shop.{zone}", "type": "A", "values": ["10.0.0.6", "10.0.0.5"], "ttl": 300},
               {"name": f"_acme-challenge.{zone}", "type": "TXT", "values": ["token-two"], "ttl": 60}]
    first, second = await run.twice("dns_apply", dns_records_zones=zones(records))
    assert first.result == {"changed": [f"shop.{zone}", f"_acme-challenge.{zone}"]}
    assert second.result == {"changed": []}
    assert record_sets() == {(f"shop.{zone}.", "A"): (300, ["10.0.0.5", "10.0.0.6"]),
                             (f"_acme-challenge.{zone}.", "TXT"): (60, ['"token-two"'])}

    removed = [{"name": f"_acme-challenge.{zone}", "type": "TXT", "state": "absent"},
               {"name": f"shop.{zone}", "type": "A", "values": ["10.0.0.7"], "ttl": 120}]
    third, fourth = await run.twice("dns_apply", dns_records_zones=zones(removed, hostedZoneId=zone_id))
    assert third.result == {"changed": [f"_acme-challenge.{zone}", f"shop.{zone}"]}
    assert record_sets() == {(f"shop.{zone}.", "A"): (120, ["10.0.0.7"])}
    for done in (first, second, third, fourth):
        assert secret not in _everything(done)


async def test_manual_names_the_records_and_a_bad_name_is_refused(run: Runner, bind: Bind) -> None:
    manual = [{"zone": "hand.example", "provider": "manual", "config": {},
               "records": [{"name": "www.hand.example", "type": "A", "values": ["203.0.113.7"], "ttl": 600},
                           {"name": "old.hand.example", "type": "CNAME", "values": ["www.hand.example"],
                            "state": "absent"}]},
              {"zone": "none.example", "provider": "noop", "config": {},
               "records": [{"name": "www.none.example", "type": "A", "values": ["203.0.113.8"]}]}]
    done = await run("dns_apply", dns_records_zones=manual)
    assert done.task["success"], done.log[-3000:]
    assert done.changed == 0
    assert done.result == {"changed": []}
    assert "Create by hand in zone hand.example: www.hand.example A 203.0.113.7 (TTL 600)" in done.log
    assert "Remove by hand in zone hand.example: old.hand.example CNAME www.hand.example" in done.log
    assert "203.0.113.8" not in done.log  # noop: not even named

    # A name outside its zone (and an unknown type) refuse the whole run: the good record is not written either.
    bad = _rfc2136(bind, [{"name": SHOP, "type": "A", "values": ["10.0.0.5"]},
                          {"name": "shop.elsewhere.example", "type": "A", "values": ["10.0.0.5"]}])
    refused = await run("dns_apply", env=_credentials(bind), dns_records_zones=bad)
    assert not refused.task["success"]
    assert "Record 'shop.elsewhere.example' in zone 'dns-test.example'" in refused.log
    unknown = await run("dns_apply", env=_credentials(bind), dns_records_zones=[
        {"zone": ZONE, "provider": "godaddy", "config": {}, "records": []}])
    assert not unknown.task["success"]
    assert bind.records(SHOP, "A") == []
