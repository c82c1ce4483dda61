"""Signed access tokens (JWT, HS256)."""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt

ALGORITHM = "HS256"
AUDIENCE = "containr"


@dataclass(frozen=True)
class TokenIssuer:
    secret_key: str
    expiry_seconds: int

    def issue(self, user_id: str) -> str:
        now = int(time.time())
        claims = {"sub": user_id, "iat": now, "exp": now + self.expiry_seconds, "aud": AUDIENCE}
        return jwt.encode(claims, self.secret_key, algorithm=ALGORITHM)

    def subject(self, token: str) -> str | None:
        """The user id a valid token was issued for, or None for anything else."""
        try:
            claims = jwt.decode(token, self.secret_key, algorithms=[ALGORITHM], audience=AUDIENCE,
                                options={"require": ["sub", "exp"]})
        except jwt.PyJWTError:
            return None
        subject = claims.get("sub")
        return subject if isinstance(subject, str) else None
