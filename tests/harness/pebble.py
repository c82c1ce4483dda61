"""Pebble (Debian's `pebble`), the ACME test CA, as a context manager: ACME and its management API on loopback, real
http-01 and dns-01 validation through a given DNS server (BIND from tests/harness/bind.py)."""

from __future__ import annotations

import datetime
import ipaddress
import json
import os
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.harness import processes

PEBBLE = Path("/usr/bin/pebble")
START_TIMEOUT = 30.0


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def make_listener_certificate(directory: Path) -> tuple[Path, Path, str]:
    """Pebble's own HTTPS listener certificate (for 127.0.0.1 and localhost) and the CA that signed it: Debian's
    package ships neither (upstream's test/certs are left out), so the harness makes both. Answers the
    certificate and key paths and the CA's PEM."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (x509.CertificateBuilder().subject_name(_name("Containr test Pebble listener CA"))
               .issuer_name(_name("Containr test Pebble listener CA")).public_key(ca_key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
               .not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                            content_commitment=False, key_encipherment=False,
                                            data_encipherment=False, key_agreement=False, encipher_only=False,
                                            decipher_only=False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
               .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    cert_path, key_path = directory / "listener.pem", directory / "listener.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(_pem(key))
    key_path.chmod(0o600)
    return cert_path, key_path, ca_cert.public_bytes(serialization.Encoding.PEM).decode()


@dataclass
class Pebble:
    """One Pebble process. Its root and intermediate are made anew at every start (Pebble's own behaviour); the
    ports and the listener certificate stay the same across stop()/start(), so `directory_url` does too.

    Every order is validated for real (PEBBLE_AUTHZREUSE=0: no valid authorization is reused, and
    PEBBLE_VA_ALWAYS_VALID is never set): http-01 asks port `http_port` of the address the name resolves to,
    dns-01 asks for the TXT record, both through `dns_server` ("address:port")."""

    directory: Path
    dns_server: str
    http_port: int = 80
    tls_port: int = 0
    acme_port: int = 0
    management_port: int = 0
    eab_keys: dict[str, str] = field(default_factory=dict)
    _ca_pem: str = ""
    _config: Path | None = None
    _process: subprocess.Popen[bytes] | None = None

    @property
    def directory_url(self) -> str:
        return f"https://127.0.0.1:{self.acme_port}/dir"

    @property
    def management_url(self) -> str:
        return f"https://127.0.0.1:{self.management_port}"

    @property
    def log_path(self) -> Path:
        return self.directory / "pebble.log"

    def ca_bundle(self) -> str:
        """The PEM of the CA that Pebble's own HTTPS (ACME and management) is trusted with."""
        return self._ca_pem

    def _ca_file(self) -> Path:
        return self.directory / "listener-ca.pem"

    def _trust(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self._ca_file()))

    def _get(self, path: str) -> str:
        response = httpx.get(self.management_url + path, verify=self._trust(), timeout=10)
        response.raise_for_status()
        return response.text

    def roots_pem(self) -> str:
        """The root that signs this launch's certificates, from the management API."""
        return self._get("/roots/0")

    def intermediates_pem(self) -> str:
        """The intermediate that signs this launch's leaf certificates, from the management API."""
        return self._get("/intermediates/0")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def _write_config(self, cert: Path, key: Path) -> Path:
        config = {"pebble": {
            "listenAddress": f"127.0.0.1:{self.acme_port}",
            "managementListenAddress": f"127.0.0.1:{self.management_port}",
            "certificate": str(cert), "privateKey": str(key),
            "httpPort": self.http_port, "tlsPort": self.tls_port, "ocspResponderURL": "",
            "externalAccountBindingRequired": bool(self.eab_keys),
            "externalAccountMACKeys": self.eab_keys,
        }}
        path = self.directory / "pebble-config.json"
        path.write_text(json.dumps(config, indent=2))
        return path

    def start(self) -> None:
        if self._process is not None:
            return
        if not PEBBLE.exists():
            raise RuntimeError("pebble is missing: apt-get install pebble (scripts/bootstrap's TEST_DEPS)")
        self.directory.mkdir(parents=True, exist_ok=True)
        if not self._ca_pem:
            cert, key, self._ca_pem = make_listener_certificate(self.directory)
            self._ca_file().write_text(self._ca_pem)
            self.acme_port = self.acme_port or processes.free_port()
            self.management_port = self.management_port or processes.free_port()
            self.tls_port = self.tls_port or processes.free_port()
            self._config = self._write_config(cert, key)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PEBBLE_VA_NOSLEEP": "1",
               "PEBBLE_WFE_NONCEREJECT": "0", "PEBBLE_AUTHZREUSE": "0"}
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen(
                [str(PEBBLE), "-config", str(self._config), "-dnsserver", self.dns_server],
                cwd=self.directory, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        trust = self._trust()
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                self._process = None
                raise RuntimeError(f"pebble exited at start:\n{self.log()[-3000:]}")
            try:
                httpx.get(self.directory_url, verify=trust, timeout=2).raise_for_status()
                httpx.get(self.management_url + "/roots/0", verify=trust, timeout=2).raise_for_status()
                return
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    message = f"pebble did not answer in {START_TIMEOUT:.0f} s:\n{self.log()[-3000:]}"
                    raise RuntimeError(message) from None
                time.sleep(0.1)

    def stop(self) -> None:
        process, self._process = self._process, None
        processes.end(process)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None


@contextmanager
def start_pebble(directory: Path, *, dns_server: str, http_port: int = 80,
                 eab_keys: dict[str, str] | None = None) -> Iterator[Pebble]:
    """A running Pebble resolving through `dns_server` ("address:port"); stopped and its directory removed at the
    end."""
    pebble = Pebble(directory=directory, dns_server=dns_server, http_port=http_port, eab_keys=eab_keys or {})
    pebble.start()
    try:
        yield pebble
    finally:
        pebble.stop()
        shutil.rmtree(directory, ignore_errors=True)
