"""Relays (seed 002's MailRelayProvider): where a domain's outgoing mail goes. `cloudron-smtp` delivers directly by
MX, `noop` keeps mail local (mail to other domains is refused), the named providers are presets of host and port
for an authenticated relay, `external-smtp` any relay with a login and `external-smtp-noauth` one without."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from service.core.errors import Invalid


@dataclass(frozen=True)
class Preset:
    host: str = ""
    port: int = 587
    username: str = ""  # a provider whose login name is fixed (its password is the API key)
    auth: bool = True
    spf: str = ""  # the SPF mechanism that names the provider's sending servers (its documented include)


DIRECT, LOCAL, EXTERNAL, EXTERNAL_NOAUTH = "cloudron-smtp", "noop", "external-smtp", "external-smtp-noauth"
PROVIDERS: dict[str, Preset | None] = {
    DIRECT: None,
    LOCAL: None,
    EXTERNAL: Preset(),
    EXTERNAL_NOAUTH: Preset(auth=False),
    "ses-smtp": Preset(host="email-smtp.us-east-1.amazonaws.com", spf="include:amazonses.com"),
    "elasticemail-smtp": Preset(host="smtp.elasticemail.com", port=2525, spf="include:_spf.elasticemail.com"),
    "google-smtp": Preset(host="smtp-relay.gmail.com", spf="include:_spf.google.com"),
    "mailgun-smtp": Preset(host="smtp.mailgun.org", spf="include:mailgun.org"),
    "mailjet-smtp": Preset(host="in-v3.mailjet.com", spf="include:spf.mailjet.com"),
    "postmark-smtp": Preset(host="smtp.postmarkapp.com", spf="include:spf.mtasv.net"),
    "sendgrid-smtp": Preset(host="smtp.sendgrid.net", username="apikey", spf="include:sendgrid.net"),
    "sparkpost-smtp": Preset(host="smtp.sparkpostmail.com", username="SMTP_Injection",
                              spf="include:sparkpostmail.com"),
}


@dataclass(frozen=True)
class Relay:
    provider: str
    host: str
    port: int
    username: str
    auth: bool
    accept_self_signed: bool

    @property
    def relays(self) -> bool:
        return bool(self.host)

    @property
    def spf(self) -> str:
        """The SPF mechanism of the servers mail leaves through: the provider's include, else the relay itself."""
        preset = PROVIDERS.get(self.provider)
        if not self.relays:
            return ""
        if preset is not None and preset.spf:
            return preset.spf
        try:
            return f"ip{ipaddress.ip_address(self.host).version}:{self.host}"
        except ValueError:
            return f"a:{self.host}"

    @property
    def tls(self) -> str:
        if self.accept_self_signed:
            return "encrypt"
        return "secure" if self.auth else "may"


def resolve(provider: str, *, host: str | None, port: int | None, username: str | None, has_password: bool,
            accept_self_signed: bool) -> Relay:
    """A relay from a request with its preset filled in; Invalid naming the field a provider needs and lacks."""
    preset = PROVIDERS[provider]
    if preset is None:
        return Relay(provider=provider, host="", port=587, username="", auth=False, accept_self_signed=False)
    chosen = (host or preset.host).strip().lower()
    if not chosen:
        raise Invalid(f"Relay provider {provider} needs the relay's host", details={"field": "host"})
    login = (username if username is not None else preset.username) or preset.username
    if preset.auth and not login:
        raise Invalid(f"Relay provider {provider} needs a username", details={"field": "username"})
    if preset.auth and not has_password:
        raise Invalid(f"Relay provider {provider} needs a password", details={"field": "password"})
    return Relay(provider=provider, host=chosen, port=port or preset.port, username=login if preset.auth else "",
                 auth=preset.auth, accept_self_signed=accept_self_signed)
