"""A real BIND 9 (Debian's `named`, in the foreground) as a context manager: authoritative for the given zones on
one address and port, recursion off, dynamic updates allowed to one TSIG key (hmac-sha256)."""

from __future__ import annotations

import base64
import secrets
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dns.exception
import dns.message
import dns.name
import dns.query
import dns.rcode
import dns.rdatatype
import dns.tsig
import dns.tsigkeyring
import dns.update

from tests.harness import processes

NAMED = Path("/usr/sbin/named")
START_TIMEOUT = 30.0
QUERY_TIMEOUT = 5.0


UpdateBuilder = Callable[[dns.update.UpdateMessage, dns.name.Name], None]


class UpdateRefused(RuntimeError):
    """named answered a dynamic update with an error rcode (e.g. NOTAUTH for a wrong key)."""


def _zone_file(zone: str) -> str:
    # Serial 1; named bumps it on every dynamic update (and keeps the journal beside the file).
    return (f"$TTL 300\n"
            f"@ IN SOA ns1.{zone}. hostmaster.{zone}. 1 3600 600 86400 60\n"
            f"@ IN NS ns1.{zone}.\n"
            f"ns1 IN A 127.0.0.1\n")


@dataclass
class Bind:
    """One named process. `records` and `set`/`delete` talk to it over DNS, the way a resolver and an operator
    changing a record by hand would."""

    directory: Path
    address: str
    port: int
    zones: list[str]
    key_name: str
    key_secret: str
    key_algorithm: str = "hmac-sha256"
    _process: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.directory / "named.log"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def keyring(self, secret: str | None = None) -> dict[dns.name.Name, dns.tsig.Key]:
        return dns.tsigkeyring.from_text({self.key_name: (self.key_algorithm, secret or self.key_secret)})

    def _zone_of(self, name: str) -> str:
        name = name.rstrip(".")
        matches = [zone for zone in self.zones if name == zone or name.endswith("." + zone)]
        if not matches:
            raise ValueError(f"{name} is in none of the zones {self.zones}")
        return max(matches, key=len)

    def _query(self, name: str, rdtype: str, *, timeout: float = QUERY_TIMEOUT) -> dns.message.Message:
        query = dns.message.make_query(dns.name.from_text(name), dns.rdatatype.from_text(rdtype))
        return dns.query.udp(query, self.address, port=self.port, timeout=timeout)

    def records(self, name: str, rdtype: str) -> list[str]:
        """The values of `name`'s `rdtype` RRset as text (TXT values keep their quotes), sorted; [] if none."""
        response = self._query(name, rdtype)
        wanted = dns.rdatatype.from_text(rdtype)
        return sorted(rdata.to_text() for rrset in response.answer if rrset.rdtype == wanted for rdata in rrset)

    def ttl(self, name: str, rdtype: str) -> int | None:
        response = self._query(name, rdtype)
        wanted = dns.rdatatype.from_text(rdtype)
        return next((rrset.ttl for rrset in response.answer if rrset.rdtype == wanted), None)

    def _update(self, name: str, build: UpdateBuilder, *, secret: str | None = None) -> None:
        update = dns.update.UpdateMessage(self._zone_of(name), keyring=self.keyring(secret),
                                          keyname=self.key_name, keyalgorithm=self.key_algorithm)
        build(update, dns.name.from_text(name))
        try:
            response = dns.query.tcp(update, self.address, port=self.port, timeout=QUERY_TIMEOUT)
        except dns.tsig.PeerError as error:  # named signs its refusal with the error; dnspython raises it
            raise UpdateRefused(f"update of {name} refused: {error!r}") from error
        if response.rcode() != dns.rcode.NOERROR:
            raise UpdateRefused(f"update of {name} refused: {dns.rcode.to_text(response.rcode())}")

    def set(self, name: str, rdtype: str, values: list[str], ttl: int = 60, *, secret: str | None = None) -> None:
        """Replace `name`'s `rdtype` RRset with `values` (TXT values given bare are quoted), signed with the key
        (or with `secret`, to see a wrong key refused)."""
        texts = [f'"{value}"' if rdtype.upper() == "TXT" and not value.startswith('"') else value
                 for value in values]
        self._update(name, lambda update, owner: update.replace(owner, ttl, rdtype, *texts), secret=secret)

    def delete(self, name: str, rdtype: str, *, secret: str | None = None) -> None:
        self._update(name, lambda update, owner: update.delete(owner, rdtype), secret=secret)

    def _write_config(self) -> Path:
        zones = "".join(
            f'zone "{zone}" {{\n    type primary;\n    file "{self.directory / f"db.{zone}"}";\n'
            f'    allow-update {{ key "{self.key_name}"; }};\n}};\n'
            for zone in self.zones)
        config = (
            f'key "{self.key_name}" {{\n    algorithm {self.key_algorithm};\n    secret "{self.key_secret}";\n}};\n'
            f"options {{\n"
            f'    directory "{self.directory}";\n'
            f'    pid-file "{self.directory / "named.pid"}";\n'
            f'    session-keyfile "{self.directory / "session.key"}";\n'
            f'    managed-keys-directory "{self.directory}";\n'
            f"    listen-on port {self.port} {{ {self.address}; }};\n"
            f"    listen-on-v6 {{ none; }};\n"
            f"    recursion no;\n"
            f"    allow-query {{ any; }};\n"
            f"    dnssec-validation no;\n"
            f"    notify no;\n"
            f"}};\n"
            f"controls {{ }};\n"
            + zones)
        for zone in self.zones:
            (self.directory / f"db.{zone}").write_text(_zone_file(zone))
        path = self.directory / "named.conf"
        path.write_text(config)
        path.chmod(0o600)  # the TSIG secret
        return path

    def start(self) -> None:
        if self._process is not None:
            return
        if not NAMED.exists():
            raise RuntimeError("named is missing: apt-get install bind9 (scripts/bootstrap's TEST_DEPS)")
        self.directory.mkdir(parents=True, exist_ok=True)
        config = self._write_config()
        with self.log_path.open("ab") as log:
            # -g: foreground, logging to stderr; as root without -u named keeps root, which is fine for a test.
            self._process = subprocess.Popen([str(NAMED), "-g", "-c", str(config)], cwd=self.directory,
                                             stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self._process is not None
            if self._process.poll() is not None:
                self._process = None
                raise RuntimeError(f"named exited at start:\n{self.log()[-3000:]}")
            try:
                # A short timeout: a query sent before named listens is lost, not refused.
                if all(self._query(zone, "SOA", timeout=0.3).answer for zone in self.zones):
                    return
            except (OSError, dns.exception.DNSException):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"named did not answer in {START_TIMEOUT:.0f} s:\n{self.log()[-3000:]}")
            time.sleep(0.1)

    def stop(self) -> None:
        process, self._process = self._process, None
        processes.end(process)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None


@contextmanager
def start_bind(state_dir: Path, *, address: str, port: int = 53, zones: list[str],
               key_name: str = "containr-test") -> Iterator[Bind]:
    """A running named authoritative for `zones` on `address`:`port`, with a fresh random TSIG secret; stopped and
    its directory removed at the end."""
    secret = base64.b64encode(secrets.token_bytes(32)).decode()
    bind = Bind(directory=Path(state_dir), address=address, port=port, zones=[z.rstrip(".") for z in zones],
                key_name=key_name, key_secret=secret)
    bind.start()
    try:
        yield bind
    finally:
        bind.stop()
        shutil.rmtree(state_dir, ignore_errors=True)


@contextmanager
def local_bind(state_dir: Path, *, zones: list[str]) -> Iterator[Bind]:
    """start_bind on 127.0.0.1 with a port free for TCP and UDP: for tests that need no guest to reach it."""
    with start_bind(state_dir, address="127.0.0.1", port=processes.free_port(), zones=zones) as bind:
        yield bind
