"""certs_issue.yml through the real engine against Pebble, resolving through BIND: an http-01 certificate for two
names and a wildcard by dns-01 (role dns_records writing the TXT records into BIND with the TSIG key) that chain
to Pebble's root and carry the keys given in the environment, issued again with new serials; a certificate whose
validation fails leaving the other issued, an edge that SSH cannot reach failing its certificate, and a stopped
CA failing the run naming each certificate; no key, and no TSIG secret, in the log, the result or any command
line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from tests.acme_playbooks.conftest import ZONE, AcmeWorld
from tests.databases.conftest import argv_watch

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


def _certificates(pem: str) -> list[x509.Certificate]:
    return x509.load_pem_x509_certificates(pem.encode())


def _public(key_pem: str) -> bytes:
    key = serialization.load_pem_private_key(key_pem.encode(), password=None)
    return key.public_key().public_bytes(serialization.Encoding.DER,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_issued(acme: AcmeWorld, entry: dict[str, Any], fqdns: list[str]) -> x509.Certificate:
    """The entry's certificate covers exactly `fqdns`, is of the key the run was given, chains through the
    intermediate to the root of Pebble's management API, and the entry describes it truly."""
    (leaf,) = _certificates(entry["cert"])
    chain = _certificates(entry["chain"])
    (intermediate,) = _certificates(acme.pebble.intermediates_pem())
    (root,) = _certificates(acme.pebble.roots_pem())
    assert [cert.fingerprint(cert.signature_hash_algorithm) for cert in chain] == \
        [intermediate.fingerprint(intermediate.signature_hash_algorithm)]
    leaf.verify_directly_issued_by(intermediate)
    intermediate.verify_directly_issued_by(root)
    assert _certificates(entry["fullchain"]) == [leaf, *chain]
    names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert sorted(names.get_values_for_type(x509.DNSName)) == sorted(fqdns)
    assert leaf.public_key().public_bytes(serialization.Encoding.DER,
                                          serialization.PublicFormat.SubjectPublicKeyInfo) == \
        _public(acme.keys[entry["name"]])
    assert entry["fqdns"] == fqdns
    assert entry["serial"] == format(leaf.serial_number, "x")
    assert entry["notBefore"] == _iso(leaf.not_valid_before_utc)
    assert entry["notAfter"] == _iso(leaf.not_valid_after_utc)
    issuer_cn = intermediate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
    assert entry["issuer"] == issuer_cn
    return leaf


def _no_secrets(acme: AcmeWorld, seen: list[str]) -> None:
    texts = [*acme.logs, json.dumps(acme.results)]
    leaked = [secret for secret in acme.secrets() if any(secret in text for text in texts)]
    assert not leaked, "a key or the TSIG secret shows in a log or a result"
    assert not seen, f"a secret on a command line: {seen}"


async def test_http01_and_wildcard_dns01_certificates_chain_to_pebble_and_are_issued_anew(acme: AcmeWorld) -> None:
    acme.point("shop", "www")
    shop, wild = [acme.name("shop"), acme.name("www")], [f"*.{ZONE}", ZONE]
    certificates = [acme.http01("shop", "shop", "www"), acme.dns01("wild", wild)]
    watched: list[str] = []
    with argv_watch(watched=watched) as seen:
        watched += [acme.bind.key_secret, *acme.secrets()]
        first = await acme.issue(certificates)
        watched += acme.secrets()
        assert first.task["success"], first.log[-6000:]
        assert first.result["failed"] == []
        issued = {entry["name"]: entry for entry in first.result["certificates"]}
        assert sorted(issued) == ["shop", "wild"]
        serials = {"shop": _check_issued(acme, issued["shop"], shop).serial_number,
                   "wild": _check_issued(acme, issued["wild"], wild).serial_number}
        # Pebble fetched each name's key authorization from the webroot (the validation was real) and the files
        # are gone again; the TXT records too.
        challenges = [path for path in acme.webroot.asked if path.startswith("/.well-known/acme-challenge/")]
        assert len(set(challenges)) == 2, acme.webroot.asked
        assert acme.webroot.files() == []
        assert acme.bind.records(f"_acme-challenge.{ZONE}", "TXT") == []

        second = await acme.issue(certificates)
        watched += acme.secrets()
        assert second.task["success"], second.log[-6000:]
        again = {entry["name"]: entry for entry in second.result["certificates"]}
        for name, fqdns in (("shop", shop), ("wild", wild)):
            assert _check_issued(acme, again[name], fqdns).serial_number != serials[name]
    _no_secrets(acme, seen)


async def test_a_refused_certificate_leaves_the_others_and_a_stopped_ca_fails_each(acme: AcmeWorld,
                                                                                     tmp_path: Path) -> None:
    acme.point("shop")  # gone.<zone> has no address: Pebble refuses its validation
    gone = acme.name("gone")
    watched: list[str] = []
    with argv_watch(watched=watched) as seen:
        watched += acme.secrets()
        run = await acme.issue([acme.http01("gone", "gone"), acme.http01("shop", "shop")])
        watched += acme.secrets()
        assert run.task["state"] == "failed", run.log[-6000:]
        assert [entry["name"] for entry in run.result["certificates"]] == ["shop"]
        _check_issued(acme, run.result["certificates"][0], [acme.name("shop")])
        (failed,) = run.result["failed"]
        assert (failed["name"], failed["fqdns"]) == ("gone", [gone])
        # The ACME server's own problem document, and the step it ended.
        assert "urn:ietf:params:acme:error:" in failed["error"], failed["error"]
        assert "Validate and fetch the certificate (step 2)" in failed["error"]
        message = run.task["error"]["message"]
        assert f"gone ({gone}): {failed['error']}" in message, message
        assert "shop" not in message.replace(f"{ZONE}", "")
        assert acme.webroot.files() == []

        # Over SSH to an edge guest that does not answer (nothing listens on port 22 of the webroot's address):
        # that certificate fails, named, and the run still reports.
        key = tmp_path / "edge-key"
        key.write_bytes(ed25519.Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()))
        key.chmod(0o600)
        unreachable = await acme.issue([{**acme.http01("shop", "shop"), "edge_host": acme.webroot.address}],
                                       acme_cert_webroot_local="", containr_ssh_private_key_file=str(key))
        watched += acme.secrets()
        assert unreachable.task["state"] == "failed"
        (failed,) = unreachable.result["failed"]
        assert failed["name"] == "shop"
        assert f"The edge {acme.webroot.address} cannot be reached over SSH" in failed["error"], failed["error"]
        assert unreachable.result["certificates"] == []

        acme.pebble.stop()
        refused = await acme.issue([acme.http01("shop", "shop"), acme.http01("www", "www")])
        watched += acme.secrets()
        assert refused.task["state"] == "failed"
        assert refused.result["certificates"] == []
        assert [entry["name"] for entry in refused.result["failed"]] == ["shop", "www"]
        message = refused.task["error"]["message"]
        for name in ("shop", "www"):
            assert f"{name} ({acme.name(name)}): Reach the ACME directory {acme.pebble.directory_url}" in message
        assert "Connection refused" in message, message
    _no_secrets(acme, seen)
