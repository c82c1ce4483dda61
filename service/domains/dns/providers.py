"""The DNS providers Containr writes records through: each one's Ansible module, its settings (shown in answers)
and its credentials (write-only), the checks of both, and one harmless call trying the credentials before saving."""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import boto3
import botocore.config
import botocore.exceptions
import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.tsig
import httpx

from service.core.errors import Invalid


@dataclass(frozen=True)
class ConfigField:
    required: bool = False
    default: Any = None
    kind: Literal["str", "int", "ip"] = "str"  # ip: community.general.nsupdate takes an address, not a name
    pattern: str | None = None
    bounds: tuple[int, int] | None = None


@dataclass(frozen=True)
class Provider:
    name: str
    module: str | None  # the Ansible module that writes its records; None: manual, noop, wildcard write nothing
    config_fields: Mapping[str, ConfigField] = field(default_factory=dict)
    secret_fields: tuple[str, ...] = ()
    writes_records: bool = True
    # Settings the stored credentials belong to: when one changes, a credential left out is not carried over.
    secrets_follow: tuple[str, ...] = ()


TSIG_ALGORITHMS = {"hmac-md5": dns.tsig.HMAC_MD5, "hmac-sha1": dns.tsig.HMAC_SHA1, "hmac-sha224": dns.tsig.HMAC_SHA224,
                   "hmac-sha256": dns.tsig.HMAC_SHA256, "hmac-sha384": dns.tsig.HMAC_SHA384,
                   "hmac-sha512": dns.tsig.HMAC_SHA512}
_NOTHING = {"writes_records": False, "module": None}
PROVIDERS: dict[str, Provider] = {provider.name: provider for provider in (
    Provider("rfc2136", "community.general.nsupdate", {
        "server": ConfigField(required=True, kind="ip"),
        "port": ConfigField(default=53, kind="int", bounds=(1, 65535)),
        "keyName": ConfigField(required=True, pattern=r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,252}"),
        "keyAlgorithm": ConfigField(default="hmac-sha256", pattern="|".join(TSIG_ALGORITHMS)),
    }, ("keySecret",), secrets_follow=("keyName", "keyAlgorithm")),
    Provider("route53", "amazon.aws.route53", {
        "accessKeyId": ConfigField(required=True, pattern=r"\w{16,128}"),
        "region": ConfigField(default="us-east-1", pattern=r"[a-z]{2}(-[a-z]+)+-\d{1,2}"),
        "endpointUrl": ConfigField(pattern=r"https?://[^\s/]+(/\S*)?"),
        "hostedZoneId": ConfigField(pattern=r"(/hostedzone/)?[A-Z0-9]{1,32}"),
    }, ("secretAccessKey",), secrets_follow=("accessKeyId", "endpointUrl")),
    # With email, the token is the account's Global API Key (X-Auth-Key); without it, an API token (Bearer).
    Provider("cloudflare", "community.general.cloudflare_dns", {
        "email": ConfigField(pattern=r"[^@\s]+@[^@\s]+\.[^@\s]+"),
    }, ("token",), secrets_follow=("email",)),
    Provider("digitalocean", "community.digitalocean.digital_ocean_domain_record", {}, ("token",)),
    Provider("gandi", "community.general.gandi_livedns", {}, ("token",)),  # a personal access token
    Provider("manual", **_NOTHING),
    Provider("noop", **_NOTHING),
    Provider("wildcard", **_NOTHING),
)}
# Seed 002's DnsProvider entries we do not support, and why (checked against the ansible 12.3.0 package).
GAPS: dict[str, str] = {
    "gcdns": "google.cloud's gcp_dns_resource_record_set needs the google-auth library, which Containr does not carry",
    "godaddy": "the ansible package has no module that writes GoDaddy records",
    "namecheap": "the ansible package has no module that writes Namecheap records",
    "namecom": "the ansible package has no module that writes Name.com records",
    "linode": "the ansible package's Linode modules manage instances, not DNS records",
}
API = {"cloudflare": "https://api.cloudflare.com/client/v4", "digitalocean": "https://api.digitalocean.com/v2",
       "gandi": "https://api.gandi.net/v5/livedns"}
TIMEOUT = 10.0


def _provider(name: str) -> Provider:
    if name in GAPS:
        raise Invalid(f"DNS provider {name} is not supported: {GAPS[name]}", details={"field": "provider"})
    if name not in PROVIDERS:
        raise Invalid(f"Unknown DNS provider {name!r}; supported: {', '.join(PROVIDERS)}",
                      details={"field": "provider"})
    return PROVIDERS[name]


def _value(key: str, spec: ConfigField, value: Any) -> Any:
    where = {"field": f"config.{key}"}
    if spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).strip().isdigit():
            raise Invalid(f"{key} must be a whole number", details=where)
        number = int(value)
        low, high = spec.bounds or (0, 2**31)
        if not low <= number <= high:
            raise Invalid(f"{key} must be between {low} and {high}", details=where)
        return number
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"{key} must be a non-empty string", details=where)
    value = value.strip()
    if spec.kind == "ip":
        try:
            return str(ipaddress.ip_address(value))
        except ValueError:
            raise Invalid(f"{key} must be an IPv4 or IPv6 address", details=where) from None
    if len(value) > 255 or (spec.pattern and not re.fullmatch(spec.pattern, value)):
        raise Invalid(f"{key} {value!r} is not valid", details=where)
    return value


