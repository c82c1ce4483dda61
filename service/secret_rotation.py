"""Re-sealing every value sealed at rest under the current secret key (after a key change)."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.models import Model
from tortoise.transactions import in_transaction

from service.config import Settings
from service.core.models import InstanceSetting
from service.domains.apps.models import App
from service.domains.databases.models import Database
from service.domains.deployments.models import Instance
from service.domains.dns.models import Domain
from service.domains.edge.models import AcmeAccount, Certificate
from service.domains.git.models import GitProvider
from service.domains.mail.models import Mailbox, MailDomain
from service.domains.nodes.models import Node
from service.domains.notifications.models import Notification
from service.domains.projects.models import EnvVariable
from service.domains.registries.models import Registry
from service.domains.services.models import Service
from service.domains.storages.models import Storage
from service.tasks.models import Task


@dataclass(frozen=True)
class SealedField:
    model: type[Model]
    column: str
    purpose: str  # the SecretBox purpose the values were sealed with


# Every column that holds sealed values; a model that seals something adds its column here.
SEALED_FIELDS: tuple[SealedField, ...] = (
    SealedField(Task, "sealed_secrets", "task-secrets"),
    SealedField(EnvVariable, "sealed_value", "variables"),
    SealedField(Node, "sealed_token_secret", "node-tokens"),
    SealedField(Database, "sealed_password", "database-passwords"),
    SealedField(Database, "sealed_new_password", "database-passwords"),
    SealedField(GitProvider, "sealed_token", "git-tokens"),
    SealedField(Service, "sealed_variables", "service-secrets"),
    SealedField(Service, "sealed_webhook_secret", "service-secrets"),
    SealedField(Domain, "sealed_secrets", "dns-credentials"),
    SealedField(Domain, "sealed_tls_secrets", "dns-credentials"),
    SealedField(Domain, "sealed_fallback_key", "dns-credentials"),
    SealedField(Certificate, "sealed_key", "certificate-keys"),
    SealedField(Certificate, "sealed_next_key", "certificate-keys"),
    SealedField(AcmeAccount, "sealed_key", "certificate-keys"),
    SealedField(MailDomain, "sealed_relay_password", "mail"),
    SealedField(MailDomain, "sealed_dkim_key", "mail"),
    SealedField(Mailbox, "sealed_password_hash", "mail"),
    SealedField(Mailbox, "sealed_password", "mail"),
    SealedField(App, "sealed_secrets", "app-secrets"),
    SealedField(Registry, "sealed_token", "registry-tokens"),
    SealedField(Storage, "sealed_access_key", "storage-keys"),
    SealedField(Storage, "sealed_secret_key", "storage-keys"),
    SealedField(Instance, "sealed_secrets", "deployment-secrets"),
    SealedField(Notification, "sealed_target", "settings"),
    SealedField(Notification, "sealed_signing_secret", "settings"),
)
# Instance settings (one JSON value per key) with a sealed part: setting key -> (field, purpose).
SEALED_SETTINGS: dict[str, tuple[str, str]] = {
    "smtp": ("sealed_password", "settings"),
    "backup_config": ("sealed", "backup-config"),
    "registry_config": ("sealed", "settings"),
    "external_ldap_config": ("sealedBindPassword", "settings"),
}


async def rotate(settings: Settings) -> dict[str, int]:
    """Re-seal every sealed value under the current key; answers how many per table.

    One transaction: a value that no key opens stops the whole rotation before anything is written, so the
    database never holds values under two keys of which one is about to be forgotten."""
    from service.core.secrets import SecretBox

    key = settings.resolved_secret_key()
    counts: dict[str, int] = {}
    async with in_transaction():
        for sealed in SEALED_FIELDS:
            box = SecretBox(key, purpose=sealed.purpose, previous_keys=settings.previous_keys)
            table, pk = sealed.model._meta.db_table, sealed.model._meta.pk_attr
            counts.setdefault(table, 0)
            rows = await sealed.model.exclude(**{f"{sealed.column}__isnull": True}).values(pk, sealed.column)
            for row in rows:
                try:
                    fresh = box.reseal(row[sealed.column])
                except ValueError as exc:
                    raise ValueError(f"{table} {row[pk]}: {exc}; is a previous key missing from "
                                     "CONTAINR_PREVIOUS_SECRET_KEYS?") from exc
                await sealed.model.filter(**{pk: row[pk]}).update(**{sealed.column: fresh})
                counts[table] += 1
        counts["instance_settings"] = 0
        for setting in await InstanceSetting.filter(key__in=list(SEALED_SETTINGS)):
            field, purpose = SEALED_SETTINGS[setting.key]
            value = (setting.value or {}).get("value")
            if not isinstance(value, dict) or not value.get(field):
                continue
            box = SecretBox(key, purpose=purpose, previous_keys=settings.previous_keys)
            try:
                value[field] = box.reseal(value[field])
            except ValueError as exc:
                raise ValueError(f"setting {setting.key}: {exc}; is a previous key missing from "
                                 "CONTAINR_PREVIOUS_SECRET_KEYS?") from exc
            await InstanceSetting.filter(key=setting.key).update(value={"value": value})
            counts["instance_settings"] += 1
    return counts
