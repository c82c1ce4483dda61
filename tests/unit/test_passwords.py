"""Password hashing: argon2id on RFC 9106's low-memory parameters, checked off the event loop. (The rest of the
suite hashes on the cheapest parameters, tests/conftest.py; here the service's own are put back.)"""

from __future__ import annotations

import asyncio

import pytest
from argon2 import PasswordHasher, Type, extract_parameters, profiles

from service.auth import passwords


@pytest.fixture
def real_hasher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher.from_parameters(passwords.PARAMETERS))


async def test_a_hash_is_argon2id_on_the_rfc_low_memory_parameters(real_hasher: None) -> None:
    hashed = await passwords.hash_password("correct horse")
    assert hashed.startswith("$argon2id$")
    assert extract_parameters(hashed) == profiles.RFC_9106_LOW_MEMORY
    assert extract_parameters(hashed).type is Type.ID


async def test_only_the_right_password_passes(real_hasher: None) -> None:
    hashed = await passwords.hash_password("correct horse")
    assert await passwords.verify_password(hashed, "correct horse")
    assert not await passwords.verify_password(hashed, "correct horse ")
    # No account (the check runs against a dummy hash all the same) and a damaged hash pass nobody.
    assert not await passwords.verify_password(None, "containr-timing-equaliser")
    assert not await passwords.verify_password("$argon2id$not-a-hash", "correct horse")


async def test_a_hash_made_on_other_parameters_still_passes(real_hasher: None) -> None:
    older = PasswordHasher.from_parameters(profiles.CHEAPEST).hash("correct horse")
    assert await passwords.verify_password(older, "correct horse")
    assert not await passwords.verify_password(older, "wrong")


async def test_the_event_loop_runs_while_a_password_is_hashed(real_hasher: None) -> None:
    turns = 0
    hashing = asyncio.create_task(passwords.hash_password("correct horse"))
    while not hashing.done():
        turns += 1
        await asyncio.sleep(0)
    await hashing
    # Hashed in the loop's own thread, the task would be done at its first turn, before any of ours.
    assert turns > 1
