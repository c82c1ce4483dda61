"""API tokens: issued once, stored as a SHA-256 hash, checked on every request that presents one."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from uuid import UUID

from service.auth.models import ApiToken, User
from service.core.errors import NotFound

PREFIX = "ctr_"
# last_used_at is a hint for the owner, not a log: one write per minute per token is plenty.
LAST_USED_GRANULARITY = timedelta(minutes=1)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def looks_like_api_token(token: str) -> bool:
    return token.startswith(PREFIX)


async def issue(user: User, *, name: str, expiration_days: int | None) -> tuple[ApiToken, str]:
    """The token record and the token itself, which is never stored and never shown again."""
    token = PREFIX + secrets.token_urlsafe(32)
    expires = datetime.now(UTC) + timedelta(days=expiration_days) if expiration_days else None
    record = await ApiToken.create(user=user, name=name, token_hash=_digest(token), prefix=token[:10],
                                   expires_at=expires)
    return record, token


async def authenticate(token: str) -> tuple[User, ApiToken] | None:
    record = await ApiToken.get_or_none(token_hash=_digest(token)).prefetch_related("user")
    now = datetime.now(UTC)
    if record is None or (record.expires_at is not None and record.expires_at <= now):
        return None
    if record.last_used_at is None or now - record.last_used_at >= LAST_USED_GRANULARITY:
        record.last_used_at = now
        await ApiToken.filter(id=record.id).update(last_used_at=now)
    return record.user, record


async def owned(user: User, token_id: UUID) -> ApiToken:
    record = await ApiToken.get_or_none(id=token_id, user=user)
    if record is None:
        raise NotFound(f"No token {token_id}")
    return record
