"""Domains: the list, adding one (its DNS provider chosen first, then that provider's settings and write-only
credentials), a domain's page (facts, the change form, a DNS check and its answer) and its removal through a
confirmation page. Administrators change domains; every account sees them and checks a name's record."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from starlette.datastructures import FormData
from starlette.responses import Response

from service.domains.dns.providers import GAPS, PROVIDERS, TSIG_ALGORITHMS
from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values

router = APIRouter(prefix="/domains")

DomainName = Annotated[str, Path(max_length=253, pattern=r"^[a-z0-9][a-z0-9.-]*$")]
# What each provider is, in the chooser's words.
ABOUT = {
    "rfc2136": "BIND, Knot or PowerDNS: dynamic updates signed with a TSIG key (RFC 2136)",
    "route53": "Amazon Route 53 (or a server that speaks its API)",
    "cloudflare": "Cloudflare",
    "digitalocean": "DigitalOcean",
    "gandi": "Gandi LiveDNS",
    "manual": "Manual: Containr names the records, you create them at your DNS host",
    "noop": "None: Containr writes no records (you point the names yourself)",
    "wildcard": "Wildcard: a *.domain record already points at this instance",
}
# Labels and hints of the providers' settings and credentials; a name missing here is shown as it is.
LABELS = {
    "server": ("Primary nameserver's address", "An IP address: nsupdate takes an address, not a name."),
    "port": ("Port", None),
    "keyName": ("TSIG key name", "As the nameserver's configuration names it."),
    "keyAlgorithm": ("TSIG algorithm", None),
    "keySecret": ("TSIG secret", "The key's secret, in base64."),
    "accessKeyId": ("Access key ID", None),
    "secretAccessKey": ("Secret access key", None),
    "region": ("Region", None),
    "endpointUrl": ("Endpoint URL (optional)", "Only for a server that speaks Route 53's API."),
    "hostedZoneId": ("Hosted zone ID (optional)", "Checked against the zone Route 53 finds by name."),
    "email": ("Account email (optional)", "With it, the token is the account's Global API Key; without it, an "
                                          "API token."),
    "token": ("API token", None),
}
TLS_PROVIDERS = (("letsencrypt-prod", "Let's Encrypt"), ("letsencrypt-staging", "Let's Encrypt staging (tests)"),
                 ("acme", "Another ACME CA (its directory URL below)"),
                 ("fallback", "No CA: the fallback certificate (uploaded, or self-signed)"))
TLS_TEXT = ("tlsConfig.provider", "tlsConfig.wildcard", "tlsConfig.directoryUrl", "tlsConfig.eabKid",
            "tlsConfig.caBundle")


def providers() -> list[tuple[str, str]]:
    return [(name, ABOUT.get(name, name)) for name in PROVIDERS]


def provider_fields(provider: str, secrets_set: list[str] | None = None) -> list[dict[str, Any]]:
    """The provider's form fields: settings first (with their defaults), then its credentials as password
    inputs. `secrets_set` names the credentials already stored (a domain being changed)."""
    spec = PROVIDERS[provider]
    fields: list[dict[str, Any]] = []
    for key, config in spec.config_fields.items():
        label, hint = LABELS.get(key, (key, None))
        if config.default is not None:
            hint = f"{hint + ' ' if hint else ''}{config.default} when empty."
        options = [(name, name) for name in TSIG_ALGORITHMS] if key == "keyAlgorithm" else None
        fields.append({"name": f"config.{key}", "label": label, "hint": hint, "required": config.required,
                       "secret": False, "options": options, "type": "number" if config.kind == "int" else "text"})
    for key in spec.secret_fields:
        label, hint = LABELS.get(key, (key, None))
        stored = key in (secrets_set or [])
        hint = ("One is stored: leave empty to keep it." if stored else
                f"{hint + ' ' if hint else ''}Sealed at rest and never shown again.")
        fields.append({"name": f"config.{key}", "label": label, "hint": hint, "required": not stored,
                       "secret": True, "options": None, "type": "password"})
    return fields


def _names(provider: str) -> list[str]:
    return [f["name"] for f in provider_fields(provider)] if provider in PROVIDERS else []


def shown(provider: str) -> tuple[str, ...]:
    """Every field the form shows beside its control (the rest go in the form's error list)."""
    return ("domain", "zoneName", "provider", *_names(provider), *TLS_TEXT, "tlsConfig.eabHmacKey",
            "fallbackCertificate.cert", "fallbackCertificate.key")


def _secret(form: FormData, name: str) -> str:
    return str(form.get(name) or "").strip()


def body_of(provider: str, values: Mapping[str, str], form: FormData) -> dict[str, Any]:
    """The API's body from the form: blank settings left out (the provider's defaults apply), credentials only
    when typed (a change keeps the stored ones), the ACME settings only for an ACME CA."""
    spec = PROVIDERS[provider]
    config: dict[str, Any] = {key: values[f"config.{key}"] for key in spec.config_fields
                              if values.get(f"config.{key}")}
    config.update({key: typed for key in spec.secret_fields if (typed := _secret(form, f"config.{key}"))})
    tls: dict[str, Any] = {"provider": values["tlsConfig.provider"] or "letsencrypt-prod",
                           "wildcard": values["tlsConfig.wildcard"] == "true"}
    if tls["provider"] == "acme":
        for key in ("directoryUrl", "eabKid", "caBundle"):
            if values[f"tlsConfig.{key}"]:
                tls[key] = values[f"tlsConfig.{key}"]
        if hmac_key := _secret(form, "tlsConfig.eabHmacKey"):
            tls["eabHmacKey"] = hmac_key
    body: dict[str, Any] = {"provider": provider, "config": config, "tlsConfig": tls}
    if values.get("zoneName"):
        body["zoneName"] = values["zoneName"]
    cert, key = _secret(form, "fallbackCertificate.cert"), _secret(form, "fallbackCertificate.key")
    if cert or key:
        body["fallbackCertificate"] = {"cert": cert, "key": key}
    return body


def _form_values(form: FormData, provider: str) -> dict[str, str]:
    """What was typed, to show a refused form again: never a credential, key or certificate."""
    secret = {f["name"] for f in provider_fields(provider) if f["secret"]} if provider in PROVIDERS else set()
    public = [name for name in _names(provider) if name not in secret]
    return dict(form_values(form, "domain", "zoneName", *public, *TLS_TEXT))


def values_of(domain: Mapping[str, Any], provider: str) -> dict[str, str]:
    """A domain as its change form's values (its provider's settings only when the provider stays)."""
    tls = domain["tlsConfig"]
    values = {"zoneName": domain["zoneName"], "tlsConfig.provider": tls["provider"],
              "tlsConfig.wildcard": "true" if tls["wildcard"] else "",
              "tlsConfig.directoryUrl": tls["directoryUrl"] or "", "tlsConfig.eabKid": tls["eabKid"] or "",
              "tlsConfig.caBundle": tls["caBundle"] or ""}
    if provider == domain["provider"]:
        values.update({f"config.{key}": "" if value is None else str(value)
                       for key, value in domain["config"].items()})
    else:
        values.update(_defaults(provider))
    return values


def _defaults(provider: str) -> dict[str, str]:
    return {f"config.{key}": str(spec.default) for key, spec in PROVIDERS[provider].config_fields.items()
            if spec.default is not None}


@router.get("")
async def domain_list(web: SignedIn) -> Response:
    return web.page("domains/list.html", domains=(await web.api.get("/domains"))["domains"], about=ABOUT)


async def _new_page(web: SignedIn, provider: str, *, status: int = 200, values: Mapping[str, str] | None = None,
                    errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    assert web.user is not None
    if provider not in PROVIDERS:
        # The chooser: which provider first, then its own form.
        refused = GAPS.get(provider) or f"{provider!r} is not a DNS provider Containr knows."
        return web.page("domains/choose.html", status=status, providers=providers(), gaps=GAPS,
                        values={"provider": ""}, errors={"provider": refused} if provider else {})
    values = values if values is not None else {"tlsConfig.provider": "letsencrypt-prod", **_defaults(provider)}
    return web.page("domains/new.html", status=status, provider=provider, about=ABOUT.get(provider, provider),
                    fields=provider_fields(provider), values=values, errors=errors or {}, error=error,
                    tls_providers=TLS_PROVIDERS, shown=shown(provider))


@router.get("/new")
async def new_form(web: SignedIn, provider: Annotated[str, Query(max_length=32)] = "") -> Response:
    return await _new_page(web, provider)


@router.post("")
async def add(web: SignedIn) -> Response:
    form = await web.form()
    provider = form_values(form, "provider")["provider"]
    if provider not in PROVIDERS:
        return await _new_page(web, provider, status=422)
    values = _form_values(form, provider)
    try:
        domain = await web.api.post("/domains", {"domain": values["domain"], **body_of(provider, values, form)})
    except ApiFailure as failure:
        if failure.status == 403:
            raise
        return await _new_page(web, provider, status=failure.status, values=values, errors=failure.fields,
                               error=failure.message)
    return web.redirect(f"/domains/{domain['domain']}", say=f"Added {domain['domain']}.")


async def _check(web: SignedIn, name: str, subdomain: str) -> tuple[dict[str, Any] | None, ApiFailure | None]:
    try:
        return await web.api.get(f"/domains/{name}/dns_check", subdomain=subdomain or None), None
    except ApiFailure as failure:
        if failure.status in (403, 404):  # not a form to show again: the page says so
            raise
        return None, failure


async def _detail(web: SignedIn, name: str, *, status: int = 200, provider: str = "",
                  values: Mapping[str, str] | None = None, errors: Mapping[str, str] | None = None,
                  error: str | None = None, check: dict[str, Any] | None = None,
                  check_failure: ApiFailure | None = None, subdomain: str = "") -> Response:
    assert web.user is not None
    domain = await web.api.get(f"/domains/{name}")
    provider = provider if provider in PROVIDERS else domain["provider"]
    same = provider == domain["provider"]
    return web.page("domains/detail.html", status=status, domain=domain, about=ABOUT, provider=provider,
                    providers=providers(), fields=provider_fields(provider, domain["secretsSet"] if same else None),
                    values=values if values is not None else values_of(domain, provider), errors=errors or {},
                    error=error, tls_providers=TLS_PROVIDERS, shown=shown(provider), check=check,
                    check_failure=check_failure, subdomain=subdomain, manage=web.user.is_admin)


@router.get("/{domain}")
async def domain_page(web: SignedIn, domain: DomainName, provider: Annotated[str, Query(max_length=32)] = "",
                      check: Annotated[str, Query(max_length=8)] = "",
                      subdomain: Annotated[str, Query(max_length=100)] = "") -> Response:
    """The domain; with `check`, the DNS check of `subdomain` (empty: the domain itself) and its answer; with
    `provider`, the change form for another provider's settings."""
    answer, failure = await _check(web, domain, subdomain.strip()) if check else (None, None)
    return await _detail(web, domain, provider=provider, check=answer, check_failure=failure,
                         subdomain=subdomain.strip())


@router.post("/{domain}/edit")
async def edit(web: SignedIn, domain: DomainName) -> Response:
    form = await web.form()
    provider = form_values(form, "provider")["provider"]
    if provider not in PROVIDERS:
        return await _detail(web, domain, status=422, errors={"provider": f"{provider!r} is not a DNS provider."},
                             error="Choose a DNS provider.")
    values = _form_values(form, provider)
    try:
        saved = await web.api.put(f"/domains/{domain}", body_of(provider, values, form))
    except ApiFailure as failure:
        if failure.status in (403, 404):  # not a form to show again: the page says so
            raise
        return await _detail(web, domain, status=failure.status, provider=provider, values=values,
                             errors=failure.fields, error=failure.message)
    return web.redirect(f"/domains/{saved['domain']}", say=f"Saved {saved['domain']}.")


@router.get("/{domain}/delete")
async def delete_form(web: SignedIn, domain: DomainName) -> Response:
    return web.page("domains/delete.html", domain=await web.api.get(f"/domains/{domain}"), error=None)


@router.post("/{domain}/delete")
async def delete(web: SignedIn, domain: DomainName) -> Response:
    await web.form()
    try:
        await web.api.delete(f"/domains/{domain}")
    except ApiFailure as failure:
        if failure.status in (403, 404):  # not a form to show again: the page says so
            raise
        found = await web.api.get(f"/domains/{domain}")
        return web.page("domains/delete.html", status=failure.status, domain=found, error=failure.message)
    return web.redirect("/domains", say=f"Removed {domain}.")
