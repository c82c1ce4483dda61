"""What the mail server serves, as the playbooks take it: every domain mail is set up for with its settings, the
mailboxes and aliases; and the secrets that go with them (password hashes, relay passwords, DKIM keys), apart,
for the run's environment."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.mail import relay as relays
from service.domains.mail.actions import DKIM_KEYS_ENV, PASSWORDS_ENV, RELAY_PASSWORDS_ENV
from service.domains.mail.models import Mailbox, MailDomain

PURPOSE = "mail"


def mail_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def relay_of(mail_domain: MailDomain) -> relays.Relay:
    return relays.resolve(mail_domain.relay_provider, host=mail_domain.relay_host, port=mail_domain.relay_port,
                          username=mail_domain.relay_username, has_password=True,
                          accept_self_signed=mail_domain.relay_accept_self_signed)


def address(mailbox: Mailbox, domain: str) -> str:
    return f"{mailbox.name}@{domain}"


@dataclass
class Content:
    domains: list[MailDomain]
    vars: dict[str, list[dict]] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)


async def gather(box: SecretBox, *, with_domain_secrets: bool) -> Content:
    """The playbooks' mail_domains, mail_mailboxes and mail_aliases; the environment with the password hashes
    (and, for a setup, the relay passwords and DKIM keys)."""
    domains = await MailDomain.all().order_by("created_at").prefetch_related("domain")
    names = {mail_domain.id: mail_domain.domain.domain for mail_domain in domains}
    mail_domains, relay_passwords, dkim_keys = [], {}, {}
    for mail_domain in domains:
        name = names[mail_domain.id]
        relay = relay_of(mail_domain)
        mail_domains.append({
            "domain": name, "incoming": mail_domain.incoming, "mail_from_validation": mail_domain.mail_from_validation,
            "catch_all": list(mail_domain.catch_all or []),
            "relay": {"provider": relay.provider, "host": relay.host, "port": relay.port, "auth": relay.auth,
                      "username": relay.username, "tls": relay.tls},
            "banner_text": mail_domain.banner_text, "banner_html": mail_domain.banner_html,
            "dkim_selector": mail_domain.dkim_selector, "certificate": ""})
        if relay.auth and mail_domain.sealed_relay_password:
            relay_passwords[name] = str(box.open(mail_domain.sealed_relay_password))
        dkim_keys[name] = str(box.open(mail_domain.sealed_dkim_key))
    mailboxes, aliases, hashes = [], [], {}
    targets: dict[str, list[str]] = {}
    for mailbox in await Mailbox.all().order_by("mail_domain_id", "name"):
        if mailbox.mail_domain_id not in names:
            continue
        own = address(mailbox, names[mailbox.mail_domain_id])
        mailboxes.append({"address": own, "quota_mb": mailbox.storage_quota_mb, "active": mailbox.active})
        hashes[own] = str(box.open(mailbox.sealed_password_hash))
        if mailbox.active:
            for alias in mailbox.aliases or []:
                targets.setdefault(f"{alias['name']}@{alias['domain']}", []).append(own)
    aliases = [{"address": alias, "targets": sorted(found)} for alias, found in sorted(targets.items())]
    env = {PASSWORDS_ENV: json.dumps(hashes)}
    if with_domain_secrets:
        env[DKIM_KEYS_ENV] = json.dumps(dkim_keys)
        if relay_passwords:
            env[RELAY_PASSWORDS_ENV] = json.dumps(relay_passwords)
    return Content(domains=list(domains),
                   vars={"mail_domains": mail_domains, "mail_mailboxes": mailboxes, "mail_aliases": aliases}, env=env)
