"""What the test registry (tests/harness/registry.py) authenticates with: bcrypt hashes for its htpasswd, a CA
made for the test (TLS and token signing certificates), and the token endpoint of Docker's token auth spec."""

from __future__ import annotations

import base64
import ctypes
import datetime
import ipaddress
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SERVICE = "containr-test-registry"
ISSUER = "containr-test-token-issuer"


def bcrypt_hash(password: str) -> str:
    """A bcrypt hash of `password` (the only scheme the registry's htpasswd takes) through the system's libcrypt
    (libxcrypt): no Python package needed, and Python's own `crypt` module warns of its removal."""
    library = ctypes.CDLL("libcrypt.so.1")
    library.crypt_gensalt.restype = library.crypt.restype = ctypes.c_char_p
    library.crypt_gensalt.argtypes = [ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p, ctypes.c_int]
    library.crypt.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    setting = library.crypt_gensalt(b"$2b$", 5, None, 0)  # cost 5: a test's passwords need no strength
    hashed = library.crypt(password.encode(), setting) if setting else None
    if not hashed or not hashed.startswith(b"$2b$"):
        raise RuntimeError("libcrypt made no bcrypt hash")
    return hashed.decode()


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@dataclass
class RegistryCa:
    """A CA made for one registry: it signs the TLS certificate and the token signing certificate."""

    key: ec.EllipticCurvePrivateKey = field(default_factory=lambda: ec.generate_private_key(ec.SECP256R1()))
    certificate: x509.Certificate = field(init=False)

    def __post_init__(self) -> None:
        now = datetime.datetime.now(datetime.UTC)
        public = self.key.public_key()
        self.certificate = (
            x509.CertificateBuilder().subject_name(_name("Containr test registry CA"))
            .issuer_name(_name("Containr test registry CA")).public_key(public)
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False),
                           critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
            .sign(self.key, hashes.SHA256()))

    @property
    def pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode()

    def issue(self, common_name: str, *, addresses: tuple[str, ...] = (),
              server: bool = True) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
        """A leaf certificate: for a TLS server at `addresses` (IPs or names), or for signing tokens."""
        now = datetime.datetime.now(datetime.UTC)
        key = ec.generate_private_key(ec.SECP256R1())
        builder = (x509.CertificateBuilder().subject_name(_name(common_name)).issuer_name(self.certificate.subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=2))
                   .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                                  critical=False))
        if server:
            names: list[x509.GeneralName] = []
            for address in addresses:
                try:
                    names.append(x509.IPAddress(ipaddress.ip_address(address)))
                except ValueError:
                    names.append(x509.DNSName(address))
            builder = (builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
                       .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False))
        return builder.sign(self.key, hashes.SHA256()), key


class TokenServer(ThreadingHTTPServer):
    """The token endpoint of Docker's token auth: GET /token?service=&scope=... with Basic credentials answers
    {token, access_token, expires_in, issued_at}, an ES256 JWT whose x5c is a certificate from the registry's CA
    (its rootcertbundle). A wrong or missing password is 401; the right one is granted every scope asked."""

    daemon_threads = True
    address: str
    username: str
    password: str
    signing_key: ec.EllipticCurvePrivateKey
    chain: list[str]
    requests: list[dict[str, object]]
    thread: threading.Thread

    @property
    def url(self) -> str:
        return f"https://{self.address}:{self.server_address[1]}/token"

    @classmethod
    def start(cls, *, address: str, username: str, password: str, ca: RegistryCa, certificate: Path,
              key: Path) -> TokenServer:
        """Listen on a free port of `address` with TLS (`certificate`, `key`), granting `username`/`password`
        tokens signed by a certificate of `ca`."""
        server = cls((address, 0), _TokenHandler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        server.address, server.username, server.password, server.requests = address, username, password, []
        signing, server.signing_key = ca.issue("Containr test token signer", server=False)
        server.chain = [base64.b64encode(signing.public_bytes(serialization.Encoding.DER)).decode()]
        server.thread = threading.Thread(target=server.serve_forever, name="registry-tokens", daemon=True)
        server.thread.start()
        return server

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        self.thread.join(timeout=10)

    def token(self, account: str, scopes: list[str]) -> dict[str, object]:
        access = []
        for scope in scopes:
            kind, _, rest = scope.partition(":")
            name, _, actions = rest.rpartition(":")
            access.append({"type": kind, "name": name, "actions": [a for a in actions.split(",") if a]})
        now = int(time.time())
        claims = {"iss": ISSUER, "sub": account, "aud": SERVICE, "iat": now, "nbf": now - 5, "exp": now + 300,
                  "jti": secrets.token_hex(8), "access": access}
        token = jwt.encode(claims, self.signing_key, algorithm="ES256", headers={"x5c": self.chain})
        issued = datetime.datetime.fromtimestamp(now, datetime.UTC).isoformat().replace("+00:00", "Z")
        return {"token": token, "access_token": token, "expires_in": 300, "issued_at": issued}


class _TokenHandler(BaseHTTPRequestHandler):
    server: TokenServer

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        scopes = [part for scope in query.get("scope", []) for part in scope.split(" ") if part]
        account = self._account()
        granted = url.path == "/token" and account is not None and query.get("service") == [SERVICE]
        self.server.requests.append({"account": account, "scopes": scopes, "granted": granted})
        if not granted:
            self._answer(401, {"errors": [{"code": "UNAUTHORIZED", "message": "authentication required"}]},
                         {"WWW-Authenticate": 'Basic realm="containr-test-token"'})
            return
        assert account is not None
        self._answer(200, self.server.token(account, scopes), {})

    def _account(self) -> str | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return None
        server = self.server
        ok = secrets.compare_digest(user, server.username) and secrets.compare_digest(password, server.password)
        return user if ok else None

    def _answer(self, status: int, body: dict[str, object], headers: dict[str, str]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        """Quiet: a test's output is no place for request lines."""
