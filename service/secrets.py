"""Encryption of secrets at rest with a key derived from the instance's secret key."""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.fernet import Fernet, InvalidToken


class SecretBox:
    """Seals small JSON values; one purpose string per use so keys never overlap between uses."""

    def __init__(self, secret_key: str, *, purpose: str = "secrets") -> None:
        digest = hashlib.sha256(f"containr:{purpose}:{secret_key}".encode()).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(digest))

    def seal(self, value: object) -> str:
        return self._fernet.encrypt(json.dumps(value).encode()).decode()

    def open(self, token: str) -> object:
        try:
            return json.loads(self._fernet.decrypt(token.encode()))
        except InvalidToken as exc:
            raise ValueError("sealed value cannot be opened with this key") from exc
