"""The dashboard's session: one sealed cookie holding the signed-in account's access token and the CSRF token.

The cookie is encrypted and authenticated with the instance's secret key (a SecretBox of its own purpose), so a
browser can neither read the token in it nor forge one; HttpOnly keeps it from scripts, SameSite=Lax from other
sites' forms, and Secure is set whenever the page was reached over HTTPS. A visitor who is not signed in gets a
session too: the sign-in and first-run forms carry a CSRF token like every other form.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from service.core.secrets import SecretBox

COOKIE = "containr_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


@dataclass
class Session:
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    token: str | None = None
    flash: str | None = None
    changed: bool = True

    def sign_in(self, token: str) -> None:
        # A new CSRF token with every sign-in: one seen before it is worth nothing after.
        self.token, self.csrf, self.changed = token, secrets.token_urlsafe(32), True

    def sign_out(self) -> None:
        self.token, self.csrf, self.changed = None, secrets.token_urlsafe(32), True

    def say(self, message: str) -> None:
        """A message for the next page shown (after a redirect)."""
        self.flash, self.changed = message, True

    def take_flash(self) -> str | None:
        message, self.flash = self.flash, None
        if message is not None:
            self.changed = True
        return message

    def csrf_matches(self, offered: str | None) -> bool:
        return offered is not None and hmac.compare_digest(offered.encode(), self.csrf.encode())


class Sessions:
    def __init__(self, secret_key: str, *, previous_keys: tuple[str, ...] = (), max_age: int) -> None:
        self._box = SecretBox(secret_key, purpose="web-sessions", previous_keys=previous_keys)
        self.max_age = max_age

    def load(self, request: Request) -> Session:
        sealed = request.cookies.get(COOKIE)
        if sealed:
            try:
                data: Any = self._box.open(sealed)
            except Exception:  # noqa: BLE001 - a cookie from another key or tampered with is no session
                data = None
            if isinstance(data, dict) and isinstance(data.get("c"), str):
                return Session(csrf=data["c"], token=data.get("t"), flash=data.get("f"), changed=False)
        return Session()

    def save(self, session: Session, request: Request, response: Response) -> None:
        if not session.changed:
            return
        sealed = self._box.seal({"c": session.csrf, "t": session.token, "f": session.flash})
        response.set_cookie(COOKIE, sealed, max_age=self.max_age, path="/", httponly=True, samesite="lax",
                            secure=request.url.scheme == "https")
