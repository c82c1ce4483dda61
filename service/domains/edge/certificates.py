"""The certificates the edges serve: which one covers a name, the keys (made here, sealed, never shown), the
fallback certificates (the domain's uploaded one, else self-signed), and how each is answered."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from service.config import Settings
from service.core.secrets import SecretBox
from service.domains.dns.models import Domain, Route
from service.domains.edge.models import Certificate, CertificateStatus, Challenge

PURPOSE = "certificate-keys"


def keys_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def new_key() -> str:
    """A fresh P-256 key, PEM (PKCS#8): every issue asks for a certificate of a new key."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def covers(certificate_name: str, fqdn: str) -> bool:
    if certificate_name.startswith("*."):
        return fqdn.partition(".")[2] == certificate_name[2:]
    return certificate_name == fqdn


def wanted_name(domain: Domain, fqdn: str) -> str:
    """The certificate a name is served with: its own, or its domain's wildcard (one label below the domain)."""
    if domain.tls_wildcard and domain.tls_provider.value != "fallback" and fqdn != domain.domain \
            and fqdn.partition(".")[2] == domain.domain:
        return f"*.{domain.domain}"
    return fqdn


async def serving(routes: Iterable[Route]) -> dict[str, Certificate]:
    """Each route's certificate that the edge can serve (issued, with its key), by name: the one the route's
    domain asks for (its own or the domain's wildcard), else, while that one is not issued yet, any that
    covers the name."""
    found: dict[str, Certificate] = {}
    issued = await Certificate.filter(fullchain__not_isnull=True, sealed_key__not_isnull=True)
    by_name = {cert.name: cert for cert in issued}
    for route in routes:
        wanted = by_name.get(wanted_name(route.domain, route.fqdn))
        covering = [cert for cert in issued if any(covers(name, route.fqdn) for name in cert.fqdns)]
        if wanted is not None:
            found[route.fqdn] = wanted
        elif covering:
            found[route.fqdn] = covering[0]
    return found


def file_name(cert: Certificate) -> str:
    """The certificate's name on the edge (its files'): a wildcard's `*.` becomes `wildcard_.`, which no host
    name can be (an underscore)."""
    return cert.name.replace("*.", "wildcard_.", 1)


def pems(certificates: dict[str, Certificate], box: SecretBox) -> dict[str, dict[str, str]]:
    """What CONTAINR_EDGE_CERTIFICATES carries: each certificate's chain and key by its name on the edge."""
    return {name: {"cert": str(cert.fullchain), "key": str(box.open(str(cert.sealed_key)))}
            for name, cert in certificates.items()}


def facts(pem: str) -> dict[str, Any]:
    """Issuer, serial and validity of the first certificate of a PEM chain."""
    leaf = x509.load_pem_x509_certificates(pem.encode())[0]
    issuer = leaf.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    return {"issuer": str(issuer[0].value) if issuer else leaf.issuer.rfc4514_string(),
            "serial": format(leaf.serial_number, "x"), "not_before": leaf.not_valid_before_utc,
            "not_after": leaf.not_valid_after_utc}


def self_signed(fqdn: str, key_pem: str) -> str:
    key = serialization.load_pem_private_key(key_pem.encode(), password=None)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, fqdn)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
                   .not_valid_after(now + timedelta(days=365))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(fqdn)]), critical=False)
                   .sign(key, hashes.SHA256()))  # type: ignore[arg-type]
    return certificate.public_bytes(serialization.Encoding.PEM).decode()


async def fallback(domain: Domain, fqdn: str, box: SecretBox, dns: SecretBox) -> Certificate:
    """The fallback certificate of a name: the domain's uploaded one when it covers the name, else self-signed."""
    if domain.fallback_cert and domain.sealed_fallback_key:
        leaf = x509.load_pem_x509_certificates(domain.fallback_cert.encode())[0]
        names = [n.lower() for n in leaf.extensions.get_extension_for_class(
            x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)]
        if any(covers(name, fqdn) for name in names):
            chain, key = domain.fallback_cert, str(dns.open(domain.sealed_fallback_key))
        else:
            key = new_key()
            chain = self_signed(fqdn, key)
    else:
        key = new_key()
        chain = self_signed(fqdn, key)
    known = facts(chain)
    cert, _ = await Certificate.update_or_create(defaults={
        "domain": domain, "fqdns": [fqdn], "challenge": Challenge.FALLBACK, "status": CertificateStatus.VALID,
        "fullchain": chain, "sealed_key": box.seal(key), "last_error": "", "renewed_at": datetime.now(UTC),
        **known}, name=fqdn)
    return cert
