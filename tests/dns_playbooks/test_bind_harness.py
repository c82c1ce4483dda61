"""The BIND harness itself: a record set by hand is read back over DNS, and an update signed with a wrong key is
refused."""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

import pytest

from tests.harness.bind import UpdateRefused, local_bind


def test_records_set_by_hand_are_served_and_a_wrong_key_is_refused(tmp_path: Path) -> None:
    with local_bind(tmp_path / "bind", zones=["example.test", "other.test"]) as bind:
        assert bind.key_algorithm == "hmac-sha256"
        assert len(base64.b64decode(bind.key_secret)) == 32
        assert bind.records("example.test", "NS") == ["ns1.example.test."]
        assert bind.records("shop.example.test", "A") == []

        bind.set("shop.example.test", "A", ["10.0.0.5", "10.0.0.6"], ttl=120)
        assert bind.records("shop.example.test", "A") == ["10.0.0.5", "10.0.0.6"]
        assert bind.ttl("shop.example.test", "A") == 120
        bind.set("_acme-challenge.www.other.test", "TXT", ["token-value"])
        assert bind.records("_acme-challenge.www.other.test", "TXT") == ['"token-value"']

        wrong = base64.b64encode(secrets.token_bytes(32)).decode()
        with pytest.raises(UpdateRefused):
            bind.set("shop.example.test", "A", ["10.9.9.9"], secret=wrong)
        assert bind.records("shop.example.test", "A") == ["10.0.0.5", "10.0.0.6"]

        bind.delete("shop.example.test", "A")
        assert bind.records("shop.example.test", "A") == []
        directory = bind.directory
    assert not bind.running
    assert not directory.exists()
