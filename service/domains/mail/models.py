"""The mail server of the instance (one guest), the domains it serves mail for with their settings (Cloudron's
mail domain: incoming on or off, mail-from validation, catch-all, relay, banner, DKIM) and their mailboxes."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class MailServerStatus(StrEnum):
    NEW = "new"  # recorded, its guest not made yet
    APPLYING = "applying"
    READY = "ready"
    ERROR = "error"  # the last setup failed: what ran before still serves


class MailServer(Model):
    """The one mail guest of the instance, on the node chosen when mail was first set up."""

    id = fields.UUIDField(primary_key=True)
    node = fields.ForeignKeyField("models.Node", related_name=False, on_delete=fields.RESTRICT)
    guest = fields.ForeignKeyField("models.Guest", related_name=False, null=True, on_delete=fields.SET_NULL)
    status = fields.CharEnumField(MailServerStatus, max_length=16, default=MailServerStatus.NEW)
    status_message = fields.TextField(default="")
    applied_at = fields.DatetimeField(null=True)
    task_id = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "mail_servers"


class MailDomain(Model):
    """A domain's mail settings; recorded when mail is first set up for it (sending works from then on)."""

    id = fields.UUIDField(primary_key=True)
    domain = fields.OneToOneField("models.Domain", related_name="mail", on_delete=fields.CASCADE)
    incoming = fields.BooleanField(default=False)  # Cloudron's `enabled`: the server receives mail for it
    mail_from_validation = fields.BooleanField(default=True)
    catch_all = fields.JSONField(default=list)  # full addresses
    relay_provider = fields.CharField(max_length=32, default="cloudron-smtp")
    relay_host = fields.CharField(max_length=253, default="")
    relay_port = fields.IntField(default=587)
    relay_username = fields.CharField(max_length=255, default="")
    sealed_relay_password = fields.TextField(null=True)
    relay_accept_self_signed = fields.BooleanField(default=False)
    banner_text = fields.TextField(default="")
    banner_html = fields.TextField(default="")
    dkim_selector = fields.CharField(max_length=63)
    sealed_dkim_key = fields.TextField()  # PEM of the domain's 2048-bit RSA signing key
    dkim_public_key = fields.TextField()  # base64 DER of its public key, as the TXT record's p=
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "mail_domains"


class OwnerType(StrEnum):
    USER = "user"
    GROUP = "group"
    SERVICE = "service"  # a service's own submission account (the sendmail addon), not listed as a mailbox
    APP = "app"  # an app's, the same


# The owners whose accounts are workloads' submission accounts, not people's mailboxes: never listed as mailboxes.
WORKLOAD_OWNERS = (OwnerType.SERVICE, OwnerType.APP)


class Mailbox(Model):
    id = fields.UUIDField(primary_key=True)
    mail_domain = fields.ForeignKeyField("models.MailDomain", related_name="mailboxes", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)  # the local part
    # The column's comment as migration 15 wrote it (SQLite cannot change a comment): "app" came after.
    owner_type = fields.CharEnumField(OwnerType, max_length=16,
                                      description="USER: user\nGROUP: group\nSERVICE: service")
    owner_id = fields.CharField(max_length=64)
    sealed_password_hash = fields.TextField()  # Dovecot's {ARGON2ID} hash of the password, sealed as well
    sealed_password = fields.TextField(null=True)  # a service account's password, which its env needs again
    storage_quota_mb = fields.IntField(default=0)  # 0: no quota
    active = fields.BooleanField(default=True)
    aliases = fields.JSONField(default=list)  # [{"name": local part, "domain": a mail domain}]
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "mailboxes"
        unique_together = (("mail_domain", "name"),)
