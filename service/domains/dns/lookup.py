"""What a name's record holds as resolvers see it (dnspython's async resolver, through the system's resolver or
given nameservers), against what Containr would write there: Cloudron's dns_check semantics."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import dns.asyncresolver
import dns.exception
import dns.name
import dns.nameserver
import dns.rdatatype
import dns.resolver

from service.core.errors import BadGateway, Invalid

LIFETIME = 10.0


@dataclass(frozen=True)
class RecordCheck:
    expected: list[str]
    found: list[str]
    # True only when a record exists and differs from what would be written (nothing there: nothing to overwrite).
    needs_overwrite: bool


def nameserver(text: str) -> tuple[str, int]:
    """`ip`, `ip:port` or `[ipv6]:port` as (address, port); Invalid names `nameservers`."""
    host, port = text.strip(), 53
    if host.startswith("["):
        host, _, rest = host[1:].partition("]")
        if rest:
            host, port = host, _port(rest.removeprefix(":"), text)
    elif host.count(":") == 1:
        host, raw = host.split(":")
        port = _port(raw, text)
    try:
        return str(ipaddress.ip_address(host)), port
    except ValueError:
        raise Invalid(f"Nameserver {text!r} is not an IP address (with an optional :port)",
                      details={"field": "nameservers"}) from None


def _port(raw: str, text: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise Invalid(f"Nameserver {text!r} has no valid port", details={"field": "nameservers"})
    return int(raw)


def _resolver(nameservers: list[str] | None, lifetime: float) -> dns.asyncresolver.Resolver:
    resolver = dns.asyncresolver.Resolver(configure=not nameservers)
    if nameservers:
        resolver.nameservers = [dns.nameserver.Do53Nameserver(*nameserver(text)) for text in nameservers]
    resolver.lifetime = lifetime
    resolver.cache = None
    return resolver


def _normal(value: str, rdtype: str) -> str:
    value = value.strip()
    if rdtype in ("A", "AAAA"):
        try:
            return str(ipaddress.ip_address(value))
        except ValueError:
            return value
    if rdtype == "TXT":
        return value.strip('"') if value.startswith('"') and value.endswith('"') else value
    return value.rstrip(".").lower() if rdtype in ("CNAME", "NS", "MX") else value


async def check_record(fqdn: str, expected: list[str], *, rdtype: str = "A",
                       nameservers: list[str] | None = None, lifetime: float = LIFETIME) -> RecordCheck:
    """The name's `rdtype` values against `expected`. A name that is an alias (CNAME) of another needs an
    overwrite too: an A record cannot stand beside it. Nameservers that do not answer: BadGateway (502)."""
    rdtype = rdtype.upper()
    name = dns.name.from_text(fqdn)
    wanted = sorted({_normal(value, rdtype) for value in expected})
    try:
        answer = await _resolver(nameservers, lifetime).resolve(name, dns.rdatatype.from_text(rdtype), search=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return RecordCheck(expected=wanted, found=[], needs_overwrite=False)
    except (dns.resolver.NoNameservers, dns.exception.Timeout) as failed:
        raise BadGateway(f"The DNS lookup of {fqdn} {rdtype} failed: {failed}",
                         details={"fqdn": fqdn}) from None
    found = sorted({_normal(rdata.to_text(), rdtype) for rdata in answer})
    aliased = answer.canonical_name != name
    return RecordCheck(expected=wanted, found=found, needs_overwrite=aliased or set(found) != set(wanted))


def _text(rdata: object, rdtype: str) -> str:
    if rdtype == "TXT":  # a long value comes as several strings, which a resolver joins
        return b"".join(rdata.strings).decode(errors="replace")  # type: ignore[attr-defined]
    return _normal(rdata.to_text(), rdtype)  # type: ignore[attr-defined]


async def values(fqdn: str, rdtype: str, *, nameservers: list[str] | None = None,
                 lifetime: float = LIFETIME) -> list[str]:
    """The name's `rdtype` values as resolvers see them, normalised as check_record compares them (TXT strings
    joined); none for a name or type that does not exist; BadGateway (502) when no nameserver answers."""
    rdtype = rdtype.upper()
    try:
        answer = await _resolver(nameservers, lifetime).resolve(dns.name.from_text(fqdn),
                                                                dns.rdatatype.from_text(rdtype), search=False)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return []
    except (dns.resolver.NoNameservers, dns.exception.Timeout) as failed:
        raise BadGateway(f"The DNS lookup of {fqdn} {rdtype} failed: {failed}", details={"fqdn": fqdn}) from None
    return sorted({_text(rdata, rdtype) for rdata in answer})


def normal(value: str, rdtype: str) -> str:
    """A value as `values` answers it."""
    return _normal(value, rdtype.upper())
