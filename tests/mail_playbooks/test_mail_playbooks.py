"""mail_setup.yml, mail_mailboxes.yml and mail_send_test.yml on one real LXC mail guest, through the real engine:
the mail server is set up and a second run changes nothing; from the host, alice sends over submission (587,
STARTTLS, SASL) to bob, who reads it over IMAPS, signed with the domain's DKIM key (dkimpy verifies it); wrong
passwords are refused by both; the catch-all takes an unknown local part; a forged sender is refused; mail to an
outside address goes through the relay (an aiosmtpd on the lane's gateway, STARTTLS with a self-signed certificate
and a login) with the banner appended, and so does the send test, which fails with the relay's answer when the
relay refuses; a domain whose relay is noop has its outside mail bounced with the reason; a message over quota
is refused with 552; mailboxes change while an IMAP connection stays open and
without a restart; no password, hash, relay password or DKIM key in a log, a command line or an engine file."""

from __future__ import annotations

import base64
import email
import email.policy
import email.utils
import imaplib
import json
import smtplib
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import dkim
import httpx
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from argon2 import PasswordHasher
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from service.auth.models import User
from service.tasks import RunRequest
from tests.conftest import Server
from tests.databases.conftest import argv_watch
from tests.factories import assert_secrets_nowhere, owner_headers, pem_body, self_signed, wait_task
from tests.harness.lxc import LxcSim, ssh
from tests.harness.processes import free_port
from tests.nodes.conftest import TEMPLATE, Run, pve_env, record_outcomes

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

RUN_TIMEOUT = 600
HOST = 70  # the mail guest: vmid 170, the lane's address .70
DOMAIN = "example.test"
LOCAL = "local.test"  # a domain whose relay is noop: its mail stays on the server
OUTSIDE = "elsewhere.test"
SELECTOR = "containr1"
BANNER = "Sent through the Containr mail server of example.test"
RELAY_USER, RELAY_PASSWORD = "relay-user", "relay-password-Tq8vXw"
PASSWORDS = {f"{name}@{DOMAIN}": f"{name}-secret-{index}9Kp" for index, name in
             enumerate(["alice", "bob", "catchall", "carol", "dave"])} | {f"eve@{LOCAL}": "eve-secret-5Lm"}
QUOTA_MB = 1


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


@dataclass
class Relayed:
    sender: str
    recipients: list[str]
    raw: bytes
    tls: bool
    login: str | None

    @property
    def message(self) -> email.message.Message:
        return email.message_from_bytes(self.raw, policy=email.policy.default)


@dataclass
class Relay:
    """An SMTP relay on the lane's gateway (where the guest reaches it): STARTTLS with a self-signed certificate,
    a login required before DATA, one recipient it refuses; it keeps every message with how it came."""

    host: str
    refused: str = f"refused@{OUTSIDE}"
    port: int = 0
    messages: list[Relayed] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802 - hook
                          options: list[str]) -> str:
        if address == self.refused:
            return "550 5.1.1 <refused@elsewhere.test>: no such mailbox at the relay"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.messages.append(Relayed(sender=envelope.mail_from, recipients=list(envelope.rcpt_tos),
                                     raw=envelope.original_content or envelope.content, tls=session.ssl is not None,
                                     login=session.auth_data))
        return "250 OK"

    def authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login.decode(), data.password.decode()) == \
            (RELAY_USER, RELAY_PASSWORD)
        return AuthResult(success=ok, auth_data=data.login.decode() if ok else None)

    def wait(self, message_id: str, timeout: float = 60) -> Relayed:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for relayed in self.messages:
                if relayed.message["Message-ID"] == message_id:
                    return relayed
            time.sleep(0.3)
        raise AssertionError(f"{message_id} never reached the relay (it has {len(self.messages)} messages)")


@pytest.fixture
def relay(lxc_sim: LxcSim, tmp_path: Path) -> Iterator[Relay]:
    record = Relay(host=lxc_sim.env.gateway, port=free_port(lxc_sim.env.gateway))
    cert, key = self_signed("relay.elsewhere.test")
    (tmp_path / "relay.crt").write_text(cert)
    (tmp_path / "relay.key").write_text(key)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tmp_path / "relay.crt", tmp_path / "relay.key")
    controller = Controller(record, hostname=record.host, port=record.port, tls_context=context,
                            authenticator=record.authenticate, auth_require_tls=True)
    controller.start()
    try:
        yield record
    finally:
        controller.stop()


