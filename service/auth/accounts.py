"""Checking credentials, throttling password guessing and changing an account's own details (making
accounts, which gives each a team, is the accounts slice's: service/domains/accounts/registration.py)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from tortoise.expressions import Q

from service.auth.models import LoginFailure, User
from service.auth.passwords import hash_password, verify_password
from service.core.errors import Conflict, Forbidden, TooManyRequests, Unauthorized, taken_on_duplicate

MAX_FAILURES = 10
FAILURE_WINDOW = timedelta(minutes=5)
BAD_CREDENTIALS = "Invalid username or password"
EMAIL_TAKEN = "An account with this email already exists"

# Checks a password against the external directory: for an account marked external, or (user None) for a name
# no account has, which it may create. Answers the account the password opens, or None.
ExternalCheck = Callable[[User | None, str, str], Awaitable[User | None]]


def _throttle_subject(user: User | None, login: str) -> str:
    return f"user:{user.id}" if user is not None else f"login:{login.lower()}"


async def authenticate(*, login: str, password: str, external: ExternalCheck | None = None) -> User:
    """The account these credentials open (401 otherwise). A local account's password is checked here only;
    an external one's only by `external`, which also gets the names no account has."""
    user = await User.filter(Q(username__iexact=login) | Q(email__iexact=login)).first()
    subject = _throttle_subject(user, login)
    since = datetime.now(UTC) - FAILURE_WINDOW
    failures = await LoginFailure.filter(subject=subject, at__gte=since).order_by("at").values_list("at", flat=True)
    if len(failures) >= MAX_FAILURES:
        retry_after = int((failures[-MAX_FAILURES] + FAILURE_WINDOW - datetime.now(UTC)).total_seconds()) + 1
        raise TooManyRequests("Too many failed logins for this account; try again later",
                              details={"retryAfter": retry_after}, headers={"Retry-After": str(max(retry_after, 1))})
    if (user is None and external is not None) or (user is not None and user.external):
        accepted = await external(user, login, password) if external is not None else None
        if user is None and accepted is None:
            await verify_password(None, password)  # the time of a login for an unknown name stays that of a known one
    else:
        accepted = user if await verify_password(user.password_hash if user else None, password) else None
    if accepted is None:
        # Old failures only slow nobody down any more; names that match no account would pile up otherwise.
        await LoginFailure.filter(at__lt=since).delete()
        await LoginFailure.create(subject=subject)
        raise Unauthorized(BAD_CREDENTIALS, code="bad_credentials")
    user = accepted
    if not user.active:
        raise Unauthorized(BAD_CREDENTIALS, code="bad_credentials")
    await LoginFailure.filter(subject=subject).delete()
    return user


async def update_profile(user: User, *, display_name: str | None, email: str | None,
                         password: str | None, current_password: str | None) -> User:
    if (email is not None and email.lower() != user.email) or password is not None:
        # Changing how one logs in asks for proof that the caller is the account holder.
        if not current_password or not await verify_password(user.password_hash, current_password):
            raise Forbidden("The current password is wrong or missing", code="bad_current_password",
                            details={"field": "currentPassword"})
    if password is not None:
        user.password_hash = await hash_password(password)
    return await change_details(user, display_name=display_name, email=email)


async def change_details(user: User, *, display_name: str | None, email: str | None) -> User:
    """Display name and email of an account (email unique, case-insensitively); saves the account."""
    if email is not None and email.lower() != user.email:
        if await User.filter(email__iexact=email).exclude(id=user.id).exists():
            raise Conflict(EMAIL_TAKEN, code="taken", details={"field": "email"})
        user.email = email.lower()
    if display_name is not None:
        user.display_name = display_name
    with taken_on_duplicate(EMAIL_TAKEN, field="email"):
        await user.save()
    return user
