"""`GET /mail/{domain}/status`: each mail record as resolvers see it against what Containr writes (Cloudron's
mail status), the reverse name of the mail server's address where its zone answers, and whether the relay
answers SMTP from here."""

from __future__ import annotations

import asyncio
import ipaddress
import smtplib

from service.config import Settings
from service.core.errors import BadGateway
from service.domains.dns import addresses, lookup
from service.domains.dns.models import Domain
from service.domains.mail import content, records
from service.domains.mail import relay as relays
from service.domains.mail.models import MailDomain, MailServer
from service.domains.mail.schemas import DnsStatus, MailStatusOut, RecordStatus, RelayStatus

PROBE_TIMEOUT = 5.0


async def _check(entry: records.Expected, nameservers: list[str] | None) -> RecordStatus:
    try:
        found = await lookup.values(entry.fqdn, entry.type, nameservers=nameservers)
    except BadGateway as failed:
        return RecordStatus(domain=entry.fqdn, name=entry.name, type=entry.type, expected=entry.value, found=[],
                            value=failed.message, ok=False)
    wanted = lookup.normal(entry.value, entry.type)
    return RecordStatus(domain=entry.fqdn, name=entry.name, type=entry.type, expected=entry.value, found=found,
                        value=" ".join(found), ok=wanted in found)


async def _ptr(address: str | None, host: str, nameservers: list[str] | None) -> RecordStatus | None:
    if not address:
        return None
    reverse = ipaddress.ip_address(address).reverse_pointer
    try:
        found = await lookup.values(reverse, "PTR", nameservers=nameservers)
    except BadGateway:
        return None  # no nameserver answers for the reverse zone: not resolvable here
    if not found:
        return None
    return RecordStatus(domain=reverse, name=address, type="PTR", expected=host, found=found, value=" ".join(found),
                        ok=host in found)


def _probe(host: str, port: int) -> str:
    """Connect and greet (EHLO) the relay; "OK" or why not."""
    try:
        with smtplib.SMTP(host, port, timeout=PROBE_TIMEOUT) as smtp:
            code, answer = smtp.ehlo()
            if code != 250:
                return f"{code} {answer.decode(errors='replace')}"
    except (OSError, smtplib.SMTPException) as failed:
        return f"{host}:{port} does not answer SMTP: {failed}"
    return "OK"


async def _relay(mail_domain: MailDomain) -> RelayStatus:
    relay = content.relay_of(mail_domain)
    if relay.provider == relays.LOCAL:
        return RelayStatus(value="Mail stays local (provider noop): nothing to reach", ok=True)
    if not relay.relays:
        return RelayStatus(value="Delivered directly to each recipient's MX (outgoing port 25 is not checked)",
                           ok=True)
    answer = await asyncio.to_thread(_probe, relay.host, relay.port)
    return RelayStatus(value=answer, ok=answer == "OK")


async def status(settings: Settings, domain: Domain, mail_domain: MailDomain, server: MailServer | None
                 ) -> MailStatusOut:
    nameservers = settings.nameservers or None
    expected = records.expected(mail_domain, domain.domain)
    checked = dict(zip(expected, await asyncio.gather(*(_check(entry, nameservers) for entry in expected.values())),
                       strict=True))
    guest = server.guest if server is not None else None
    address = await addresses.record_address(str(guest.ip)) if guest is not None and guest.ip else None
    ptr = await _ptr(address, records.mail_host(domain.domain), nameservers)
    return MailStatusOut(dns=DnsStatus(mx=checked.get("mx"), spf=checked["spf"], dkim=checked["dkim"],
                                       dmarc=checked["dmarc"], ptr=ptr), relay=await _relay(mail_domain))
