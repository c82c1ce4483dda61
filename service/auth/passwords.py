"""Password hashing with argon2id, on argon2-cffi's default parameters (RFC 9106's low-memory profile).

A hash or a check takes about a tenth of a second of several cores: both run in a worker thread, so that the event
loop goes on serving other requests and live logs meanwhile. A stored hash carries its own parameters, so a check
reads them from it whatever the hasher's are."""

from __future__ import annotations

import asyncio
import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import RFC_9106_LOW_MEMORY

PARAMETERS = RFC_9106_LOW_MEMORY
_hasher = PasswordHasher.from_parameters(PARAMETERS)


@functools.cache
def _dummy_hash() -> str:
    # Checking against this keeps the time of a login for an unknown user the same as for a known one.
    return _hasher.hash("containr-timing-equaliser")


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    return await asyncio.to_thread(_verify, password_hash, password)
