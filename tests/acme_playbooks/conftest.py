"""Fixtures: BIND authoritative for a test zone, Pebble resolving through it, and the edge's ACME webroot served by
a plain HTTP server on port 80 of a loopback address of this test's own that the zone points the names at (the
controller stands in for the edge: acme_cert_webroot_local). No guests: http-01 over SSH into an edge guest is
the same role's other branch, run by the LXC test of the edge.

The service's own database plays no part in these runs, so they use SQLite only (no `db_backend` parameter)."""

from __future__ import annotations

import functools
import itertools
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.conftest import Server
from tests.harness.bind import Bind
from tests.harness.pebble import Pebble
from tests.nodes.conftest import Run, Runner

ZONE = "acme-test.example"
_addresses = itertools.count(1)


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


def new_key() -> str:
    """A P-256 key in PEM (PKCS#8), as the service makes the account's and each certificate's."""
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def _own_address() -> str:
    """A loopback address no other test (nor another pytest-xdist worker) serves port 80 on."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    return f"127.42.{int(worker) % 250 + 1}.{next(_addresses) % 250 + 1}"


class _Handler(SimpleHTTPRequestHandler):
    asked: list[str]

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        self.asked.append(self.path)


@dataclass
class Webroot:
    """The edge's /var/www/containr-acme stand-in: a folder served on `address`:80, remembering what was asked."""

    directory: Path
    address: str
    asked: list[str] = field(default_factory=list)

    def files(self) -> list[Path]:
        return [path for path in self.directory.rglob("*") if path.is_file()]


@pytest.fixture
def webroot(tmp_path: Path) -> Iterator[Webroot]:
    root = Webroot(directory=tmp_path / "webroot", address=_own_address())
    root.directory.mkdir()
    handler = type("Handler", (_Handler,), {"asked": root.asked})
    server = ThreadingHTTPServer((root.address, 80), functools.partial(handler, directory=str(root.directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield root
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


@dataclass
class AcmeWorld:
    """The ACME CA, the zone and the webroot; runs certs_issue with the keys in the run's environment only."""

    runner: Runner
    pebble: Pebble
    bind: Bind
    webroot: Webroot
    account_key: str = field(default_factory=new_key)
    keys: dict[str, str] = field(default_factory=dict)
    logs: list[str] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)

    def name(self, label: str) -> str:
        return f"{label}.{ZONE}"

    def point(self, *labels: str) -> None:
        """A records for the names, at the webroot's address."""
        for label in labels:
            self.bind.set(self.name(label), "A", [self.webroot.address])

    def http01(self, name: str, *labels: str) -> dict[str, Any]:
        return {"name": name, "fqdns": [self.name(label) for label in labels], "challenge": "http-01"}

    def dns01(self, name: str, fqdns: list[str]) -> dict[str, Any]:
        return {"name": name, "fqdns": fqdns, "challenge": "dns-01",
                "dns_zone": {"zone": ZONE, "provider": "rfc2136",
                             "config": {"server": self.bind.address, "port": self.bind.port,
                                        "keyName": self.bind.key_name, "keyAlgorithm": self.bind.key_algorithm}}}

    def env(self, certificates: list[dict[str, Any]]) -> dict[str, str]:
        for entry in certificates:  # a fresh key for each issue, as the service makes them
            self.keys[entry["name"]] = new_key()
        return {"CONTAINR_ACME_ACCOUNT_KEY": self.account_key,
                "CONTAINR_ACME_KEYS": json.dumps({entry["name"]: self.keys[entry["name"]] for entry in certificates}),
                "CONTAINR_ACME_CA_BUNDLE": self.pebble.ca_bundle(),
                "CONTAINR_DNS_CREDENTIALS": json.dumps({ZONE: {"keySecret": self.bind.key_secret}})}

    async def issue(self, certificates: list[dict[str, Any]], **extra_vars: Any) -> Run:
        """A run of certs_issue for `certificates`; the http-01 files go into the local webroot unless
        `extra_vars` say otherwise."""
        extra_vars = {"acme_cert_webroot_local": str(self.webroot.directory), **extra_vars}
        run = await self.runner("certs_issue", env=self.env(certificates),
                                acme_cert_directory_url=self.pebble.directory_url,
                                acme_cert_email="hostmaster@example.org", acme_cert_certificates=certificates,
                                **extra_vars)
        self.logs.append(run.log)
        self.results.append(run.task.get("result") or {})
        return run

    def secrets(self) -> list[str]:
        """Every secret the runs had, as the text that would show: each base64 line of the PEM keys, the TSIG
        secret."""
        found = [self.bind.key_secret]
        for pem in [self.account_key, *self.keys.values()]:
            found += [line for line in pem.splitlines() if line and not line.startswith("-----")]
        return found


@pytest.fixture
def acme(server: Server, client: httpx.AsyncClient, pebble: Pebble, bind: Bind, webroot: Webroot) -> AcmeWorld:
    return AcmeWorld(runner=Runner(server, client, {}), pebble=pebble, bind=bind, webroot=webroot)
