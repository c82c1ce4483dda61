"""Making accounts: by an administrator or by registration (open, or with an invitation to a project); every
account starts with a team of its own."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from service.auth.models import User, UserRole
from service.auth.passwords import hash_password
from service.core.errors import Conflict, Forbidden
from service.core.settings_store import get_setting
from service.domains.projects import invites
from service.domains.teams.membership import create_team


async def _ensure_free(username: str, email: str) -> None:
    taken = await User.filter(Q(username__iexact=username) | Q(email__iexact=email)).first()
    if taken is None:
        return
    field = "username" if taken.username.lower() == username.lower() else "email"
    raise Conflict(f"An account with this {field} already exists", code="taken", details={"field": field})


async def create_user(*, username: str, email: str, password: str, display_name: str | None = None,
                      role: UserRole | str = UserRole.USER) -> User:
    """Create an account; the very first one on an instance always becomes its owner."""
    # Hashed before the transaction: a database that takes one writer at a time is not held meanwhile.
    password_hash = await hash_password(password)
    try:
        async with in_transaction():
            await _ensure_free(username, email)
            if not await User.exists():
                role = UserRole.OWNER
            user = await User.create(username=username, email=email.lower(), password_hash=password_hash,
                                     display_name=display_name or username, role=UserRole(role))
            # Every account starts with a team of its own (dyrector's personal team).
            await create_team(user, name=f"{display_name or username}'s team", personal=True)
            return user
    except IntegrityError as exc:
        # A twin request took the username or email between the check and the insert. Asked again once this
        # transaction has rolled back, the check sees the twin's account and answers as it would have.
        await _ensure_free(username, email)
        raise Conflict("An account with this username or email already exists", code="taken") from exc


async def register(*, username: str, email: str, password: str, display_name: str | None,
                   invite_token: str | None = None) -> User:
    """Self-service registration: open for the first account, then only when the instance allows it or with an
    invitation to a project made out to this email address (which is accepted at once)."""
    invite = await invites.by_token(invite_token) if invite_token else None
    if invite is not None and invite.email != email.lower():
        raise Forbidden("This invitation was made out to another email address", code="invite_mismatch",
                        details={"field": "email"})
    if invite is None and await User.exists() and await get_setting("registration") != "open":
        raise Forbidden("Registration is closed on this instance; ask an administrator for an account",
                        code="registration_closed")
    user = await create_user(username=username, email=email, password=password, display_name=display_name)
    if invite is not None:
        await invites.accept(invite, user)
    return user
