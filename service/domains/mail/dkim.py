"""A mail domain's DKIM key: 2048-bit RSA, made here and sealed; its selector and the TXT record of its public key."""

from __future__ import annotations

import base64
import secrets

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_BITS = 2048


def new_key() -> tuple[str, str]:
    """A fresh private key (PEM, PKCS#8) and its public key as the record's `p=` (base64 of the DER SPKI)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, base64.b64encode(public).decode()


def new_selector() -> str:
    """A selector of its own per key (`containr-<hex>`): a new key never shadows the record of the one before."""
    return f"containr-{secrets.token_hex(4)}"


def record_name(selector: str, domain: str) -> str:
    return f"{selector}._domainkey.{domain}"


def record_value(public_key: str) -> str:
    return f"v=DKIM1; k=rsa; p={public_key}"
