"""Registering accounts, checking credentials and throttling password guessing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from service.auth.models import LoginFailure, User, UserRole
from service.auth.passwords import hash_password, verify_password
from service.core.errors import Conflict, Forbidden, TooManyRequests, Unauthorized
from service.core.settings_store import get_setting
from service.domains.projects import invites
from service.domains.teams.membership import create_team

MAX_FAILURES = 10
FAILURE_WINDOW = timedelta(minutes=5)
BAD_CREDENTIALS = "Invalid username or password"


async def _ensure_free(username: str, email: str) -> None:
    taken = await User.filter(Q(username__iexact=username) | Q(email__iexact=email)).first()
    if taken is None:
        return
    field = "username" if taken.username.lower() == username.lower() else "email"
    raise Conflict(f"An account with this {field} already exists", code="taken", details={"field": field})


async def create_user(*, username: str, email: str, password: str, display_name: str | None = None,
                      role: UserRole | str = UserRole.USER) -> User:
    """Create an account; the very first one on an instance always becomes its owner."""
    async with in_transaction():
        await _ensure_free(username, email)
        if not await User.exists():
            role = UserRole.OWNER
        try:
            user = await User.create(username=username, email=email.lower(), password_hash=hash_password(password),
                                     display_name=display_name or username, role=UserRole(role))
        except IntegrityError as exc:
            raise Conflict("An account with this username or email already exists", code="taken") from exc
        # Every account starts with a team of its own (dyrector's personal team).
        await create_team(user, name=f"{display_name or username}'s team", personal=True)
        return user


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


def _throttle_subject(user: User | None, login: str) -> str:
    return f"user:{user.id}" if user is not None else f"login:{login.lower()}"


async def authenticate(*, login: str, password: str) -> User:
    user = await User.filter(Q(username__iexact=login) | Q(email__iexact=login)).first()
    subject = _throttle_subject(user, login)
    since = datetime.now(UTC) - FAILURE_WINDOW
    failures = await LoginFailure.filter(subject=subject, at__gte=since).order_by("at").values_list("at", flat=True)
    if len(failures) >= MAX_FAILURES:
        retry_after = int((failures[-MAX_FAILURES] + FAILURE_WINDOW - datetime.now(UTC)).total_seconds()) + 1
        raise TooManyRequests("Too many failed logins for this account; try again later",
                              details={"retryAfter": retry_after}, headers={"Retry-After": str(max(retry_after, 1))})
    if not verify_password(user.password_hash if user else None, password) or user is None:
        # Old failures only slow nobody down any more; names that match no account would pile up otherwise.
        await LoginFailure.filter(at__lt=since).delete()
        await LoginFailure.create(subject=subject)
        raise Unauthorized(BAD_CREDENTIALS, code="bad_credentials")
    if not user.active:
        raise Unauthorized(BAD_CREDENTIALS, code="bad_credentials")
    await LoginFailure.filter(subject=subject).delete()
    return user


async def update_profile(user: User, *, display_name: str | None, email: str | None,
                         password: str | None, current_password: str | None) -> User:
    if (email is not None and email.lower() != user.email) or password is not None:
        # Changing how one logs in asks for proof that the caller is the account holder.
        if not current_password or not verify_password(user.password_hash, current_password):
            raise Forbidden("The current password is wrong or missing", code="bad_current_password",
                            details={"field": "currentPassword"})
    if password is not None:
        user.password_hash = hash_password(password)
    return await change_details(user, display_name=display_name, email=email)


async def change_details(user: User, *, display_name: str | None, email: str | None) -> User:
    """Display name and email of an account (email unique, case-insensitively); saves the account."""
    if email is not None and email.lower() != user.email:
        if await User.filter(email__iexact=email).exclude(id=user.id).exists():
            raise Conflict("An account with this email already exists", code="taken", details={"field": "email"})
        user.email = email.lower()
    if display_name is not None:
        user.display_name = display_name
    await user.save()
    return user