def _secret(provider: str, key: str, value: Any) -> str:
    where = {"field": f"config.{key}"}
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"{key} is required", details=where)
    if len(value) > 4096 or any(char.isspace() for char in value.strip()):
        raise Invalid(f"{key} is not valid", details=where)
    if provider == "rfc2136":
        try:
            base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise Invalid(f"{key} must be the TSIG secret in base64", details=where) from None
    return value.strip()


def _public(provider: str, spec: Provider, config: dict[str, Any]) -> dict[str, Any]:
    for key in config:
        if key not in spec.config_fields and key not in spec.secret_fields:
            raise Invalid(f"DNS provider {provider} takes no setting {key!r}", details={"field": f"config.{key}"})
    public: dict[str, Any] = {}
    for key, field_spec in spec.config_fields.items():
        value = config.get(key)
        if value is None or value == "":
            if field_spec.required:
                raise Invalid(f"DNS provider {provider} needs {key}", details={"field": f"config.{key}"})
            if field_spec.default is not None:
                public[key] = field_spec.default
            continue
        public[key] = _value(key, field_spec, value)
    return public


def split(provider: str, config: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """The provider's settings (defaults filled in) and its credentials, apart; Invalid names the field."""
    spec = _provider(provider)
    public = _public(provider, spec, config)
    secrets = {key: _secret(provider, key, config.get(key)) for key in spec.secret_fields}
    return public, secrets


def merge(provider: str, public: dict[str, Any], old_secrets: dict[str, str],
          new_config: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """A changed domain's settings: a credential left out (or empty) keeps its stored value, unless a setting it
    belongs to changed (a new accessKeyId needs its own secretAccessKey)."""
    spec = _provider(provider)
    new_public = _public(provider, spec, new_config)
    moved = [key for key in spec.secrets_follow if new_public.get(key) != public.get(key)]
    filled = dict(new_config)
    for key in spec.secret_fields:
        if (filled.get(key) in (None, "")) and key in old_secrets:
            if moved:
                raise Invalid(f"{key} is needed again: {', '.join(moved)} changed", details={"field": f"config.{key}"})
            filled[key] = old_secrets[key]
    return split(provider, filled)


async def check_credentials(provider: str, zone: str, public: dict[str, Any], secrets: dict[str, str], *,
                            timeout: float = TIMEOUT) -> None:
    """One harmless call with the credentials; Invalid names the field and says what the provider answered."""
    spec = _provider(provider)
    if not spec.writes_records:
        return
    if provider == "rfc2136":
        await _check_rfc2136(zone, public, secrets["keySecret"], timeout)
    elif provider == "route53":
        await asyncio.to_thread(_check_route53, zone, public, secrets["secretAccessKey"], timeout)
    else:
        await _check_api(provider, zone, public, secrets["token"], timeout)


async def _check_rfc2136(zone: str, public: dict[str, Any], secret: str, timeout: float) -> None:
    server, port, key_name = public["server"], int(public.get("port", 53)), public["keyName"]
    where = f"{server} port {port}"
    key = dns.tsig.Key(key_name, secret, TSIG_ALGORITHMS[public.get("keyAlgorithm", "hmac-sha256")])
    query = dns.message.make_query(zone, dns.rdatatype.SOA)
    query.use_tsig(key)
    try:
        answer = await dns.asyncquery.tcp(query, server, timeout=timeout, port=port)
    except dns.tsig.PeerBadKey:
        raise Invalid(f"{where} does not know TSIG key {key_name} ({public.get('keyAlgorithm')}): BADKEY",
                      details={"field": "config.keyName"}) from None
    except (dns.tsig.PeerBadSignature, dns.tsig.BadSignature):
        raise Invalid(f"{where} refused the signature of key {key_name} (BADSIG): the secret is not the key's",
                      details={"field": "config.keySecret"}) from None
    except dns.tsig.PeerBadTime:
        raise Invalid(f"{where} refused the signature's time (BADTIME): the clocks differ",
                      details={"field": "config.server"}) from None
    except dns.exception.Timeout:
        raise Invalid(f"{where} did not answer within {timeout:g} s", details={"field": "config.server"}) from None
    except (OSError, EOFError, dns.exception.DNSException) as failed:
        reason = type(failed).__name__ + (f" ({failed.strerror})" if isinstance(failed, OSError) else "")
        raise Invalid(f"{where} could not be asked: {reason}", details={"field": "config.server"}) from None
    rcode = answer.rcode()
    soa = answer.get_rrset(answer.answer, dns.name.from_text(zone), dns.rdataclass.IN, dns.rdatatype.SOA)
    if rcode != dns.rcode.NOERROR or soa is None or not answer.flags & dns.flags.AA:
        said = dns.rcode.to_text(rcode) if rcode != dns.rcode.NOERROR else "no authoritative SOA"
        raise Invalid(f"{where} is not the primary of zone {zone}: it answered {said}", details={"field": "zoneName"})


def _aws_error(failed: botocore.exceptions.ClientError) -> tuple[str, str, int]:
    answer: dict[str, Any] = failed.response
    error = answer.get("Error") or {}
    if not error.get("Code"):  # some servers answer the query-protocol shape to a rest-xml call
        error = (answer.get("Errors") or {}).get("Error") or error
    status = int((answer.get("ResponseMetadata") or {}).get("HTTPStatusCode") or 0)
    return str(error.get("Code") or status), str(error.get("Message") or ""), status


def _check_route53(zone: str, public: dict[str, Any], secret: str, timeout: float) -> None:
    client = boto3.session.Session().client(
        "route53", aws_access_key_id=public["accessKeyId"], aws_secret_access_key=secret,
        region_name=public.get("region", "us-east-1"), endpoint_url=public.get("endpointUrl"),
        config=botocore.config.Config(connect_timeout=timeout, read_timeout=timeout, retries={"max_attempts": 1}))
    try:
        found = client.list_hosted_zones_by_name(DNSName=zone, MaxItems="1").get("HostedZones", [])
    except botocore.exceptions.ClientError as failed:
        code, message, status = _aws_error(failed)
        said = f"Route 53 answered {code}" + (f": {message}" if message else "")
        if code in ("InvalidClientTokenId", "AccessDenied", "AccessDeniedException", "UnrecognizedClientException"):
            raise Invalid(said, details={"field": "config.accessKeyId"}) from None
        field_name = "config.secretAccessKey" if code == "SignatureDoesNotMatch" or status == 403 else (
            "config.endpointUrl" if public.get("endpointUrl") else "config.accessKeyId")
        raise Invalid(said, details={"field": field_name}) from None
    except botocore.exceptions.BotoCoreError as failed:
        field_name = "config.endpointUrl" if public.get("endpointUrl") else "config.secretAccessKey"
        raise Invalid(f"Route 53 could not be asked: {failed}", details={"field": field_name}) from None
    zones = [z for z in found if z.get("Name", "").rstrip(".").lower() == zone.lower()]
    if not zones:
        raise Invalid(f"Route 53 has no hosted zone {zone} for this account", details={"field": "zoneName"})
    wanted = public.get("hostedZoneId")
    if wanted and zones[0]["Id"].rsplit("/", 1)[-1] != wanted.rsplit("/", 1)[-1]:
        raise Invalid(f"Route 53's hosted zone {zone} is {zones[0]['Id']}, not {wanted}",
                      details={"field": "config.hostedZoneId"})


def _api_message(answer: httpx.Response, secret: str) -> str:
    try:
        body = answer.json()
    except ValueError:
        body = {}
    message = ""
    if isinstance(body, dict):
        errors = body.get("errors")
        first = errors[0] if isinstance(errors, list) and errors and isinstance(errors[0], dict) else {}
        message = str(first.get("message") or body.get("message") or body.get("cause") or "")
    text = f"{answer.status_code} {answer.reason_phrase}" + (f": {message[:200]}" if message else "")
    return text.replace(secret, "***") if secret else text


async def _check_api(provider: str, zone: str, public: dict[str, Any], token: str, timeout: float) -> None:
    """Cloudflare, DigitalOcean and Gandi: each API's read-only look at the zone."""
    headers = {"Authorization": f"Bearer {token}"}
    if provider == "cloudflare":
        url, params = f"{API[provider]}/zones", {"name": zone}
        if public.get("email"):
            headers = {"X-Auth-Email": public["email"], "X-Auth-Key": token}
    else:
        url, params = f"{API[provider]}/domains/{zone}", {}
    label = {"cloudflare": "Cloudflare", "digitalocean": "DigitalOcean", "gandi": "Gandi LiveDNS"}[provider]
    try:
        async with httpx.AsyncClient(timeout=timeout) as client:
            answer = await client.get(url, params=params, headers=headers)
    except httpx.HTTPError as failed:
        reason = str(failed) or type(failed).__name__
        raise Invalid(f"{label} could not be asked: {reason}", details={"field": "config.token"}) from None
    if answer.status_code in (401, 403):
        raise Invalid(f"{label} refused the token: {_api_message(answer, token)}",
                      details={"field": "config.token"})
    if answer.status_code == 404:
        raise Invalid(f"{label} has no zone {zone} for this account", details={"field": "zoneName"})
    if answer.is_error:
        raise Invalid(f"{label} answered {_api_message(answer, token)}", details={"field": "config.token"})
    if provider == "cloudflare":
        try:
            zones = answer.json().get("result") or []
        except (ValueError, AttributeError):
            zones = []
        if not any(isinstance(z, dict) and str(z.get("name", "")).lower() == zone.lower() for z in zones):
            raise Invalid(f"Cloudflare has no zone {zone} for this account", details={"field": "zoneName"})
