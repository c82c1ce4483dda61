"""PVE authentication: tickets (cookie PVEAuthCookie) with CSRF prevention tokens, and API tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

from .errors import AuthError, PVEError
from .state import State

TICKET_LIFETIME = 7200
COOKIE = "PVEAuthCookie"


class Auth:
    def __init__(self, state: State) -> None:
        self.state = state

    @property
    def _key(self) -> bytes:
        return bytes.fromhex(self.state.data["ticket_key"])

    def _sign(self, text: str) -> str:
        return base64.b64encode(hmac.new(self._key, text.encode(), hashlib.sha256).digest()).decode().rstrip("=")

    def make_ticket(self, user: str, now: int | None = None) -> str:
        plain = f"PVE:{user}:{(now or int(time.time())):08X}"
        return f"{plain}::{self._sign(plain)}"

    def make_csrf(self, user: str, now: int | None = None) -> str:
        stamp = f"{(now or int(time.time())):08X}"
        return f"{stamp}:{self._sign(stamp + ':' + user)}"

    def verify_ticket(self, ticket: str) -> str:
        plain, sep, signature = ticket.rpartition("::")
        parts = plain.split(":")
        if not sep or len(parts) != 3 or parts[0] != "PVE" or not hmac.compare_digest(signature, self._sign(plain)):
            raise AuthError("permission denied - invalid PVE ticket")
        try:
            age = int(time.time()) - int(parts[2], 16)
        except ValueError as exc:
            raise AuthError("permission denied - invalid PVE ticket") from exc
        if age > TICKET_LIFETIME or age < -300:
            raise AuthError("permission denied - invalid PVE ticket")
        return parts[1]

    def verify_csrf(self, user: str, token: str | None) -> None:
        stamp, _, signature = (token or "").partition(":")
        if not token or not hmac.compare_digest(signature, self._sign(stamp + ":" + user)):
            raise AuthError("Permission denied - invalid csrf token")

    def verify_token(self, header_value: str) -> str:
        """`user@realm!tokenid=secret` -> the token's full id."""
        tokenid, sep, secret = header_value.partition("=")
        user, bang, name = tokenid.partition("!")
        if not sep or not bang:
            raise AuthError("invalid token value!")
        known = self.state.data["users"].get(user, {}).get("tokens", {})
        if name not in known:
            raise AuthError(f"no such token '{name}' for user '{user}'")
        if not hmac.compare_digest(known[name], secret):
            raise AuthError("invalid token value!")
        return tokenid

    def authenticate(self, *, method: str, cookie: str | None, csrf: str | None, authorization: str | None) -> str:
        """The user (or token id) of a request, as PVE's auth_handler decides it; AuthError otherwise."""
        if cookie:
            user = self.verify_ticket(cookie)
            if method != "GET":
                self.verify_csrf(user, csrf)
            return user
        if authorization and authorization.startswith("PVEAPIToken="):
            return self.verify_token(authorization[len("PVEAPIToken="):].strip())
        if authorization and authorization.startswith(f"{COOKIE}="):
            return self.authenticate(method=method, cookie=authorization[len(COOKIE) + 1:], csrf=csrf,
                                     authorization=None)
        raise AuthError("No ticket")

    def login(self, params: dict[str, str]) -> dict:
        """POST /access/ticket: a password, or a still valid ticket to renew."""
        username = params["username"]
        if "@" not in username and params.get("realm"):
            username = f"{username}@{params['realm']}"
        password = params["password"]
        user = self.state.data["users"].get(username)
        ok = user is not None and hmac.compare_digest(user["password"], password)
        if not ok and user is not None and password.startswith("PVE:"):
            try:
                ok = self.verify_ticket(password) == username
            except AuthError:
                ok = False
        if not ok:
            raise PVEError(401, "authentication failure")
        return {"username": username, "ticket": self.make_ticket(username), "CSRFPreventionToken":
                self.make_csrf(username), "clustername": self.state.data["cluster"]["name"],
                "cap": {"vms": {"VM.Allocate": 1}, "storage": {"Datastore.Allocate": 1}, "access": {},
                        "nodes": {"Sys.Audit": 1}, "dc": {"Sys.Audit": 1}}}
