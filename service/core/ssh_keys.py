"""The service's own SSH key pair (ed25519), with which playbooks reach every guest it made."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from service.config import Settings

KEY_NAME = "id_ed25519"


def private_key_path(settings: Settings) -> Path:
    return settings.ssh_dir / KEY_NAME


def ensure_key(settings: Settings) -> Path:
    """The private key file, made (mode 0600) on first use; two processes making it at once agree on one."""
    path = private_key_path(settings)
    if path.exists():
        return path
    settings.ssh_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption())
    # Written whole under a private name, then linked into place: a reader never sees half a key, and of
    # two writers the second link fails and its key is dropped.
    draft = path.with_name(f".{KEY_NAME}.{secrets.token_hex(6)}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    public = path.with_suffix(".pub")
    if not public.exists():
        public.write_text(public_key(settings) + "\n")
    return path


def public_key(settings: Settings) -> str:
    """The OpenSSH public key line guests get in root's authorized_keys."""
    path = ensure_key(settings) if not private_key_path(settings).exists() else private_key_path(settings)
    key = serialization.load_ssh_private_key(path.read_bytes(), password=None)
    line = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    return f"{line.decode()} containr"