def dkim_key() -> tuple[str, str]:
    """A 2048-bit RSA key as the service makes it: the private PEM and the TXT record's value."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.DER,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}"


def verify_dkim(raw: bytes, txt: str) -> bool:
    """dkimpy's verdict on the message's DKIM-Signature, with DNS answered from the key we made."""
    def dnsfunc(name: bytes, timeout: int = 5) -> bytes:
        assert name.decode().rstrip(".") == f"{SELECTOR}._domainkey.{DOMAIN}", name
        return txt.encode()

    return bool(dkim.verify(raw, dnsfunc=dnsfunc))


def unverified() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def submit(address: str, login: str, message: EmailMessage, *, sender: str | None = None) -> None:
    """Over submission: STARTTLS, then SASL as `login`."""
    with smtplib.SMTP(address, 587, timeout=30) as smtp:
        smtp.starttls(context=unverified())
        smtp.login(login, PASSWORDS[login])
        smtp.send_message(message, from_addr=sender or login)


def message(sender: str, to: str, subject: str, body: str = "Hello from the test.\n") -> EmailMessage:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = sender, to, subject
    mail["Message-ID"] = email.utils.make_msgid(domain=DOMAIN)
    mail.set_content(body)
    return mail


def imap(address: str, login: str, password: str | None = None) -> imaplib.IMAP4_SSL:
    client = imaplib.IMAP4_SSL(address, 993, ssl_context=unverified(), timeout=30)
    try:
        client.login(login, password or PASSWORDS[login])
    except imaplib.IMAP4.error:
        client.shutdown()
        raise
    return client


def fetch(address: str, login: str, subject: str, timeout: float = 60) -> bytes:
    """The raw message with `subject` in `login`'s INBOX, waiting for its delivery."""
    deadline = time.monotonic() + timeout
    with imap(address, login) as client:
        while True:
            client.select("INBOX")
            _, found = client.search(None, "SUBJECT", f'"{subject}"')
            if found[0]:
                _, data = client.fetch(found[0].split()[-1], "(RFC822)")
                return data[0][1]
            if time.monotonic() > deadline:
                raise AssertionError(f"{subject!r} never reached {login}")
            time.sleep(0.5)


class MailRunner:
    """The mail playbooks through the service's engine, with the simulator's PROXMOX_* and the mail secrets in the
    run's environment only."""

    def __init__(self, server: Server, client: httpx.AsyncClient, lxc: LxcSim, key: Path,
                 secrets: dict[str, str]) -> None:
        self.server, self.client, self.lxc, self.key, self.secrets = server, client, lxc, key, secrets
        self.headers: dict[str, str] = {}
        self.logs: list[str] = []
        record_outcomes()

    @property
    def address(self) -> str:
        return self.lxc.address(HOST).split("/")[0]

    def guest(self) -> dict[str, Any]:
        return {"containr_ssh_private_key_file": str(self.key), "guest_base_apt_proxy": self.lxc.env.apt_proxy,
                "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + HOST, "proxmox_guest_hostname": "mail",
                "proxmox_guest_template": TEMPLATE, "proxmox_guest_ip": self.lxc.address(HOST),
                "proxmox_guest_gateway": self.lxc.env.gateway,
                "proxmox_guest_ssh_public_key": Path(f"{self.key}.pub").read_text().strip(),
                "proxmox_guest_memory_mb": 512}

    async def __call__(self, playbook: str, **extra_vars: Any) -> Run:
        if not self.headers:
            self.headers = await owner_headers(self.client)
        owner = await User.get(username="owner")
        secrets = {**pve_env(self.lxc.server, self.lxc.credentials), **self.secrets}
        task = await self.server.engine.submit(RunRequest(
            type="test", playbook=self.server.settings.playbooks_dir / f"{playbook}.yml", created_by=owner,
            secrets=secrets, extra_vars=extra_vars, timeout=RUN_TIMEOUT))
        done = await wait_task(self.client, self.headers, task.id, timeout=RUN_TIMEOUT + 30)
        log = (await self.client.get(f"/api/v1/tasks/{task.id}/logs", headers=self.headers)).text
        self.logs.append(log)
        return Run(task=done, log=log)


def main_pids(key: Path, address: str) -> str:
    return ssh(key, address, "systemctl show -p MainPID --value postfix@- dovecot")


