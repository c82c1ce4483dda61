"""The shapes of the domains API (seed 002's DomainConfig, TlsConfig and dns_check; our ACME additions)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import Field

from service.core.schemas import ApiModel, RequestModel

DOMAIN_PATTERN = r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$"


class TlsConfigIn(RequestModel):
    provider: Literal["letsencrypt-prod", "letsencrypt-staging", "acme", "fallback"] = "letsencrypt-prod"
    wildcard: bool = Field(default=False, description="One `*.<domain>` certificate for every location (dns-01)")
    directory_url: str | None = Field(default=None, max_length=255, pattern=r"^https://\S+$",
                                      description="acme: the CA's ACME directory URL")
    eab_kid: str | None = Field(default=None, max_length=255, description="acme: external account binding key id")
    eab_hmac_key: str | None = Field(default=None, max_length=512,
                                     description="acme: external account binding HMAC key (write-only)")
    ca_bundle: str | None = Field(default=None, max_length=65536,
                                  description="acme: PEM of the CA that signs the ACME server's own HTTPS")


class FallbackCertificateIn(RequestModel):
    cert: str = Field(max_length=65536, description="PEM, the certificate and its chain")
    key: str = Field(max_length=16384, description="PEM, its private key (write-only)")


class DomainConfigIn(RequestModel):
    zone_name: str | None = Field(default=None, max_length=253, pattern=DOMAIN_PATTERN,
                                  description="The DNS zone the domain lives in (default: the domain itself)")
    provider: str = Field(description="rfc2136, route53, cloudflare, digitalocean, gandi, manual, noop or wildcard")
    config: dict[str, Any] = Field(default_factory=dict, description="The provider's settings and credentials")
    tls_config: TlsConfigIn = Field(default_factory=TlsConfigIn)
    fallback_certificate: FallbackCertificateIn | None = None


class DomainIn(DomainConfigIn):
    domain: str = Field(max_length=253, pattern=DOMAIN_PATTERN, description="Lower-case, without a trailing dot")


class TlsConfigOut(ApiModel):
    provider: str
    wildcard: bool
    directory_url: str | None = None
    eab_kid: str | None = None
    eab_hmac_key_set: bool = False
    ca_bundle: str | None = None


class FallbackCertificateOut(ApiModel):
    cert: str
    key_set: bool


class DomainOut(ApiModel):
    domain: str
    zone_name: str
    provider: str
    config: dict[str, Any] = Field(description="The provider's settings; credentials never (see secretsSet)")
    secrets_set: list[str] = Field(description="The credentials stored for the provider, by name")
    tls_config: TlsConfigOut
    fallback_certificate: FallbackCertificateOut | None = None
    locked: bool = False
    in_use: int = Field(description="How many routes use the domain")
    created_at: datetime
    updated_at: datetime


class DomainList(ApiModel):
    domains: list[DomainOut]


class DnsCheckOut(ApiModel):
    needs_overwrite: bool
    expected: list[str]
    found: list[str]
    fqdn: str


class DynamicDnsIn(RequestModel):
    enabled: bool


class DynamicDnsOut(ApiModel):
    enabled: bool


class SysinfoConfigIn(RequestModel):
    provider: Literal["generic", "fixed", "network-interface"] = "generic"
    ip: str | None = Field(default=None, max_length=64, description="fixed: the public address")
    ifname: str | None = Field(default=None, max_length=32, description="network-interface: its name")
    url: str | None = Field(default=None, max_length=255, pattern=r"^https?://\S+$",
                            description="generic: a URL answering the public address (plain text or {ip})")


class SysinfoConfigOut(ApiModel):
    provider: str
    ip: str | None = None
    ifname: str | None = None
    url: str | None = None
