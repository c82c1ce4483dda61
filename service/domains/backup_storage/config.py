"""The backup configuration: stored with its secrets sealed, and turned into a restic repository's access."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from service.config import Settings
from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.core.settings_store import get_setting, set_setting
from service.domains.backup_storage.schemas import (
    DEFAULT_INTERVAL_SECS,
    DEFAULT_RETENTION_SECS,
    PLACEHOLDER,
    BackupConfigIn,
    BackupConfigOut,
)

SETTING = "backup_config"
SECRET_FIELDS = ("key", "secret_access_key")


@dataclass
class Repository:
    """How to reach a restic repository. `location` has no credentials and may be shown; `env` must never be."""

    location: str
    env: dict[str, str] = field(repr=False)
    insecure_tls: bool = False

    @property
    def options(self) -> list[str]:
        return ["--insecure-tls"] if self.insecure_tls else []


def _box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose="backup-config", previous_keys=settings.previous_keys)


async def load(settings: Settings) -> BackupConfigIn | None:
    """The stored configuration with its secrets opened; None when backups were never configured."""
    stored: dict[str, Any] | None = await get_setting(SETTING)
    if not stored:
        return None
    public = {k: v for k, v in stored.items() if k != "sealed"}
    secrets = _box(settings).open(stored["sealed"]) if stored.get("sealed") else {}
    return BackupConfigIn.model_validate({**public, **(secrets if isinstance(secrets, dict) else {})})


async def configured(settings: Settings) -> BackupConfigIn:
    """The stored configuration; 422 when there is none or it is `noop` (no repository to use)."""
    config = await load(settings)
    if config is None or config.provider == "noop":
        raise Invalid("Backups are not configured: set a target with POST /api/v1/settings/backup_config",
                      code="not_configured")
    return config


async def save(settings: Settings, config: BackupConfigIn) -> None:
    values = config.model_dump(exclude=set(SECRET_FIELDS))
    secrets = {name: getattr(config, name) for name in SECRET_FIELDS if getattr(config, name)}
    await set_setting(SETTING, {**values, "sealed": _box(settings).seal(secrets) if secrets else None})


async def stored_public() -> BackupConfigOut | None:
    """The stored configuration without its secrets (no key needed): enough to know the schedule."""
    stored: dict[str, Any] | None = await get_setting(SETTING)
    if not stored:
        return None
    return BackupConfigOut.model_validate({k: v for k, v in stored.items() if k != "sealed"})


def with_defaults(config: BackupConfigIn) -> BackupConfigIn:
    """Cloudron's defaults: a daily backup, kept a week, when neither a schedule nor a retention is given."""
    updates: dict[str, Any] = {}
    if config.interval_secs is None and config.schedule_pattern is None:
        updates["interval_secs"] = DEFAULT_INTERVAL_SECS
    if config.retention_secs is None and not (config.keep_daily or config.keep_weekly or config.keep_monthly):
        updates["retention_secs"] = DEFAULT_RETENTION_SECS
    return config.model_copy(update=updates)


def keep_secrets(new: BackupConfigIn, old: BackupConfigIn | None) -> BackupConfigIn:
    """A placeholder sent back for a secret means "keep the stored one"; without one stored it is an error."""
    updates: dict[str, Any] = {}
    for name in SECRET_FIELDS:
        if getattr(new, name) == PLACEHOLDER:
            kept = getattr(old, name) if old is not None else None
            if not kept:
                camel = "secretAccessKey" if name == "secret_access_key" else name
                raise Invalid(f"{camel} is the placeholder, but none is stored: give the real value",
                              details=[{"field": camel, "message": "placeholder without a stored value"}])
            updates[name] = kept
    return new.model_copy(update=updates)


def public(config: BackupConfigIn | None) -> BackupConfigOut:
    if config is None:
        return BackupConfigOut(provider="noop")
    values = config.model_dump(exclude=set(SECRET_FIELDS))
    return BackupConfigOut(**values, key=PLACEHOLDER if config.key else None,
                           secret_access_key=PLACEHOLDER if config.secret_access_key else None)


def repository(config: BackupConfigIn, settings: Settings) -> Repository:
    """restic's view of the target: the location and the environment that carries every secret."""
    env = {"RESTIC_PASSWORD": config.key or "", "RESTIC_CACHE_DIR": str(settings.data_dir / "cache" / "restic")}
    if config.provider == "filesystem":
        location = str(config.backup_folder)
    else:
        endpoint = (config.endpoint or "s3.amazonaws.com").rstrip("/")
        location = f"s3:{endpoint}/{config.bucket}" + (f"/{config.prefix}" if config.prefix else "")
        env.update({"AWS_ACCESS_KEY_ID": config.access_key_id or "",
                    "AWS_SECRET_ACCESS_KEY": config.secret_access_key or ""})
        if config.region:
            env["AWS_DEFAULT_REGION"] = config.region
    env["RESTIC_REPOSITORY"] = location
    return Repository(location=location, env=env, insecure_tls=config.accept_self_signed_certs)
