"""A real Docker Registry HTTP API v2 server (Debian's `docker-registry`, i.e. distribution 2.8) as a context
manager: TLS from a CA made for the test, and either htpasswd (Basic) auth or token auth, where a small token
endpoint in the harness checks Basic credentials and issues JWTs the registry verifies (Docker's token spec)."""

from __future__ import annotations

import base64
import json
import secrets
import shutil
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import httpx
from cryptography.hazmat.primitives import serialization

from tests.harness import processes
from tests.harness.oci_image import SKOPEO, OciImage
from tests.harness.registry_auth import ISSUER, SERVICE, RegistryCa, TokenServer, bcrypt_hash, pem_key

REGISTRY = Path("/usr/bin/docker-registry")
START_TIMEOUT = 30.0
Auth = Literal["htpasswd", "token"]


@dataclass
class Registry:
    """One registry process with its storage, TLS files and credentials under `directory`. `password` is
    generated; hand it to clients through `authfile()`, never on a command line."""

    directory: Path
    address: str = "127.0.0.1"
    port: int = 0
    auth: Auth = "htpasswd"
    username: str = "containr"
    password: str = field(default_factory=lambda: secrets.token_urlsafe(18))
    ca: RegistryCa = field(default_factory=RegistryCa)
    _process: subprocess.Popen[bytes] | None = None
    _tokens: TokenServer | None = None

    @property
    def host(self) -> str:
        """"<address>:<port>", the registry part of an image reference."""
        return f"{self.address}:{self.port}"

    @property
    def url(self) -> str:
        return f"https://{self.host}"

    @property
    def ca_bundle(self) -> str:
        """The PEM of the CA that the registry's TLS certificate (and the token endpoint's) chain to."""
        return self.ca.pem

    @property
    def ca_file(self) -> Path:
        return self.directory / "ca.pem"

    @property
    def cert_dir(self) -> Path:
        """A folder holding only the CA as `ca.crt`: what skopeo's --cert-dir options take."""
        return self.directory / "certs.d"

    @property
    def token_url(self) -> str | None:
        """The token endpoint (the Bearer challenge's realm) in token mode."""
        return self._tokens.url if self._tokens is not None else None

    @property
    def token_requests(self) -> list[dict[str, object]]:
        """What the token endpoint was asked for ({account, scopes, granted}), in token mode."""
        return self._tokens.requests if self._tokens is not None else []

    @property
    def log_path(self) -> Path:
        return self.directory / "registry.log"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def trust(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def authfile(self, directory: Path) -> Path:
        """A containers-auth.json for this registry's user in `directory`, readable by its owner only."""
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = directory / "auth.json"
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        path.touch(mode=0o600)
        path.chmod(0o600)
        path.write_text(json.dumps({"auths": {self.host: {"auth": token}}}))
        return path

    def push(self, image: OciImage, name: str, tag: str | None = None) -> str:
        """Copy `image` to the registry as `name`:`tag` (the image's tag by default) with skopeo; answers the
        pushed reference ("<host>/<name>:<tag>")."""
        reference = f"{self.host}/{name}:{tag or image.tag}"
        with tempfile.TemporaryDirectory(prefix="registry-auth-") as scratch:
            authfile = self.authfile(Path(scratch))
            result = subprocess.run([str(SKOPEO), "copy", "--quiet", "--dest-authfile", str(authfile),
                                     "--dest-cert-dir", str(self.cert_dir), image.reference, f"docker://{reference}"],
                                    capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"skopeo copy to {reference} failed: {result.stderr.strip()}")
        return reference

    def _config(self, certificate: Path, key: Path) -> dict[str, object]:
        if self.auth == "token":
            assert self._tokens is not None
            auth: dict[str, object] = {"token": {"realm": self._tokens.url, "service": SERVICE, "issuer": ISSUER,
                                                 "rootcertbundle": str(self.ca_file)}}
        else:
            htpasswd = self.directory / "htpasswd"
            htpasswd.write_text(f"{self.username}:{bcrypt_hash(self.password)}\n")
            auth = {"htpasswd": {"realm": "containr-test-registry", "path": str(htpasswd)}}
        return {
            "version": 0.1,
            "log": {"level": "info", "formatter": "text", "accesslog": {"disabled": True}},
            "storage": {"filesystem": {"rootdirectory": str(self.directory / "storage")},
                        "delete": {"enabled": True}, "cache": {"blobdescriptor": "inmemory"},
                        "maintenance": {"uploadpurging": {"enabled": False}}},
            "http": {"addr": self.host, "secret": secrets.token_hex(16),
                     "tls": {"certificate": str(certificate), "key": str(key)},
                     "headers": {"X-Content-Type-Options": ["nosniff"]}},
            "auth": auth,
        }

    def start(self) -> None:
        if self._process is not None:
            return
        if not REGISTRY.exists():
            raise RuntimeError("docker-registry is missing: apt-get install docker-registry (scripts/bootstrap)")
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = self.port or processes.free_port(self.address)
        self.ca_file.write_text(self.ca_bundle)
        self.cert_dir.mkdir(exist_ok=True)
        (self.cert_dir / "ca.crt").write_text(self.ca_bundle)
        names = tuple(sorted({self.address, "127.0.0.1", "localhost"}))
        certificate, key = self.ca.issue(self.address, addresses=names)
        cert_path, key_path = self.directory / "tls.pem", self.directory / "tls.key"
        cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(pem_key(key))
        key_path.chmod(0o600)
        if self.auth == "token" and self._tokens is None:
            self._tokens = TokenServer.start(address=self.address, username=self.username, password=self.password,
                                             ca=self.ca, certificate=cert_path, key=key_path)
        config = self.directory / "config.yml"  # JSON is YAML
        config.write_text(json.dumps(self._config(cert_path, key_path), indent=2))
        with self.log_path.open("ab") as log:
            self._process = subprocess.Popen([str(REGISTRY), "serve", str(config)], cwd=self.directory,
                                             stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                             start_new_session=True)
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self) -> None:
        trust = self.trust()
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                self._process = None
                raise RuntimeError(f"docker-registry exited at start:\n{self.log()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/v2/", verify=trust, timeout=2).status_code == 401:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"docker-registry did not answer in {START_TIMEOUT:.0f} s:\n{self.log()[-3000:]}")
            time.sleep(0.1)

    def stop(self) -> None:
        process, self._process = self._process, None
        processes.end(process)
        tokens, self._tokens = self._tokens, None
        if tokens is not None:
            tokens.stop()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None


@contextmanager
def start_registry(directory: Path, *, address: str = "127.0.0.1", port: int = 0,
                   auth: Auth = "htpasswd") -> Iterator[Registry]:
    """A running registry on `address` (a free port unless `port` is given); stopped and its directory removed
    at the end."""
    registry = Registry(directory=directory, address=address, port=port, auth=auth)
    registry.start()
    try:
        yield registry
    finally:
        registry.stop()
        shutil.rmtree(directory, ignore_errors=True)
