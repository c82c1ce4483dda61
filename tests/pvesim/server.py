"""Serving the simulator: a self-signed certificate in the state dir, uvicorn over TLS, PVE's status lines."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import h11
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import REASON_HEADER, Sim, create_app
from .auth import Auth
from .backend import Backend, make_backend
from .state import State
from .tasks import TaskRunner


def ensure_certificate(directory: Path, hostname: str = "localhost") -> tuple[Path, Path]:
    cert_file, key_file = directory / "pve-ssl.pem", directory / "pve-ssl.key"
    if cert_file.exists() and key_file.exists():
        return cert_file, key_file
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "PVE Cluster Node (simulated)")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname), x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .sign(key, hashes.SHA256()))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return cert_file, key_file


class _ReasonConnection:
    """Wraps h11's connection: PVE puts the error message in the HTTP status line, ASGI cannot."""

    def __init__(self, conn: h11.Connection) -> None:
        self._conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def send(self, event: Any) -> bytes | None:
        if isinstance(event, h11.Response):
            reason = next((v for k, v in event.headers if k.lower() == REASON_HEADER.encode()), None)
            if reason is not None:
                headers = [(k, v) for k, v in event.headers if k.lower() != REASON_HEADER.encode()]
                event = h11.Response(status_code=event.status_code, headers=headers, reason=reason)
        return self._conn.send(event)


class ReasonH11Protocol(H11Protocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.conn = _ReasonConnection(self.conn)


@dataclass
class Credentials:
    user: str = "root@pam"
    password: str = ""
    token_id: str = "containr"
    token_secret: str = ""

    @property
    def token_header(self) -> str:
        return f"PVEAPIToken={self.user}!{self.token_id}={self.token_secret}"


def build_sim(state_dir: Path, *, nodes: list[str], backend: str | Backend = "memory", task_delay: float = 0.3,
              credentials: Credentials | None = None, release: str = "8.4") -> tuple[Sim, Credentials]:
    creds = credentials or Credentials()
    creds.password = creds.password or secrets.token_urlsafe(12)
    creds.token_secret = creds.token_secret or "-".join(secrets.token_hex(n) for n in (4, 2, 2, 2, 6))
    state = State.open(state_dir, nodes=nodes, root_password=creds.password, token_id=creds.token_id,
                       token_secret=creds.token_secret, cluster_name="containr-sim")
    # A restarted simulator keeps its credentials: report those in the state.
    root = state.data["users"]["root@pam"]
    creds.password = root["password"]
    creds.token_id, creds.token_secret = next(iter(root["tokens"].items()))
    sim = Sim(state=state, auth=Auth(state), tasks=TaskRunner(state, delay=task_delay),
              backend=make_backend(backend, state_dir=state_dir) if isinstance(backend, str) else backend)
    sim.set_release(release)
    return sim, creds


def uvicorn_config(sim: Sim, *, host: str, port: int) -> uvicorn.Config:
    cert, key = ensure_certificate(sim.state.directory)
    return uvicorn.Config(create_app(sim), host=host, port=port, ssl_certfile=str(cert), ssl_keyfile=str(key),
                          http=ReasonH11Protocol, log_level="warning", lifespan="off", access_log=False)


class ThreadedServer:
    """The simulator in a background thread (for tests): start(), url, stop()."""

    def __init__(self, sim: Sim, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sim = sim
        self.config = uvicorn_config(sim, host=host, port=port)
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.port = port

    def _run(self) -> None:
        asyncio.run(self.server.serve())

    def start(self) -> ThreadedServer:
        self.thread.start()
        while not self.server.started:
            if not self.thread.is_alive():
                raise RuntimeError("the simulator did not start")
            threading.Event().wait(0.02)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sim.state.save()