@pytest.mark.lxc(lane=0)
async def test_the_mail_server_delivers_signs_relays_and_keeps_its_secrets(
        server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path, relay: Relay) -> None:
    hasher = PasswordHasher()
    hashes = {address: "{ARGON2ID}" + hasher.hash(password) for address, password in PASSWORDS.items()}
    private_key, txt = dkim_key()
    local_key, _ = dkim_key()
    secrets = {"CONTAINR_MAIL_PASSWORDS": json.dumps(hashes),
               "CONTAINR_MAIL_RELAY_PASSWORDS": json.dumps({DOMAIN: RELAY_PASSWORD}),
               "CONTAINR_MAIL_DKIM_KEYS": json.dumps({DOMAIN: private_key, LOCAL: local_key}),
               "CONTAINR_MAIL_CERTIFICATES": "{}"}
    run = MailRunner(server, client, lxc_sim, ssh_key, secrets)
    address = run.address
    alice, bob, catchall, carol, dave = (f"{name}@{DOMAIN}" for name in ["alice", "bob", "catchall", "carol", "dave"])
    domains = [{"domain": DOMAIN, "incoming": True, "mail_from_validation": True, "catch_all": [catchall],
                "relay": {"provider": "external-smtp", "host": relay.host, "port": relay.port, "auth": True,
                          "username": RELAY_USER, "tls": "encrypt"},
                "banner_text": BANNER, "banner_html": "", "dkim_selector": SELECTOR, "certificate": ""},
               {"domain": LOCAL, "incoming": True, "mail_from_validation": False, "catch_all": [],
                "relay": {"provider": "noop"}, "banner_text": "", "banner_html": "", "dkim_selector": "local",
                "certificate": ""}]
    eve = f"eve@{LOCAL}"
    mailboxes = [{"address": alice, "quota_mb": 0, "active": True}, {"address": bob, "quota_mb": 0, "active": True},
                 {"address": catchall, "quota_mb": 0, "active": True},
                 {"address": carol, "quota_mb": QUOTA_MB, "active": True},
                 {"address": eve, "quota_mb": 0, "active": True}]
    aliases = [{"address": f"postmaster@{DOMAIN}", "targets": [alice]}]
    mail = {"mail_server_hostname": f"mail.{DOMAIN}", "mail_domains": domains, "mail_mailboxes": mailboxes,
            "mail_aliases": aliases, "mail_certificates": []}
    leaks = [pem_body(private_key), pem_body(local_key), RELAY_PASSWORD, *PASSWORDS.values(),
             *(value.split("$")[-1] for value in hashes.values())]

    with argv_watch(*leaks) as seen:
        started = time.monotonic()
        first = await run("mail_setup", **run.guest(), **mail)
        assert first.task["success"], first.log[-6000:]
        setup_seconds = time.monotonic() - started
        assert first.result == {"vmid": 100 + HOST, "node": "pve", "hostname": "mail", "ip": address,
                                "host": address, "domains": 2, "mailboxes": 5}
        again = await run("mail_setup", **run.guest(), **mail)
        assert again.task["success"], again.log[-6000:]
        assert again.changed == 0, again.log[-6000:]
        # The hashes the service makes are ones this Dovecot takes.
        assert "ARGON2ID" in ssh(ssh_key, address, "doveadm pw -l").split()
        pids = main_pids(ssh_key, address)

        # alice to bob over submission, read by bob over IMAPS, signed with the domain's key.
        submit(address, alice, message(alice, bob, "local delivery"))
        raw = fetch(address, bob, "local delivery")
        assert verify_dkim(raw, txt), raw.decode(errors="replace")[:3000]
        # Wrong passwords: refused by submission and IMAP alike.
        with pytest.raises(smtplib.SMTPAuthenticationError), smtplib.SMTP(address, 587, timeout=30) as smtp:
            smtp.starttls(context=unverified())
            smtp.login(alice, "not-the-password")
        with pytest.raises(imaplib.IMAP4.error):
            imap(address, bob, "not-the-password")

        # The catch-all takes an unknown local part, from port 25 without a login.
        with smtplib.SMTP(address, 25, timeout=30) as smtp:
            smtp.send_message(message(f"someone@{OUTSIDE}", f"nobody@{DOMAIN}", "to nobody"))
        assert b"to nobody" in fetch(address, catchall, "to nobody")

        # Mail-from validation: alice may not send as bob.
        with pytest.raises((smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused)) as forged:
            submit(address, alice, message(bob, f"someone@{OUTSIDE}", "forged"), sender=bob)
        assert "not owned by user" in str(forged.value), forged.value

        # Outside mail goes through the relay, over STARTTLS with its login, the banner appended and signed.
        outgoing = message(alice, f"someone@{OUTSIDE}", "to the outside")
        submit(address, alice, outgoing)
        relayed = relay.wait(outgoing["Message-ID"])
        assert (relayed.sender, relayed.recipients, relayed.tls) == (alice, [f"someone@{OUTSIDE}"], True)
        assert BANNER in relayed.message.get_content()
        assert verify_dkim(relayed.raw, txt), relayed.raw.decode(errors="replace")[:3000]

        # The send test goes the same way and says where it went.
        sent = await run("mail_send_test", mail_guest_host=address, containr_ssh_private_key_file=str(ssh_key),
                         mail_test_from=alice, mail_test_to=f"test@{OUTSIDE}")
        assert sent.task["success"], sent.log[-6000:]
        assert sent.result["status"] == "sent" and relay.host in sent.result["relay"], sent.result
        tested = next(item for item in relay.messages if item.recipients == [f"test@{OUTSIDE}"])
        assert BANNER in tested.message.get_content() and verify_dkim(tested.raw, txt)
        assert sent.result["queue_id"]

        # Over quota: refused with the server's 552 before the message is taken.
        big = message(alice, carol, "too big", "x" * (2 * QUOTA_MB * 1024 * 1024) + "\n")
        with pytest.raises((smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError)) as full:
            with smtplib.SMTP(address, 25, timeout=60) as smtp:
                smtp.send_message(big, from_addr=f"someone@{OUTSIDE}")
        assert "552" in str(full.value), full.value

        # Mailboxes change while bob's IMAP connection stays open, and nothing restarts: dave is added, carol
        # removed (her mail now goes to the catch-all).
        held = imap(address, bob)
        held.select("INBOX")
        changed = [*mailboxes[:3], mailboxes[4], {"address": dave, "quota_mb": 0, "active": True}]
        updated = await run("mail_mailboxes", mail_guest_host=address, containr_ssh_private_key_file=str(ssh_key),
                            mail_domains=domains, mail_mailboxes=changed, mail_aliases=aliases)
        assert updated.task["success"], updated.log[-6000:]
        assert updated.result == {"mailboxes": 5, "aliases": 1}
        assert held.noop()[0] == "OK" and held.search(None, "ALL")[0] == "OK"
        held.logout()
        submit(address, alice, message(alice, dave, "for dave"))
        assert b"for dave" in fetch(address, dave, "for dave")
        with pytest.raises(imaplib.IMAP4.error):
            imap(address, carol)
        submit(address, alice, message(alice, carol, "for carol, gone"))
        assert b"for carol, gone" in fetch(address, catchall, "for carol, gone")
        assert main_pids(ssh_key, address) == pids

        # The relay refuses: the send test fails with its answer.
        refused = await run("mail_send_test", mail_guest_host=address, containr_ssh_private_key_file=str(ssh_key),
                            mail_test_from=alice, mail_test_to=relay.refused)
        assert refused.task["state"] == "failed"
        assert "550 5.1.1 <refused@elsewhere.test>: no such mailbox at the relay" in \
            refused.task["error"]["message"], refused.log[-4000:]
        # A domain whose relay is noop sends nowhere: its test message is bounced with the reason.
        kept = await run("mail_send_test", mail_guest_host=address, containr_ssh_private_key_file=str(ssh_key),
                         mail_test_from=eve, mail_test_to=f"far@{OUTSIDE}")
        assert kept.task["state"] == "failed"
        assert "bounced" in kept.task["error"]["message"] and \
            f"Outgoing mail of {LOCAL} is off" in kept.task["error"]["message"], kept.task["error"]["message"]
        assert not any(item.recipients == [f"far@{OUTSIDE}"] for item in relay.messages)

        # Postfix lets go of the relay before the relay stops.
        ssh(ssh_key, address, "systemctl stop postfix@-")
        time.sleep(1)

    print(f"mail_setup's first run took {setup_seconds:.0f} s")
    # No secret in a command line, a task's answer or log, or a file the engine keeps.
    assert seen == []
    assert all(leak not in log for log in run.logs for leak in leaks)
    await assert_secrets_nowhere(client, run.headers, server.settings.data_dir, leaks)
