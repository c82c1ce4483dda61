"""Domains (seed 002): a DNS zone Containr writes records in, through its provider, and how its names get TLS;
and the names on them given to workloads (routes), which the edge of the workload's node serves."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class TlsProvider(StrEnum):
    LETSENCRYPT_PROD = "letsencrypt-prod"
    LETSENCRYPT_STAGING = "letsencrypt-staging"
    ACME = "acme"  # any ACME CA by its directory URL (ours)
    FALLBACK = "fallback"  # the uploaded certificate, else a self-signed one


class Domain(Model):
    """A domain of the instance (Cloudron's: administrators add them, every account may place things on them)."""

    id = fields.UUIDField(primary_key=True)
    domain = fields.CharField(max_length=253, unique=True)
    zone_name = fields.CharField(max_length=253)
    provider = fields.CharField(max_length=32)
    config = fields.JSONField(default=dict)  # the provider's settings that are not secret
    sealed_secrets = fields.TextField(null=True)  # the provider's credentials, write-only
    tls_provider = fields.CharEnumField(TlsProvider, max_length=24, default=TlsProvider.LETSENCRYPT_PROD)
    tls_wildcard = fields.BooleanField(default=False)
    tls_config = fields.JSONField(default=dict)  # acme: directoryUrl, eabKid, caBundle (public)
    sealed_tls_secrets = fields.TextField(null=True)  # acme: eabHmacKey
    fallback_cert = fields.TextField(null=True)  # PEM, public
    sealed_fallback_key = fields.TextField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "domains"


class Route(Model):
    """A name on a domain given to a workload (a service today; apps when they land), served by its node's edge."""

    id = fields.UUIDField(primary_key=True)
    fqdn = fields.CharField(max_length=253, unique=True)
    location = fields.CharField(max_length=63)  # "" for the domain itself
    domain = fields.ForeignKeyField("models.Domain", related_name="routes", on_delete=fields.RESTRICT)
    node = fields.ForeignKeyField("models.Node", related_name="routes", on_delete=fields.RESTRICT)
    resource_type = fields.CharField(max_length=32)
    resource_id = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "routes"
        indexes = (("resource_type", "resource_id"),)
