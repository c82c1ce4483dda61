"""The DNS records of a mail domain: what Containr writes through the domain's provider (the mail host's address,
MX while incoming mail is on, SPF, DKIM, DMARC) and what `status` checks them against."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from service.core.errors import BadGateway
from service.domains.dns import lookup
from service.domains.dns.models import Domain
from service.domains.dns.records import Records
from service.domains.mail import dkim
from service.domains.mail.content import relay_of
from service.domains.mail.models import MailDomain

log = logging.getLogger(__name__)
MX_PRIORITY = 10
DMARC = "v=DMARC1; p=reject; pct=100"


def mail_host(domain: str) -> str:
    return f"mail.{domain}"


def spf(mail_domain: MailDomain, domain: str) -> str:
    """The mail host, and the relay's servers when mail leaves through one."""
    mechanisms = [f"a:{mail_host(domain)}", relay_of(mail_domain).spf]
    return "v=spf1 " + " ".join(mechanism for mechanism in mechanisms if mechanism) + " ~all"


@dataclass(frozen=True)
class Expected:
    fqdn: str
    name: str  # relative to the domain, `@` for the domain itself
    type: str
    value: str


def expected(mail_domain: MailDomain, domain: str) -> dict[str, Expected]:
    """The records by their key in `status` (mx only while incoming mail is on)."""
    def record(fqdn: str, rdtype: str, value: str) -> Expected:
        name = "@" if fqdn == domain else fqdn.removesuffix("." + domain)
        return Expected(fqdn=fqdn, name=name, type=rdtype, value=value)

    found = {
        "spf": record(domain, "TXT", spf(mail_domain, domain)),
        "dkim": record(dkim.record_name(mail_domain.dkim_selector, domain), "TXT",
                       dkim.record_value(mail_domain.dkim_public_key)),
        "dmarc": record(f"_dmarc.{domain}", "TXT", DMARC),
    }
    if mail_domain.incoming:
        found = {"mx": record(domain, "MX", f"{MX_PRIORITY} {mail_host(domain)}."), **found}
    return found


async def apex_txt(domain: str, spf: str, *, nameservers: list[str] | None) -> list[str] | None:
    """The TXT values the domain itself should hold: those there now (site verifications and the like, which a
    write of the name's values would drop) with its SPF record replaced by `spf`; None when no nameserver answers
    (the SPF record is not written then rather than drop values unseen)."""
    try:
        found = await lookup.values(domain, "TXT", nameservers=nameservers)
    except BadGateway as failed:
        log.warning("the SPF record of %s is not written: %s", domain, failed.message)
        return None
    return sorted({*(value for value in found if not value.startswith("v=spf1")), spf})


async def add(records: Records, domain: Domain, mail_domain: MailDomain, address: str, *,
              nameservers: list[str] | None) -> None:
    """The domain's mail records, the mail host's A record pointing at `address`. With incoming mail off the MX
    record is left alone (it may name another provider's servers); the domain's other TXT values stay."""
    records.add(domain, mail_host(domain.domain), [address])
    for key, entry in expected(mail_domain, domain.domain).items():
        values: list[str] | None = [entry.value]
        if key == "spf":
            values = await apex_txt(domain.domain, entry.value, nameservers=nameservers)
        if values is not None:
            records.add(domain, entry.fqdn, values, rdtype=entry.type)
