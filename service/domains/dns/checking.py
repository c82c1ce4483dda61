"""`dns_check`: what a name's A record holds against what Containr writes there (the address of the edge that
routes it, or the public address), asked of the nameservers the settings name or the system's resolver."""

from __future__ import annotations

from service.config import Settings
from service.domains.dns import lookup
from service.domains.dns.addresses import public_address
from service.domains.dns.models import Domain, Route
from service.domains.dns.records import fqdn as make_fqdn
from service.domains.dns.schemas import DnsCheckOut
from service.domains.nodes.models import Guest


async def expected_addresses(name: str) -> list[str]:
    """Where Containr points the name: its route's edge guest (empty: no route, so nothing is written)."""
    route = await Route.get_or_none(fqdn=name)
    if route is None:
        return []
    guest = await Guest.filter(node_id=route.node_id, resource_type="edge").first()
    public = await public_address()
    if public is not None:
        return [public]
    return [guest.ip] if guest is not None and guest.ip else []


async def dns_check(settings: Settings, domain: Domain, subdomain: str) -> DnsCheckOut:
    name = make_fqdn(subdomain, domain.domain)
    expected = await expected_addresses(name)
    checked = await lookup.check_record(name, expected, nameservers=settings.nameservers or None)
    return DnsCheckOut(needs_overwrite=checked.needs_overwrite, expected=checked.expected, found=checked.found,
                       fqdn=name)
