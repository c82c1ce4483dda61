"""edge_apply.yml on one real LXC guest, through the real engine, routing to an upstream on the lane's gateway
(a small HTTP server of the test's own, which records what reached it): a route answers over HTTP with its Host,
a route with a self-signed certificate answers over HTTPS with SNI (HTTP/2 offered) while its HTTP redirects to
HTTPS and the ACME webroot still answers on port 80 for it and for unknown names, which port 443 refuses at the
handshake; a websocket Upgrade reaches the upstream and a large upload passes; a second run changes nothing; an
upstream that does not resolve fails the run with nginx's own error and the routes still answer as before; the
certificate's key is in no log, no command line and no file of the engine's."""

from __future__ import annotations

import datetime
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from service.auth.models import User
from service.tasks import RunRequest
from tests.conftest import Server
from tests.databases.conftest import argv_watch
from tests.factories import owner_headers, wait_task
from tests.harness.lxc import LxcSim, ssh
from tests.nodes.conftest import TEMPLATE, Run, pve_env, record_outcomes

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

CERTIFICATES_VAR = "CONTAINR_EDGE_CERTIFICATES"
RUN_TIMEOUT = 600
HOST = 60  # the edge guest: vmid 160, the lane's address .60
PLAIN, SECURE, BROKEN = "plain.edge.test", "secure.edge.test", "broken.edge.test"
UPLOAD = 3 * 1024 * 1024  # past nginx's own default limit of 1 MiB


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body_length: int


@dataclass
class Upstream:
    host: str
    port: int
    seen: list[Seen] = field(default_factory=list)

    def last(self, path: str) -> Seen:
        return next(request for request in reversed(self.seen) if request.path == path)


@pytest.fixture
def upstream(lxc_sim: LxcSim) -> Iterator[Upstream]:
    """An HTTP server on the lane's gateway, where the guest reaches it: it answers `upstream <Host> <path>` and
    switches protocols when asked to (then sends one line and closes), recording every request."""
    record = Upstream(host=lxc_sim.env.gateway, port=0)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            received = 0
            while received < length:
                received += len(self.rfile.read(min(65536, length - received)))
            record.seen.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()},
                                    received))
            if self.headers.get("Upgrade", "").lower() == "websocket":
                self.send_response(101)
                self.send_header("Upgrade", "websocket")
                self.send_header("Connection", "Upgrade")
                self.end_headers()
                self.wfile.write(b"hello over the upgraded connection\n")
                self.wfile.flush()
                self.close_connection = True
                return
            body = f"upstream {self.headers.get('Host')} {self.path}\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((record.host, 0), Handler)
    record.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield record
    finally:
        server.shutdown()
        server.server_close()


