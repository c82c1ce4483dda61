"""The certificates of the mail hosts (`mail.<domain>`): asked of the domain's CA like the edges' (renewcerts,
http-01 answered by the mail guest's own port 80, or dns-01 for a wildcard), the domain's fallback one otherwise;
kept for the mail server whether or not a route uses them."""

from __future__ import annotations

import json

from starlette.datastructures import State

from service.domains.dns.models import Domain, TlsProvider
from service.domains.dns.registry import dns_box
from service.domains.edge import certificates
from service.domains.edge.models import Certificate, Challenge
from service.domains.mail.actions import CERTIFICATES_ENV
from service.domains.mail.records import mail_host

KEPT_FOR = "mail"


async def wanted(state: State, domains: list[Domain], host: str) -> list[Certificate]:
    """The certificate each domain's mail host is served with, recorded (`pending`) when new; a fallback domain's
    is made at once."""
    keys, dns = certificates.keys_box(state.settings), dns_box(state.settings)
    found = []
    for domain in domains:
        fqdn = mail_host(domain.domain)
        if domain.tls_provider == TlsProvider.FALLBACK:
            cert = await Certificate.get_or_none(name=fqdn, fullchain__not_isnull=True)
            if cert is None:
                cert = await certificates.fallback(domain, fqdn, keys, dns)
        else:
            name = certificates.wanted_name(domain, fqdn)
            challenge = Challenge.DNS if name.startswith("*.") else Challenge.HTTP
            cert, _ = await Certificate.get_or_create(defaults={"domain": domain, "fqdns": [name],
                                                               "challenge": challenge}, name=name)
        cert.kept_for = KEPT_FOR
        cert.challenge_host = host if cert.challenge == Challenge.HTTP else None
        await cert.save(update_fields=["kept_for", "challenge_host", "updated_at"])
        found.append(cert)
    return found


async def serving(state: State, domains: list[Domain]) -> tuple[dict[str, str], list[dict], dict[str, str]]:
    """Which certificate serves each domain's mail host (its name on the server, by domain), the playbook's
    mail_certificates and the run's environment with their PEMs (empty while none is issued: the server's own
    self-signed certificate serves)."""
    issued = await Certificate.filter(fullchain__not_isnull=True, sealed_key__not_isnull=True)
    chosen: dict[str, str] = {}
    used: dict[str, Certificate] = {}
    for domain in domains:
        fqdn = mail_host(domain.domain)
        covering = sorted((cert for cert in issued if any(certificates.covers(name, fqdn) for name in cert.fqdns)),
                          key=lambda cert: cert.name != fqdn)  # its own before a wildcard
        if covering:
            name = certificates.file_name(covering[0])
            chosen[domain.domain] = name
            used[name] = covering[0]
    if not used:
        return chosen, [], {}
    pems = certificates.pems(used, certificates.keys_box(state.settings))
    return chosen, [{"name": name, "fqdns": cert.fqdns} for name, cert in used.items()], \
        {CERTIFICATES_ENV: json.dumps(pems)}


async def missing(certs: list[Certificate]) -> list[Certificate]:
    """Those never issued nor tried (a failed issue is not retried in a loop: the daily renewal tries again)."""
    return [cert for cert in certs if cert.fullchain is None and cert.last_attempt_at is None]
