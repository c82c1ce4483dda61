"""Encryption of secrets at rest with keys derived from the instance's secret key (and earlier keys)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


def _fernet(secret_key: str, purpose: str) -> Fernet:
    digest = hashlib.sha256(f"containr:{purpose}:{secret_key}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


class SecretBox:
    """Seals small JSON values; one purpose string per use so keys never overlap between uses.

    Values are sealed under the current key and opened under it or any previous key, so that a new key can
    be put in place first and every value re-sealed afterwards (`containr rotate-secrets`)."""

    def __init__(self, secret_key: str, *, purpose: str = "secrets", previous_keys: Sequence[str] = ()) -> None:
        keys = [secret_key, *(key for key in previous_keys if key and key != secret_key)]
        self._fernet = MultiFernet([_fernet(key, purpose) for key in keys])

    def seal(self, value: object) -> str:
        return self._fernet.encrypt(json.dumps(value).encode()).decode()

    def open(self, token: str) -> object:
        try:
            return json.loads(self._fernet.decrypt(token.encode()))
        except InvalidToken as exc:
            raise ValueError("sealed value cannot be opened with this key") from exc

    def reseal(self, token: str) -> str:
        """The same value sealed under the current key (opened with whichever key sealed it)."""
        try:
            return self._fernet.rotate(token.encode()).decode()
        except InvalidToken as exc:
            raise ValueError("sealed value cannot be opened with this key") from exc
