"""SecretBox: values sealed under an earlier key still open, and re-sealing moves them to the current key."""

from __future__ import annotations

import pytest

from service.core.secrets import SecretBox


def test_a_previous_key_opens_and_reseal_moves_to_the_current_key():
    old = SecretBox("old" * 16, purpose="p")
    sealed = old.seal({"token": "s3cret"})
    rotated = SecretBox("new" * 16, purpose="p", previous_keys=["old" * 16])
    assert rotated.open(sealed) == {"token": "s3cret"}
    fresh = rotated.reseal(sealed)
    assert SecretBox("new" * 16, purpose="p").open(fresh) == {"token": "s3cret"}
    with pytest.raises(ValueError, match="cannot be opened"):
        old.open(fresh)


def test_purposes_and_unknown_keys_do_not_open():
    sealed = SecretBox("k" * 48, purpose="a").seal("x")
    with pytest.raises(ValueError):
        SecretBox("k" * 48, purpose="b").open(sealed)
    with pytest.raises(ValueError):
        SecretBox("z" * 48, purpose="a", previous_keys=["y" * 48]).reseal(sealed)
