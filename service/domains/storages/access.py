"""A storage's keys as the rest of Containr may use them: sealed and opened here only, and answered with the
endpoint and bucket its url names, for a run that seeds a volume with the storage's files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit
from uuid import UUID

from service.config import Settings
from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.domains.storages.models import Storage

PURPOSE = "storage-keys"  # service/secret_rotation.py re-seals storages.sealed_access_key and sealed_secret_key
DEFAULT_REGION = "us-east-1"
# AWS's own endpoints name their region (s3.eu-west-1.amazonaws.com, s3-eu-west-1.amazonaws.com); signing with
# another region is refused there. Other S3-compatible servers take any region.
_AWS_REGION = re.compile(r"^s3[.-]([a-z0-9-]+)\.amazonaws\.com$")


@dataclass(frozen=True)
class Location:
    """Where a storage's url points: the S3 endpoint (scheme, host, port), the bucket and a key prefix."""

    endpoint: str
    bucket: str
    prefix: str
    region: str


@dataclass(frozen=True)
class StorageAccess:
    """What a client of the storage needs; the keys are None for a bucket read without them."""

    location: Location
    access_key: str | None
    secret_key: str | None

    def __repr__(self) -> str:  # a log line or a traceback that shows one must not show the keys
        return f"StorageAccess({self.location!r}, access_key='***', secret_key='***')"

    def environment(self) -> dict[str, str]:
        """The variables an S3 client (the AWS CLI, rclone's env provider, boto3) reads, for a run's environment
        (never its argv)."""
        found = {"AWS_ENDPOINT_URL": self.location.endpoint, "AWS_DEFAULT_REGION": self.location.region,
                 "STORAGE_BUCKET": self.location.bucket, "STORAGE_PREFIX": self.location.prefix}
        if self.access_key is not None and self.secret_key is not None:
            found |= {"AWS_ACCESS_KEY_ID": self.access_key, "AWS_SECRET_ACCESS_KEY": self.secret_key}
        return found


def location(url: str) -> Location:
    """The url's parts: `http(s)://host[:port]/bucket[/prefix]` (path-style, which every S3 server takes)."""
    parts = urlsplit(url)
    bucket, _, prefix = parts.path.strip("/").partition("/")
    match = _AWS_REGION.match(parts.hostname or "")
    return Location(endpoint=f"{parts.scheme}://{parts.netloc}", bucket=bucket, prefix=prefix.strip("/"),
                    region=match.group(1) if match else DEFAULT_REGION)


def keys_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def seal(settings: Settings, value: str | None) -> str | None:
    return keys_box(settings).seal(value) if value is not None else None


def opened(settings: Settings, storage: Storage) -> StorageAccess:
    box = keys_box(settings)
    access = str(box.open(storage.sealed_access_key)) if storage.sealed_access_key else None
    secret = str(box.open(storage.sealed_secret_key)) if storage.sealed_secret_key else None
    return StorageAccess(location=location(storage.url), access_key=access, secret_key=secret)


async def team_storage(storage_id: UUID, team_id: UUID, *, field: str = "storageId") -> Storage:
    """The storage if it is the team's; a 422 naming `field` otherwise (another team's is not found)."""
    storage = await Storage.get_or_none(id=storage_id, team_id=team_id)
    if storage is None:
        raise Invalid(f"No storage {storage_id} in the team", code="not_found", details={"field": field})
    return storage


async def storage_access(settings: Settings, storage_id: UUID) -> StorageAccess | None:
    """The decrypted access to a storage for a run's environment; None when it is gone (deleted since)."""
    storage = await Storage.get_or_none(id=storage_id)
    return opened(settings, storage) if storage is not None else None
