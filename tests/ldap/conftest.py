"""A real OpenLDAP server (Debian's slapd) on loopback for the external LDAP tests: an mdb database in a
temporary folder, two users in ou=people and one group in ou=groups, started once per session."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ldap3
import pytest

from tests.harness.processes import end, free_port

SLAPD = "/usr/sbin/slapd"
SUFFIX = "dc=example,dc=test"
ROOT_DN = f"cn=admin,{SUFFIX}"
ROOT_PASSWORD = "ldap-bind-secret-7f3a"
PEOPLE = f"ou=people,{SUFFIX}"
GROUPS = f"ou=groups,{SUFFIX}"
# The users the directory starts with: uid, mail, displayName, password.
USERS = {
    "ada": ("ada@example.test", "Ada Lovelace", "ada-ldap-password"),
    "grace": ("grace@example.test", "Grace Hopper", "grace-ldap-password"),
}
GROUP = "engineers"

_CONFIG = """\
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
include /etc/ldap/schema/nis.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile {run}/slapd.pid
database mdb
maxsize 16777216
suffix "{suffix}"
rootdn "{root}"
rootpw {password}
directory {run}/data
access to attrs=userPassword by self read by anonymous auth by * none
access to * by * read
"""


def user_dn(uid: str) -> str:
    return f"uid={uid},{PEOPLE}"


def _user_ldif(uid: str, mail: str, name: str, password: str) -> str:
    return (f"dn: {user_dn(uid)}\nobjectClass: inetOrgPerson\nuid: {uid}\ncn: {name}\nsn: {name.split()[-1]}\n"
            f"mail: {mail}\ndisplayName: {name}\nuserPassword: {password}\n\n")


@dataclass
class Slapd:
    url: str
    process: subprocess.Popen[bytes]
    added: list[str] = field(default_factory=list)

    def connection(self, *, strict: bool = True) -> ldap3.Connection:
        conn = ldap3.Connection(ldap3.Server(self.url), user=ROOT_DN, password=ROOT_PASSWORD,
                                raise_exceptions=strict)
        conn.bind()
        return conn

    def add_user(self, uid: str, *, mail: str, name: str, password: str) -> None:
        conn = self.connection()
        conn.add(user_dn(uid), ["inetOrgPerson"], {"uid": uid, "cn": name, "sn": name.split()[-1], "mail": mail,
                                                   "displayName": name, "userPassword": password})
        conn.unbind()
        self.added.append(uid)

    def remove_user(self, uid: str) -> None:
        conn = self.connection()
        conn.delete(user_dn(uid))
        conn.unbind()

    def set_members(self, uids: list[str]) -> None:
        conn = self.connection()
        conn.modify(f"cn={GROUP},{GROUPS}", {"member": [(ldap3.MODIFY_REPLACE, [user_dn(u) for u in uids])]})
        conn.unbind()

    def restore(self) -> None:
        """Back to the directory the session started with."""
        conn = self.connection(strict=False)  # an entry a test removed itself is simply gone
        for uid in self.added:
            conn.delete(user_dn(uid))
        self.added.clear()
        for uid, (mail, name, password) in USERS.items():
            if not conn.search(user_dn(uid), "(objectClass=*)", search_scope=ldap3.BASE):
                conn.add(user_dn(uid), ["inetOrgPerson"], {"uid": uid, "cn": name, "sn": name.split()[-1],
                                                           "mail": mail, "displayName": name,
                                                           "userPassword": password})
        conn.unbind()
        self.set_members(list(USERS))


@pytest.fixture(scope="session")
def slapd_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Slapd]:
    if not Path(SLAPD).exists() or shutil.which("slapadd") is None:
        pytest.fail("slapd is not installed: scripts/bootstrap --test-deps (Debian packages slapd, ldap-utils)")
    run = tmp_path_factory.mktemp("slapd")
    (run / "data").mkdir()
    config = run / "slapd.conf"
    config.write_text(_CONFIG.format(run=run, suffix=SUFFIX, root=ROOT_DN, password=ROOT_PASSWORD))
    ldif = (f"dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n\n"
            f"dn: {PEOPLE}\nobjectClass: organizationalUnit\nou: people\n\n"
            f"dn: {GROUPS}\nobjectClass: organizationalUnit\nou: groups\n\n"
            + "".join(_user_ldif(uid, *values) for uid, values in USERS.items())
            + f"dn: cn={GROUP},{GROUPS}\nobjectClass: groupOfNames\ncn: {GROUP}\n"
            + "".join(f"member: {user_dn(uid)}\n" for uid in USERS))
    (run / "data.ldif").write_text(ldif)
    subprocess.run(["slapadd", "-f", str(config), "-l", str(run / "data.ldif")], check=True, capture_output=True)
    port = free_port()
    # -d 0: stay in the foreground (no fork), so that the fixture owns the process and ends it.
    errors = run / "slapd.err"
    with errors.open("wb") as sink:
        process = subprocess.Popen([SLAPD, "-f", str(config), "-h", f"ldap://127.0.0.1:{port}/", "-d", "0"],
                                   stdout=subprocess.DEVNULL, stderr=sink)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                end(process)
                raise RuntimeError(f"slapd did not start: {errors.read_text(errors='replace')}") from None
            time.sleep(0.05)
    try:
        yield Slapd(url=f"ldap://127.0.0.1:{port}", process=process)
    finally:
        end(process)


@pytest.fixture
def slapd(slapd_server: Slapd) -> Iterator[Slapd]:
    """The session's directory, put back as it was after each test."""
    yield slapd_server
    slapd_server.restore()