def self_signed(*names: str) -> tuple[str, str]:
    """A certificate for `names` signed by its own key, and the key: PEMs."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name) for name in names]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    return cert.public_bytes(serialization.Encoding.PEM).decode(), key_pem


def http(address: str, name: str, path: str = "/", **kwargs: Any) -> httpx.Response:
    return httpx.request(kwargs.pop("method", "GET"), f"http://{address}{path}", headers={"Host": name},
                         timeout=30, **kwargs)


def https(address: str, name: str, ca: str, path: str = "/") -> tuple[str, str]:
    """GET over TLS with `name` as SNI, trusting only `ca`: the negotiated ALPN protocol offered h2 and
    http/1.1, and the HTTP/1.1 answer of a second connection (status line and body)."""
    context = ssl.create_default_context(cadata=ca)
    context.set_alpn_protocols(["h2", "http/1.1"])
    with socket.create_connection((address, 443), timeout=30) as raw, \
            context.wrap_socket(raw, server_hostname=name) as tls:
        alpn = tls.selected_alpn_protocol() or ""
    context = ssl.create_default_context(cadata=ca)
    with socket.create_connection((address, 443), timeout=30) as raw, \
            context.wrap_socket(raw, server_hostname=name) as tls:
        tls.sendall(f"GET {path} HTTP/1.1\r\nHost: {name}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := tls.recv(65536):
            answer += chunk
    head, _, body = answer.decode().partition("\r\n\r\n")
    return alpn, head.splitlines()[0] + "\n" + body


def upgrade(address: str, name: str) -> str:
    """A websocket-style request over plain HTTP: all the connection carries back."""
    with socket.create_connection((address, 80), timeout=30) as conn:
        conn.sendall(f"GET /socket HTTP/1.1\r\nHost: {name}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n".encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    return answer.decode()


class EdgeRunner:
    """edge_apply through the service's engine, with the simulator's PROXMOX_* and the certificates' PEMs in the
    run's environment only."""

    def __init__(self, server: Server, client: httpx.AsyncClient, lxc: LxcSim, key: Path) -> None:
        self.server, self.client, self.lxc, self.key = server, client, lxc, key
        self.headers: dict[str, str] = {}
        self.logs: list[str] = []
        record_outcomes()

    @property
    def address(self) -> str:
        return self.lxc.address(HOST).split("/")[0]

    def vars(self, routes: list[dict[str, Any]], certificates: list[dict[str, Any]]) -> dict[str, Any]:
        return {"edge_routes": routes, "edge_certificates": certificates,
                "containr_ssh_private_key_file": str(self.key), "guest_base_apt_proxy": self.lxc.env.apt_proxy,
                "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + HOST, "proxmox_guest_hostname": "edge",
                "proxmox_guest_template": TEMPLATE, "proxmox_guest_ip": self.lxc.address(HOST),
                "proxmox_guest_gateway": self.lxc.env.gateway,
                "proxmox_guest_ssh_public_key": Path(f"{self.key}.pub").read_text().strip(),
                "proxmox_guest_memory_mb": 256}

    async def __call__(self, pems: dict[str, dict[str, str]], **extra_vars: Any) -> Run:
        if not self.headers:
            self.headers = await owner_headers(self.client)
        owner = await User.get(username="owner")
        secrets = {**pve_env(self.lxc.server, self.lxc.credentials), CERTIFICATES_VAR: json.dumps(pems)}
        task = await self.server.engine.submit(RunRequest(
            type="test", playbook=self.server.settings.playbooks_dir / "edge_apply.yml", created_by=owner,
            secrets=secrets, extra_vars=extra_vars, timeout=RUN_TIMEOUT))
        done = await wait_task(self.client, self.headers, task.id, timeout=RUN_TIMEOUT + 30)
        log = (await self.client.get(f"/api/v1/tasks/{task.id}/logs", headers=self.headers)).text
        self.logs.append(log)
        return Run(task=done, log=log)


def _files_holding(root: Path, needle: bytes) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                if needle in path.read_bytes():
                    found.append(str(path))
            except OSError:
                continue
    return found


