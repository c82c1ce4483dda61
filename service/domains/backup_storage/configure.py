"""Changing the backup configuration: a new target is verified for real before it is saved."""

from __future__ import annotations

from service.config import Settings
from service.core.errors import Invalid
from service.domains.backup_storage import config as backup_config
from service.domains.backup_storage import restic
from service.domains.backup_storage.schemas import BackupConfigIn, BackupConfigOut

# restic's words for a server that cannot be reached (as opposed to a bucket or folder it cannot use).
_UNREACHABLE = ("dial tcp", "no such host", "connection refused", "certificate", "i/o timeout")


def _target_field(config: BackupConfigIn, reason: str) -> str:
    if config.provider == "filesystem":
        return "backupFolder"
    return "endpoint" if any(words in reason for words in _UNREACHABLE) else "bucket"


async def verify(config: BackupConfigIn, settings: Settings, *, old: BackupConfigIn | None) -> None:
    """Open (or make) the repository with the key, write a little and delete it; 422 naming what failed."""
    repo = backup_config.repository(config, settings)
    try:
        await restic.open_or_init(repo)
        await restic.write_check(repo)
    except restic.ResticError as exc:
        if exc.wrong_key:
            same = old is not None and backup_config.repository(old, settings).location == repo.location
            reason = ("A restic repository keeps the key it was made with, and this one was made with another: "
                      "give its key, or choose another (empty) location to start a new repository"
                      if same else "The key does not open the repository that already exists there")
            raise Invalid(f"{reason} ({repo.location})", code="key_mismatch",
                          details=[{"field": "key", "message": reason}]) from None
        raise Invalid(f"The backup target {repo.location} cannot be used: {exc}", code="target_unusable",
                      details=[{"field": _target_field(config, str(exc)), "message": str(exc)}]) from None


async def configure(settings: Settings, body: BackupConfigIn) -> BackupConfigOut:
    old = await backup_config.load(settings)
    config = backup_config.with_defaults(backup_config.keep_secrets(body, old))
    if config.provider != "noop":
        await verify(config, settings, old=old)
    await backup_config.save(settings, config)
    return backup_config.public(config)
