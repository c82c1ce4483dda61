"""The edge: one nginx guest per node that routes each location (`<location>.<domain>`) to its workload, and the
TLS certificates of those names: from an ACME CA (renewed before they expire) or a fallback."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class EdgeStatus(StrEnum):
    NEW = "new"  # recorded, its guest not made yet
    APPLYING = "applying"
    READY = "ready"
    ERROR = "error"  # the last apply failed: the configuration before it still serves


class Edge(Model):
    id = fields.UUIDField(primary_key=True)
    node = fields.OneToOneField("models.Node", related_name="edge", on_delete=fields.CASCADE)
    guest = fields.ForeignKeyField("models.Guest", related_name=False, null=True, on_delete=fields.SET_NULL)
    status = fields.CharEnumField(EdgeStatus, max_length=16, default=EdgeStatus.NEW)
    status_message = fields.TextField(default="")
    applied_at = fields.DatetimeField(null=True)
    routes_applied = fields.IntField(default=0)
    task_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "edges"


class CertificateStatus(StrEnum):
    PENDING = "pending"  # never issued yet
    VALID = "valid"
    FAILED = "failed"  # the last issue or renewal failed (a certificate issued before still serves)


class Challenge(StrEnum):
    HTTP = "http-01"
    DNS = "dns-01"
    FALLBACK = "fallback"  # no CA: the domain's uploaded certificate, else a self-signed one


class Certificate(Model):
    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=253, unique=True)  # its first name; a wildcard's is `*.<domain>`
    domain = fields.ForeignKeyField("models.Domain", related_name="certificates", on_delete=fields.CASCADE)
    fqdns = fields.JSONField(default=list)
    challenge = fields.CharEnumField(Challenge, max_length=16)
    # Set for a certificate another slice keeps whether or not a route uses it (the mail server's `mail.<domain>`):
    # who keeps it, and the address that answers its http-01 challenges (an edge's, when None).
    kept_for = fields.CharField(max_length=32, default="")
    challenge_host = fields.CharField(max_length=64, null=True)
    status = fields.CharEnumField(CertificateStatus, max_length=16, default=CertificateStatus.PENDING)
    issuer = fields.CharField(max_length=255, default="")
    serial = fields.CharField(max_length=128, default="")
    not_before = fields.DatetimeField(null=True)
    not_after = fields.DatetimeField(null=True)
    fullchain = fields.TextField(null=True)  # PEM, public
    sealed_key = fields.TextField(null=True)  # the key of `fullchain`
    sealed_next_key = fields.TextField(null=True)  # the key an issue in progress asks a certificate for
    last_error = fields.TextField(default="")
    last_attempt_at = fields.DatetimeField(null=True)
    renewed_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "certificates"


class AcmeAccount(Model):
    """The account key Containr holds at one ACME directory (made on first use, kept for every later order)."""

    id = fields.UUIDField(primary_key=True)
    directory_url = fields.CharField(max_length=255, unique=True)
    sealed_key = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "acme_accounts"
