"""Cloudron's create_invite: a single-use token that sets an account's password (valid 7 days, the newest one
only), emailed when SMTP is set, and the password reset that spends it."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from service.auth.models import User, UserRole
from service.auth.passwords import hash_password
from service.core import smtp
from service.core.errors import Conflict, Forbidden, Invalid
from service.core.secrets import SecretBox
from service.core.settings_store import get_setting

VALID_FOR = timedelta(days=7)


@dataclass(frozen=True)
class Invite:
    token: str
    link: str
    email_sent: bool
    email_error: str | None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _may_invite(actor: User, target: User) -> None:
    """As for setting a password: the owner's and administrators' accounts only by the owner (or themselves)."""
    if actor.id != target.id and target.role in (UserRole.OWNER, UserRole.ADMIN) and actor.role is not UserRole.OWNER:
        raise Forbidden(f"Only the owner may invite the {target.role.value} {target.username}")


async def create_invite(actor: User, target: User, *, box: SecretBox, base: str) -> Invite:
    """A new token for `target` (the previous one stops working), emailed to the account when SMTP is set."""
    _may_invite(actor, target)
    if target.external:
        raise Conflict("This account's password lives in the LDAP directory", code="external_account")
    token = secrets.token_urlsafe(32)
    target.invite_token_hash, target.invite_created_at = _digest(token), datetime.now(UTC)
    await target.save(update_fields=["invite_token_hash", "invite_created_at"])
    link = f"{base}/reset?token={token}"
    name = await get_setting("cloudron_name")
    text = (f"Hello {target.display_name or target.username},\n\n{actor.display_name or actor.username} invited you "
            f"to set the password of your account {target.username} on {name}. The link works once, for 7 days:"
            f"\n\n    {link}\n\nIf you did not expect this message, you can ignore it.\n")
    delivery = await smtp.send(box, to=target.email, subject=f"Set your password on {name}", text=text)
    return Invite(token=token, link=link, email_sent=delivery.sent, email_error=delivery.error)


async def reset_password(token: str, password: str) -> User:
    """Spend a token: the account's new password; 422 naming resetToken for an unknown, used or expired one."""
    user = await User.get_or_none(invite_token_hash=_digest(token)) if token else None
    expired = user is not None and (user.invite_created_at is None
                                    or user.invite_created_at + VALID_FOR < datetime.now(UTC))
    if user is None or expired:
        raise Invalid("This link is unknown, used or expired: ask an administrator for a new one",
                      code="invalid_token", details=[{"field": "resetToken", "message": "unknown, used or expired"}])
    if user.external:
        raise Conflict("This account's password lives in the LDAP directory", code="external_account")
    # Spent only if it still is the token we read: of two requests with one token, one wins.
    spent = await User.filter(id=user.id, invite_token_hash=user.invite_token_hash).update(
        invite_token_hash=None, invite_created_at=None, password_hash=await hash_password(password))
    if not spent:
        raise Invalid("This link is unknown, used or expired: ask an administrator for a new one",
                      code="invalid_token", details=[{"field": "resetToken", "message": "unknown, used or expired"}])
    return user
