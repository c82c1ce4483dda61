"""An app's access restriction: the edge asks Containr (nginx auth_request) whether a request carries a sign-in of
one of the app's listed users or groups' members. The sign-in is a short-lived cookie on the app's own name,
set by Containr's sign-in page, which the edge serves under /.containr/ on that name: an HMAC of the app, the
user and the expiry with a key derived from the instance key, checked against the app's list on every request
(a user removed from it, or deactivated, is out at once)."""

from __future__ import annotations

import hashlib
import hmac
import time
from dataclasses import dataclass
from uuid import UUID

from service.auth.models import Group, User
from service.config import Settings
from service.domains.apps.models import App

COOKIE = "containr_app_session"
LIFETIME = 12 * 3600  # seconds a sign-in lasts
PURPOSE = b"containr app access v1"


def _key(settings: Settings) -> bytes:
    return hmac.new(settings.resolved_secret_key().encode(), PURPOSE, hashlib.sha256).digest()


def _signature(settings: Settings, payload: str) -> str:
    return hmac.new(_key(settings), payload.encode(), hashlib.sha256).hexdigest()


def issue(settings: Settings, app: App, user: User, *, now: float | None = None) -> str:
    expires = int((now or time.time()) + LIFETIME)
    payload = f"{app.id}.{user.id}.{expires}"
    return f"{payload}.{_signature(settings, payload)}"


@dataclass(frozen=True)
class Session:
    user_id: UUID
    expires: int


def read(settings: Settings, app: App, token: str | None, *, now: float | None = None) -> Session | None:
    """The session a cookie holds for this app, when it is ours, for this app and not expired."""
    if not token or token.count(".") != 3:
        return None
    app_id, user_id, expires, signature = token.split(".")
    if not hmac.compare_digest(signature, _signature(settings, f"{app_id}.{user_id}.{expires}")):
        return None
    try:
        session = Session(UUID(user_id), int(expires))
    except ValueError:
        return None
    if app_id != str(app.id) or session.expires < (now or time.time()):
        return None
    return session


async def allowed(app: App, user: User) -> bool:
    """Whether the user is one the app lets in: listed, or a member of a listed group; active either way."""
    restriction = app.access_restriction
    if restriction is None:
        return True
    if not user.active:
        return False
    if str(user.id) in (restriction.get("users") or []):
        return True
    groups = restriction.get("groups") or []
    return bool(groups) and await Group.filter(id__in=groups, members__id=user.id).exists()


async def check(settings: Settings, app: App, token: str | None) -> bool:
    session = read(settings, app, token)
    if session is None:
        return False
    user = await User.get_or_none(id=session.user_id)
    return user is not None and await allowed(app, user)


def safe_target(target: str | None) -> str:
    """Where to go after signing in: a path on the app's own name only (never another site)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
