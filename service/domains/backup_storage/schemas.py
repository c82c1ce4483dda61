"""Shapes of the backup configuration (Cloudron's `settings/backup_config`)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from service.core import cron
from service.core.schemas import ApiModel, RequestModel

# What GET answers instead of a secret, as Cloudron does; sent back unchanged, it keeps the stored secret.
PLACEHOLDER = "\u25cf" * 8
MIN_INTERVAL_SECS = 6 * 3600
DEFAULT_INTERVAL_SECS = 24 * 3600
DEFAULT_RETENTION_SECS = 7 * 24 * 3600
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_PREFIX = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")
_ENDPOINT = re.compile(r"^(https?://)?[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
_REGION = re.compile(r"^[a-z0-9-]{1,32}$")


class BackupConfigIn(RequestModel):
    provider: Literal["filesystem", "s3", "noop"] = Field(
        description="`filesystem` (a folder on the controller), `s3` (any S3-compatible server) or `noop` "
                    "(no backups)")
    format: Literal["restic"] = "restic"
    backup_folder: str | None = Field(None, max_length=1024, description="Absolute path (filesystem only)")
    bucket: str | None = Field(None, description="Bucket name (s3 only)")
    prefix: str | None = Field(None, max_length=256, description="Folder inside the bucket (s3 only)")
    region: str | None = Field(None, description="Region (s3 only)")
    endpoint: str | None = Field(None, max_length=256,
                                 description="host[:port] or http(s)://host[:port]; default s3.amazonaws.com")
    access_key_id: str | None = Field(None, max_length=256)
    secret_access_key: str | None = Field(None, max_length=256, description="Write-only")
    accept_self_signed_certs: bool = False
    key: str | None = Field(None, max_length=256, description="Encryption password of the repository; "
                            "required, write-only, and fixed once the repository exists")
    interval_secs: int | None = Field(None, ge=MIN_INTERVAL_SECS, description="Back up every N seconds")
    schedule_pattern: str | None = Field(None, max_length=200,
                                         description="Or: a cron pattern, seconds first, in the instance's zone")
    retention_secs: int | None = Field(None, ge=3600, description="Keep backups this long (from the newest)")
    keep_daily: int | None = Field(None, ge=1, le=3650)
    keep_weekly: int | None = Field(None, ge=1, le=520)
    keep_monthly: int | None = Field(None, ge=1, le=1200)

    @field_validator("schedule_pattern")
    @classmethod
    def _pattern(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return cron.validate(value)
        except cron.PatternError as exc:
            raise ValueError(str(exc)) from exc

    @field_validator("backup_folder")
    @classmethod
    def _folder(cls, value: str | None) -> str | None:
        if value is not None and (not value.startswith("/") or "\x00" in value or "/../" in f"{value}/"):
            raise ValueError("must be an absolute path without '..'")
        return value

    @field_validator("bucket")
    @classmethod
    def _bucket(cls, value: str | None) -> str | None:
        if value is not None and not _BUCKET.match(value):
            raise ValueError("an S3 bucket name: 3-63 lower-case letters, digits, dots and hyphens")
        return value

    @field_validator("prefix")
    @classmethod
    def _prefix(cls, value: str | None) -> str | None:
        if value and not _PREFIX.match(value):
            raise ValueError("path segments of letters, digits, '.', '_' and '-', separated by '/'")
        return value or None

    @field_validator("endpoint")
    @classmethod
    def _endpoint(cls, value: str | None) -> str | None:
        if value and not _ENDPOINT.match(value):
            raise ValueError("host[:port] or http(s)://host[:port]")
        return value or None

    @field_validator("region")
    @classmethod
    def _region(cls, value: str | None) -> str | None:
        if value and not _REGION.match(value):
            raise ValueError("a region name such as us-east-1")
        return value or None

    @model_validator(mode="after")
    def _consistent(self) -> BackupConfigIn:
        def missing(*names: str) -> None:
            absent = [name for name in names if not getattr(self, name)]
            if absent:
                camel = {"backup_folder": "backupFolder", "access_key_id": "accessKeyId",
                         "secret_access_key": "secretAccessKey"}
                raise ValueError(f"{self.provider} needs " + ", ".join(camel.get(n, n) for n in absent))

        if self.provider == "filesystem":
            missing("backup_folder", "key")
        elif self.provider == "s3":
            missing("bucket", "access_key_id", "secret_access_key", "key")
        if self.key is not None and self.key != PLACEHOLDER and len(self.key) < 8:
            raise ValueError("key: at least 8 characters")
        if self.interval_secs is not None and self.schedule_pattern is not None:
            raise ValueError("give intervalSecs or schedulePattern, not both")
        return self


class BackupConfigOut(ApiModel):
    provider: Literal["filesystem", "s3", "noop"]
    format: Literal["restic"] = "restic"
    backup_folder: str | None = None
    bucket: str | None = None
    prefix: str | None = None
    region: str | None = None
    endpoint: str | None = None
    access_key_id: str | None = None
    secret_access_key: str | None = Field(None, description="A placeholder when one is stored")
    accept_self_signed_certs: bool = False
    key: str | None = Field(None, description="A placeholder when one is stored")
    interval_secs: int | None = None
    schedule_pattern: str | None = None
    retention_secs: int | None = None
    keep_daily: int | None = None
    keep_weekly: int | None = None
    keep_monthly: int | None = None
