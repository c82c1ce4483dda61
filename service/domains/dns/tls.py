"""A domain's TLS settings, checked: which CA (Let's Encrypt, any ACME directory, or a fallback certificate),
wildcard or per name, and an uploaded fallback certificate that must match its key and cover the domain."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.x509.oid import ExtensionOID

from service.core.errors import Invalid
from service.domains.dns import providers
from service.domains.dns.schemas import FallbackCertificateIn, TlsConfigIn

if TYPE_CHECKING:
    from service.domains.dns.models import Domain

LETSENCRYPT = {
    "letsencrypt-prod": "https://acme-v02.api.letsencrypt.org/directory",
    "letsencrypt-staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
}


@dataclass(frozen=True)
class Checked:
    public: dict[str, str] = field(default_factory=dict)
    secrets: dict[str, str] = field(default_factory=dict)


def _pem_certificates(text: str, *, field_name: str) -> list[x509.Certificate]:
    try:
        found = x509.load_pem_x509_certificates(text.encode())
    except ValueError as exc:
        raise Invalid("Not a PEM certificate", details={"field": field_name}) from exc
    if not found:
        raise Invalid("Not a PEM certificate", details={"field": field_name})
    return found


def check(body: TlsConfigIn, *, provider: str, old_secrets: dict[str, str]) -> Checked:
    """The checked settings; an EAB HMAC key left out keeps the stored one (it is write-only)."""
    if body.provider != "acme":
        for name in ("directory_url", "eab_kid", "eab_hmac_key", "ca_bundle"):
            if getattr(body, name):
                camel = {"directory_url": "directoryUrl", "eab_kid": "eabKid", "eab_hmac_key": "eabHmacKey",
                         "ca_bundle": "caBundle"}[name]
                raise Invalid(f"{camel} belongs to tlsConfig.provider acme", details={"field": f"tlsConfig.{camel}"})
        if body.wildcard and body.provider == "fallback":
            raise Invalid("A wildcard certificate comes from an ACME CA, not the fallback",
                          details={"field": "tlsConfig.wildcard"})
    if body.wildcard and not providers.PROVIDERS[provider].writes_records:
        raise Invalid(f"A wildcard certificate needs dns-01 challenges, which provider {provider} cannot write",
                      details={"field": "tlsConfig.wildcard"})
    if body.provider != "acme":
        return Checked()
    if not body.directory_url:
        raise Invalid("An ACME CA needs its directory URL", details={"field": "tlsConfig.directoryUrl"})
    public = {"directoryUrl": body.directory_url}
    if body.eab_kid:
        public["eabKid"] = body.eab_kid
    if body.ca_bundle:
        _pem_certificates(body.ca_bundle, field_name="tlsConfig.caBundle")
        public["caBundle"] = body.ca_bundle
    secrets: dict[str, str] = {}
    hmac_key = body.eab_hmac_key or old_secrets.get("eabHmacKey")
    if body.eab_kid and not hmac_key:
        raise Invalid("External account binding needs its HMAC key too", details={"field": "tlsConfig.eabHmacKey"})
    if body.eab_kid and hmac_key:
        secrets["eabHmacKey"] = hmac_key
    return Checked(public=public, secrets=secrets)


def directory_url(domain: Domain) -> str:
    if domain.tls_provider.value in LETSENCRYPT:
        return LETSENCRYPT[domain.tls_provider.value]
    return str((domain.tls_config or {}).get("directoryUrl") or "")


@dataclass(frozen=True)
class Fallback:
    cert: str
    key: str


def _names(certificate: x509.Certificate) -> list[str]:
    try:
        extension = certificate.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_ALTERNATIVE_NAME)
    except x509.ExtensionNotFound:
        return []
    return [name.lower() for name in extension.value.get_values_for_type(x509.DNSName)]


def check_fallback(body: FallbackCertificateIn, *, domain: str) -> Fallback:
    chain = _pem_certificates(body.cert, field_name="fallbackCertificate.cert")
    try:
        key = serialization.load_pem_private_key(body.key.encode(), password=None)
    except (ValueError, TypeError) as exc:
        raise Invalid("Not an unencrypted PEM private key", details={"field": "fallbackCertificate.key"}) from exc
    public = key.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    leaf = chain[0]
    if leaf.public_key().public_bytes(serialization.Encoding.DER,
                                      serialization.PublicFormat.SubjectPublicKeyInfo) != public:
        raise Invalid("The key does not belong to the certificate", details={"field": "fallbackCertificate.key"})
    names = _names(leaf)
    if not any(name in (domain, f"*.{domain}") for name in names):
        raise Invalid(f"The certificate names {', '.join(names) or 'no DNS name'}, not {domain} or *.{domain}",
                      details={"field": "fallbackCertificate.cert"})
    return Fallback(cert=body.cert.strip() + "\n", key=body.key.strip() + "\n")
