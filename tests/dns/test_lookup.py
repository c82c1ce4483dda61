"""dns_check's lookup against a real BIND: the record as Containr would write it needs no overwrite, a different
one (or an alias) does, and a name without a record needs none (Cloudron's semantics)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from service.core.errors import BadGateway, Invalid
from service.domains.dns.lookup import RecordCheck, check_record, nameserver
from tests.harness.bind import Bind, local_bind
from tests.harness.s3 import _free_port

ZONE = "shop.test"


@pytest.fixture(scope="module")
def bind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bind]:
    with local_bind(tmp_path_factory.mktemp("bind"), zones=[ZONE]) as server:
        yield server


def test_nameservers_are_addresses_with_an_optional_port():
    assert nameserver("10.0.0.53") == ("10.0.0.53", 53)
    assert nameserver("10.0.0.53:5353") == ("10.0.0.53", 5353)
    assert nameserver("[2001:db8::53]:5353") == ("2001:db8::53", 5353)
    assert nameserver("2001:db8::53") == ("2001:db8::53", 53)
    for wrong in ("ns1.shop.test", "10.0.0.53:dns", "10.0.0.53:70000", "[2001:db8::53]:"):
        with pytest.raises(Invalid) as refused:
            nameserver(wrong)
        assert refused.value.details == {"field": "nameservers"}


async def test_a_record_needs_an_overwrite_only_when_a_different_one_is_there(bind: Bind):
    servers = [f"{bind.address}:{bind.port}"]
    bind.set(f"app.{ZONE}", "A", ["10.0.0.5"])
    assert await check_record(f"app.{ZONE}", ["10.0.0.5"], nameservers=servers) == RecordCheck(
        expected=["10.0.0.5"], found=["10.0.0.5"], needs_overwrite=False)
    assert await check_record(f"app.{ZONE}", ["10.0.0.9"], nameservers=servers) == RecordCheck(
        expected=["10.0.0.9"], found=["10.0.0.5"], needs_overwrite=True)
    assert await check_record(f"none.{ZONE}", ["10.0.0.5"], nameservers=servers) == RecordCheck(
        expected=["10.0.0.5"], found=[], needs_overwrite=False)
    # A name that exists with other types only (NoAnswer) is as empty as one that does not (NXDOMAIN).
    bind.set(f"mail.{ZONE}", "TXT", ["v=spf1 -all"])
    assert (await check_record(f"mail.{ZONE}", ["10.0.0.5"], nameservers=servers)).found == []
    assert (await check_record(f"mail.{ZONE}", ["v=spf1 -all"], rdtype="TXT", nameservers=servers)
            ).needs_overwrite is False

    bind.set(f"two.{ZONE}", "A", ["10.0.0.6", "10.0.0.5"])
    assert (await check_record(f"two.{ZONE}", ["10.0.0.5", "10.0.0.6"], nameservers=servers)).needs_overwrite is False
    assert (await check_record(f"two.{ZONE}", ["10.0.0.5"], nameservers=servers)).found == ["10.0.0.5", "10.0.0.6"]
    bind.set(f"v6.{ZONE}", "AAAA", ["2001:db8:0::5"])
    assert await check_record(f"v6.{ZONE}", ["2001:db8::5"], rdtype="AAAA", nameservers=servers) == RecordCheck(
        expected=["2001:db8::5"], found=["2001:db8::5"], needs_overwrite=False)

    # An alias to a name holding the very address still needs an overwrite: an A record cannot stand beside it.
    bind.set(f"alias.{ZONE}", "CNAME", [f"app.{ZONE}."])
    aliased = await check_record(f"alias.{ZONE}", ["10.0.0.5"], nameservers=servers)
    assert aliased.found == ["10.0.0.5"] and aliased.needs_overwrite is True


async def test_nameservers_that_do_not_answer_are_a_bad_gateway():
    with pytest.raises(BadGateway) as failed:
        await check_record(f"app.{ZONE}", ["10.0.0.5"], nameservers=[f"127.0.0.1:{_free_port()}"],
                           lifetime=1)
    assert failed.value.details == {"fqdn": f"app.{ZONE}"} and f"app.{ZONE}" in failed.value.message
