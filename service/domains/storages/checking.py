"""A storage is checked before it is saved: one ListObjectsV2 (at most one key) on its bucket, signed with its
keys. A refusal names the key at fault, anything else the url. No message here holds a key."""

from __future__ import annotations

import asyncio
import logging

import boto3
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from service.core.errors import Invalid
from service.domains.storages.access import StorageAccess

# One attempt, bounded: the caller waits for the answer of the request that saves the storage.
_CONFIG = {"connect_timeout": 5, "read_timeout": 10, "retries": {"max_attempts": 1, "mode": "standard"},
           "s3": {"addressing_style": "path"}}
# S3's error codes for keys it does not accept, by the field that holds the faulty one.
_ACCESS_KEY_CODES = frozenset({"InvalidAccessKeyId", "InvalidClientTokenId", "AccountProblem"})
_SECRET_KEY_CODES = frozenset({"SignatureDoesNotMatch", "InvalidSecretAccessKey"})
_DENIED_CODES = frozenset({"AccessDenied", "AllAccessDisabled", "403", "401"})
_BUCKET_CODES = frozenset({"NoSuchBucket", "404", "InvalidBucketName"})

# botocore's debug lines hold each request's signed headers, the access key among them: however the app's logging
# is set up, they are not written.
for _name in ("botocore", "boto3", "urllib3"):
    if logging.getLogger(_name).level < logging.INFO:  # NOTSET (0) included: the root's level would rule
        logging.getLogger(_name).setLevel(logging.INFO)


def _list_one(access: StorageAccess) -> None:
    where = access.location
    if access.access_key is None or access.secret_key is None:
        config = Config(signature_version=UNSIGNED, **_CONFIG)
        keys: dict[str, str] = {}
    else:
        config = Config(**_CONFIG)
        keys = {"aws_access_key_id": access.access_key, "aws_secret_access_key": access.secret_key}
    client = boto3.session.Session().client("s3", endpoint_url=where.endpoint, region_name=where.region,
                                            config=config, **keys)
    try:
        client.list_objects_v2(Bucket=where.bucket, MaxKeys=1, **({"Prefix": where.prefix} if where.prefix else {}))
    finally:
        client.close()


def _refusal(exc: ClientError, access: StorageAccess) -> Invalid:
    error = exc.response.get("Error", {})
    code = str(error.get("Code", ""))
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    bucket = access.location.bucket
    if code in _ACCESS_KEY_CODES:
        return Invalid(f"The storage does not know the access key ({code})", details={"field": "accessKey"})
    if code in _SECRET_KEY_CODES:
        return Invalid(f"The storage refused the secret key ({code})", details={"field": "secretKey"})
    if code in _BUCKET_CODES:
        return Invalid(f"The storage has no bucket {bucket!r} ({code})", details={"field": "url"})
    if code in _DENIED_CODES or status in (401, 403):
        field = "accessKey" if access.access_key is None else "secretKey"
        return Invalid(f"The storage refused to list bucket {bucket!r} with these keys ({code or status})",
                       details={"field": field})
    return Invalid(f"The storage answered {status} ({code}) for bucket {bucket!r}", details={"field": "url"})


async def check(access: StorageAccess) -> None:
    """Raises Invalid naming accessKey, secretKey or url unless the bucket can be listed with the keys."""
    try:
        await asyncio.to_thread(_list_one, access)
    except ClientError as exc:
        raise _refusal(exc, access) from None
    except (BotoCoreError, ValueError) as exc:
        # The message names the endpoint (and the reason), never a key.
        raise Invalid(f"The storage could not be reached at {access.location.endpoint} ({type(exc).__name__})",
                      details={"field": "url"}) from None
