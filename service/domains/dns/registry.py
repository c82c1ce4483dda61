"""Adding, changing and removing domains: every check (the provider's credentials with one harmless call, the
TLS settings, the fallback certificate) before anything is recorded; credentials sealed and never answered."""

from __future__ import annotations

from typing import Any

from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict, Invalid, NotFound, taken_on_duplicate
from service.core.secrets import SecretBox
from service.domains.dns import providers, tls
from service.domains.dns.models import Domain, Route, TlsProvider
from service.domains.dns.schemas import (
    DomainConfigIn,
    DomainIn,
    DomainOut,
    FallbackCertificateOut,
    TlsConfigOut,
)

PURPOSE = "dns-credentials"


def dns_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def _open(box: SecretBox, sealed: str | None) -> dict[str, str]:
    opened = box.open(sealed) if sealed else {}
    return {str(key): str(value) for key, value in dict(opened).items()}  # type: ignore[call-overload]


def open_secrets(box: SecretBox, domain: Domain) -> dict[str, str]:
    return _open(box, domain.sealed_secrets)


def open_tls_secrets(box: SecretBox, domain: Domain) -> dict[str, str]:
    return _open(box, domain.sealed_tls_secrets)


def _seal(box: SecretBox, values: dict[str, str]) -> str | None:
    return box.seal(dict(sorted(values.items()))) if values else None


async def get_domain(name: str) -> Domain:
    domain = await Domain.get_or_none(domain=name.lower().rstrip("."))
    if domain is None:
        raise NotFound(f"No domain {name!r}", details={"field": "domain"})
    return domain


def _zone(domain: str, zone_name: str | None) -> str:
    zone = zone_name or domain
    if domain != zone and not domain.endswith(f".{zone}"):
        raise Invalid(f"Domain {domain} is not inside zone {zone}", details={"field": "zoneName"})
    return zone


async def _fields(box: SecretBox, domain: str, body: DomainConfigIn, *,
                  old: Domain | None) -> dict[str, Any]:
    """The columns of a domain from a request, every check passed (the provider's call last: it is slow)."""
    zone = _zone(domain, body.zone_name)
    if old is not None and old.provider == body.provider:
        public, secrets = providers.merge(body.provider, old.config, open_secrets(box, old), body.config)
    else:
        public, secrets = providers.split(body.provider, body.config)
    old_tls = _open(box, old.sealed_tls_secrets) if old is not None else {}
    checked = tls.check(body.tls_config, provider=body.provider, old_secrets=old_tls)
    fallback = tls.check_fallback(body.fallback_certificate, domain=domain) if body.fallback_certificate else None
    await providers.check_credentials(body.provider, zone, public, secrets)
    fields: dict[str, Any] = {
        "zone_name": zone, "provider": body.provider, "config": public, "sealed_secrets": _seal(box, secrets),
        "tls_provider": TlsProvider(body.tls_config.provider), "tls_wildcard": body.tls_config.wildcard,
        "tls_config": checked.public, "sealed_tls_secrets": _seal(box, checked.secrets),
    }
    if fallback is not None:
        fields.update(fallback_cert=fallback.cert, sealed_fallback_key=box.seal(fallback.key))
    return fields


async def create(box: SecretBox, body: DomainIn, *, user: User) -> Domain:
    taken = f"Domain {body.domain} already exists"
    if await Domain.exists(domain=body.domain):
        raise Conflict(taken, code="taken", details={"field": "domain"})
    fields = await _fields(box, body.domain, body, old=None)
    with taken_on_duplicate(taken, field="domain"):
        return await Domain.create(domain=body.domain, created_by=user, **fields)


async def update(box: SecretBox, domain: Domain, body: DomainConfigIn) -> Domain:
    fields = await _fields(box, domain.domain, body, old=domain)
    domain.update_from_dict(fields)
    await domain.save()
    return domain


async def delete(domain: Domain) -> None:
    used = await Route.filter(domain=domain).count()
    if used:
        raise Conflict(f"Domain {domain.domain} is in use by {used} location(s): remove them first",
                       code="in_use", details={"routes": used})
    await domain.delete()


async def present(domain: Domain, *, in_use: int | None = None) -> DomainOut:
    if in_use is None:
        in_use = await Route.filter(domain=domain).count()
    config = dict(domain.tls_config or {})
    secrets_set = sorted(providers.PROVIDERS[domain.provider].secret_fields) if domain.sealed_secrets else []
    return DomainOut(
        domain=domain.domain, zone_name=domain.zone_name, provider=domain.provider,
        config=dict(domain.config or {}), secrets_set=secrets_set,
        tls_config=TlsConfigOut(provider=domain.tls_provider.value, wildcard=domain.tls_wildcard,
                                directory_url=config.get("directoryUrl"), eab_kid=config.get("eabKid"),
                                eab_hmac_key_set=bool(domain.sealed_tls_secrets), ca_bundle=config.get("caBundle")),
        fallback_certificate=FallbackCertificateOut(cert=domain.fallback_cert, key_set=True)
        if domain.fallback_cert else None,
        in_use=in_use, created_at=domain.created_at, updated_at=domain.updated_at)


async def present_all() -> list[DomainOut]:
    domains = await Domain.all().order_by("domain")
    counts: dict[Any, int] = {}
    for domain_id in await Route.all().values_list("domain_id", flat=True):
        counts[domain_id] = counts.get(domain_id, 0) + 1
    return [await present(domain, in_use=counts.get(domain.id, 0)) for domain in domains]