@pytest.mark.lxc(lane=1)
async def test_the_edge_routes_tests_before_it_reloads_and_keeps_its_key(
        server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path, upstream: Upstream) -> None:
    run = EdgeRunner(server, client, lxc_sim, ssh_key)
    address = run.address
    cert, key = self_signed(SECURE)
    # The key's body, without its armour: what would show if any part of it leaked.
    secret = "".join(key.strip().splitlines()[1:-1])
    pems = {"edge-test": {"cert": cert, "key": key}}
    routes = [{"fqdn": PLAIN, "upstream_host": upstream.host, "upstream_port": upstream.port, "certificate": ""},
              {"fqdn": SECURE, "upstream_host": upstream.host, "upstream_port": upstream.port,
               "certificate": "edge-test"}]
    certificates = [{"name": "edge-test", "fqdns": [SECURE]}]
    edge = run.vars(routes, certificates)

    with argv_watch(secret[:40]) as seen:
        first = await run(pems, **edge)
        assert first.task["success"], first.log[-6000:]
        assert first.result == {"vmid": 100 + HOST, "node": "pve", "hostname": "edge", "ip": address,
                                "host": address, "routes": 2, "certificates": 1}

        # Plain HTTP, with the route's Host and the proxy's headers.
        answer = http(address, PLAIN, "/hello")
        assert (answer.status_code, answer.text) == (200, f"upstream {PLAIN} /hello\n")
        got = upstream.last("/hello").headers
        assert (got["x-forwarded-proto"], got["x-forwarded-host"], got["x-real-ip"]) == \
            ("http", PLAIN, lxc_sim.env.gateway)

        # HTTPS with SNI, HTTP/2 offered; its HTTP redirects there; the ACME webroot answers on 80 still, for it
        # and for a name the edge does not know; an unknown name on 443 gets no handshake.
        alpn, answer_text = https(address, SECURE, cert, "/secure")
        assert alpn == "h2"
        assert answer_text.startswith("HTTP/1.1 200") and answer_text.endswith(f"upstream {SECURE} /secure\n")
        assert upstream.last("/secure").headers["x-forwarded-proto"] == "https"
        redirect = http(address, SECURE, "/page?x=1")
        assert (redirect.status_code, redirect.headers["location"]) == (301, f"https://{SECURE}/page?x=1")
        ssh(ssh_key, address, "echo challenge-token > /var/www/containr-acme/.well-known/acme-challenge/x")
        for name in (SECURE, PLAIN, "unknown.edge.test"):
            challenge = http(address, name, "/.well-known/acme-challenge/x")
            assert (challenge.status_code, challenge.text) == (200, "challenge-token\n"), name
        assert http(address, "unknown.edge.test", "/").status_code == 404
        with pytest.raises(ssl.SSLError):
            https(address, "unknown.edge.test", cert)

        # A websocket's Upgrade reaches the upstream, and the switched connection comes back; a large upload
        # passes whole.
        switched = upgrade(address, PLAIN)
        assert switched.startswith("HTTP/1.1 101") and switched.endswith("hello over the upgraded connection\n")
        got = upstream.last("/socket").headers
        assert (got["upgrade"], got["connection"].lower()) == ("websocket", "upgrade")
        posted = http(address, PLAIN, "/upload", method="POST", content=b"x" * UPLOAD)
        assert posted.status_code == 200 and upstream.last("/upload").body_length == UPLOAD
        assert ssh(ssh_key, address, "stat -c '%U %a' /etc/nginx/containr/live/certs/edge-test.key").split() == \
            ["root", "600"]

        again = await run(pems, **edge)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]

        # An upstream that does not resolve: nginx refuses the configuration, the run fails with its words, and
        # nothing nginx serves changed.
        generation = ssh(ssh_key, address, "readlink /etc/nginx/containr/live").strip()
        broken = run.vars([*routes, {"fqdn": BROKEN, "upstream_host": "nowhere.invalid", "upstream_port": 8080,
                                     "certificate": ""}], certificates)
        refused = await run(pems, **broken)
        assert refused.task["state"] == "failed"
        message = refused.task["error"]["message"]
        assert "Refuse a configuration nginx refuses" in message, refused.log[-6000:]
        assert ('nginx: [emerg] host not found in upstream "nowhere.invalid" in /etc/nginx/containr/staging/edge.conf:'
                in message), message
        assert ssh(ssh_key, address, "readlink /etc/nginx/containr/live").strip() == generation
        assert http(address, PLAIN, "/still").text == f"upstream {PLAIN} /still\n"
        assert https(address, SECURE, cert, "/still")[1].endswith(f"upstream {SECURE} /still\n")
        assert http(address, BROKEN, "/").status_code == 404

    # The key went nowhere but the guest's key file: no command line, no task log, no file the engine keeps.
    assert seen == []
    assert all(secret not in log and secret[:40] not in log for log in run.logs)
    assert _files_holding(server.settings.data_dir, secret[:40].encode()) == []
