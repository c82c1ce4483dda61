"""Mailbox passwords as Dovecot checks them: an Argon2id hash in Dovecot's `{ARGON2ID}` scheme (the PHC string
argon2-cffi makes is the one libsodium, and so Dovecot, verifies). The password itself is never kept."""

from __future__ import annotations

from argon2 import PasswordHasher, Type

# Dovecot verifies at every login: a moderate memory cost keeps a burst of logins from exhausting a small guest.
_HASHER = PasswordHasher(time_cost=3, memory_cost=32 * 1024, parallelism=1, type=Type.ID)
SCHEME = "{ARGON2ID}"


def dovecot_hash(password: str) -> str:
    return SCHEME + _HASHER.hash(password)
