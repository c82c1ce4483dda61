"""Mail end to end through the API on a real LXC mail guest, with BIND 9 (TSIG) and Pebble (ACME) on the lane's
bridge and an aiosmtpd relay on its gateway: enabling a domain writes its MX, SPF, DKIM and DMARC records into BIND
and sets the server up, whose `mail.<domain>` certificate then comes from Pebble; alice sends to bob over
submission (STARTTLS, SASL) and bob reads it over IMAPS, signed with a DKIM signature that verifies against the
record in BIND; wrong passwords are refused by both; catch-all, mail-from validation, the relay with its banner and
send_test_mail do what they say; status names the record deleted from BIND. No mailbox password, relay password
or DKIM key reaches a log, an answer, a command line or a file of the data dir."""

from __future__ import annotations

import asyncio
import email
import imaplib
import smtplib
import ssl
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import dkim
import dns.message
import dns.query
import dns.rdatatype
import httpx
import pytest
from cryptography import x509

from service.config import Settings
from service.domains.mail import content
from service.domains.mail.models import MailDomain
from tests.databases.conftest import argv_watch
from tests.databases.test_databases_api import lxc_node
from tests.factories import assert_secrets_nowhere, next_task, owner_headers, pem_body, self_signed, wait_task
from tests.harness.bind import Bind
from tests.harness.lxc import LxcSim
from tests.harness.pebble import Pebble
from tests.harness.smtp import SmtpSink
from tests.pvesim.lxc_setup import LxcEnvironment

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

RUN_TIMEOUT = 900
ZONE = "mail-e2e.test"
MAIL_HOST = f"mail.{ZONE}"
PASSWORDS = {"alice": "alice's mailbox password", "bob": "bob's mailbox password",
             "carol": "carol's mailbox password"}
RELAY_LOGIN = ("relay-user", "the relay's own password")
BANNER = "Sent through the Containr mail test"


@pytest.fixture
def bind_zones() -> list[str]:
    return [ZONE]


@pytest.fixture
def relay(lxc_env: LxcEnvironment, tmp_path: Path) -> Iterator[SmtpSink]:
    """The outside relay, on the lane's gateway where the mail guest reaches it: login and STARTTLS required, its
    certificate self-signed (so the domain's relay accepts self-signed certificates)."""
    chain, key = self_signed("relay.outside.test", days=2)
    pem = tmp_path / "relay.pem"
    pem.write_text(chain + key)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pem)
    sink = SmtpSink(credentials=RELAY_LOGIN, host=lxc_env.gateway, tls_context=context)
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def database_url() -> None:
    return None  # what is tested here is the guests' and the servers' side: SQLite alone


async def _done(client: httpx.AsyncClient, headers: dict[str, str], task_id: int) -> dict[str, Any]:
    task = await wait_task(client, headers, task_id, timeout=RUN_TIMEOUT)
    assert task["success"], task
    return task


async def _changed(client: httpx.AsyncClient, headers: dict[str, str], path: str, body: dict[str, Any]
                   ) -> dict[str, Any]:
    answer = await client.post(f"/api/v1/mail/{ZONE}/{path}", headers=headers, json=body)
    assert answer.status_code == 202, answer.text
    await _done(client, headers, answer.json()["taskId"])
    return answer.json()


def _client_context(roots: str) -> ssl.SSLContext:
    """Pebble's roots; the name is checked apart (the server is reached by its address)."""
    context = ssl.create_default_context(cadata=roots)
    context.check_hostname = False
    return context


def _names(der: bytes) -> list[str]:
    certificate = x509.load_der_x509_certificate(der)
    return [str(name.value) for name in certificate.extensions.get_extension_for_class(
        x509.SubjectAlternativeName).value]


def _send(host: str, roots: str, login: str, password: str, message: EmailMessage) -> list[str]:
    """Submit over 587 with STARTTLS and SASL; answers the names of the certificate the server showed."""
    with smtplib.SMTP(host, 587, timeout=30) as smtp:
        smtp.starttls(context=_client_context(roots))
        names = _names(smtp.sock.getpeercert(binary_form=True))  # type: ignore[union-attr]
        smtp.login(login, password)
        smtp.send_message(message)
    return names


def _message(sender: str, to: str, subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content(f"{subject}: a message of the mail test\n")
    return message


def _fetch(host: str, roots: str, login: str, password: str, subject: str, *, wait: float = 60) -> bytes:
    """The message with `subject` in the mailbox's INBOX over IMAPS, waiting for its delivery."""
    deadline = time.monotonic() + wait
    with imaplib.IMAP4_SSL(host, 993, ssl_context=_client_context(roots), timeout=30) as imap:
        imap.login(login, password)
        while True:
            imap.select("INBOX")
            _, found = imap.search(None, "SUBJECT", f'"{subject}"')
            if found[0]:
                _, data = imap.fetch(found[0].split()[-1], "(RFC822)")
                return data[0][1]  # type: ignore[index,return-value]
            assert time.monotonic() < deadline, f"no message {subject!r} for {login}"
            time.sleep(1)


def _txt(bind: Bind, name: str) -> bytes:
    query = dns.message.make_query(name, dns.rdatatype.TXT)
    answer = dns.query.udp(query, bind.address, port=bind.port, timeout=5)
    return b"".join(b"".join(rdata.strings) for rrset in answer.answer for rdata in rrset)


async def _relayed(sink: SmtpSink, recipient: str, *, wait: float = 60) -> Any:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        for received in sink.messages:
            if recipient in received.recipients:
                return received
        await asyncio.sleep(0.5)
    raise AssertionError(f"nothing for {recipient} reached the relay")


@pytest.mark.lxc(lane=1)
async def test_a_domain_gets_mail(client: httpx.AsyncClient, lxc_sim: LxcSim, bind: Bind, pebble: Pebble,
                                  relay: SmtpSink, settings: Settings) -> None:
    headers = await owner_headers(client)
    node = await lxc_node(client, headers, lxc_sim, lxc_sim.env.apt_proxy)
    owner_id = (await client.get("/api/v1/user/profile", headers=headers)).json()["id"]
    secrets = [bind.key_secret, *PASSWORDS.values(), RELAY_LOGIN[1]]
    with argv_watch(watched=secrets) as argv:
        domain = await client.post("/api/v1/domains", headers=headers, json={
            "domain": ZONE, "provider": "rfc2136",
            "config": {"server": bind.address, "port": bind.port, "keyName": bind.key_name,
                       "keySecret": bind.key_secret},
            "tlsConfig": {"provider": "acme", "directoryUrl": pebble.directory_url, "caBundle": pebble.ca_bundle()}})
        assert domain.status_code == 201, domain.text

        # Enable: records and the server in one run, then the mail host's certificate, then the server again.
        enabled = await client.post(f"/api/v1/mail/{ZONE}/enable", headers=headers,
                                    json={"enabled": True, "nodeId": node["id"]})
        assert enabled.status_code == 202, enabled.text
        assert enabled.json()["enabled"] is True and enabled.json()["configured"] is True
        set_up = await _done(client, headers, enabled.json()["taskId"])
        issued = await _done(client, headers, await next_task(client, headers, "renewcerts", set_up["id"]))
        await _done(client, headers, await next_task(client, headers, "mailSetup", issued["id"]))
        config = (await client.get(f"/api/v1/mail/{ZONE}", headers=headers)).json()
        assert config["serverStatus"] == "ready" and config["mailHost"] == MAIL_HOST, config
        host = bind.records(MAIL_HOST, "A")[0]
        assert bind.records(ZONE, "MX") == [f"10 {MAIL_HOST}."]
        selector = config["dkimSelector"]
        assert _txt(bind, f"{selector}._domainkey.{ZONE}").startswith(b"v=DKIM1; k=rsa; p=")
        status = (await client.get(f"/api/v1/mail/{ZONE}/status", headers=headers)).json()
        assert all(status["dns"][key]["ok"] for key in ("mx", "spf", "dkim", "dmarc")), status
        listed = (await client.get("/api/v1/certificates", headers=headers)).json()["items"]
        assert [(c["name"], c["status"]) for c in listed] == [(MAIL_HOST, "valid")]

        for name in PASSWORDS:
            made = await client.post(f"/api/v1/mail/{ZONE}/mailboxes", headers=headers, json={
                "name": name, "ownerId": owner_id, "ownerType": "user", "password": PASSWORDS[name]})
            assert made.status_code == 202, made.text
            await _done(client, headers, made.json()["taskId"])
        roots = pebble.roots_pem()

        # alice -> bob over submission; bob reads it over IMAPS; its DKIM signature verifies against BIND's record.
        shown = await asyncio.to_thread(_send, host, roots, f"alice@{ZONE}", PASSWORDS["alice"],
                                        _message(f"alice@{ZONE}", f"bob@{ZONE}", "Hello bob"))
        assert MAIL_HOST in shown
        raw = await asyncio.to_thread(_fetch, host, roots, f"bob@{ZONE}", PASSWORDS["bob"], "Hello bob")
        assert b"DKIM-Signature:" in raw and f"s={selector}".encode() in raw
        assert dkim.verify(raw, dnsfunc=lambda name, timeout=5: _txt(bind, name.decode().rstrip(".")))
        with pytest.raises(smtplib.SMTPAuthenticationError):
            await asyncio.to_thread(_send, host, roots, f"alice@{ZONE}", "not her password",
                                    _message(f"alice@{ZONE}", f"bob@{ZONE}", "Refused"))
        with pytest.raises(imaplib.IMAP4.error):
            await asyncio.to_thread(_fetch, host, roots, f"bob@{ZONE}", "not his password", "Hello bob")

        # Mail-from validation (on by default): alice may not send as bob.
        with pytest.raises((smtplib.SMTPSenderRefused, smtplib.SMTPRecipientsRefused)):
            await asyncio.to_thread(_send, host, roots, f"alice@{ZONE}", PASSWORDS["alice"],
                                    _message(f"bob@{ZONE}", f"carol@{ZONE}", "Forged"))

        # Catch-all: mail to nobody@ goes to carol.
        await _changed(client, headers, "catch_all", {"addresses": [f"carol@{ZONE}"]})
        await asyncio.to_thread(_send, host, roots, f"alice@{ZONE}", PASSWORDS["alice"],
                                _message(f"alice@{ZONE}", f"nobody@{ZONE}", "To nobody"))
        caught = await asyncio.to_thread(_fetch, host, roots, f"carol@{ZONE}", PASSWORDS["carol"], "To nobody")
        assert email.message_from_bytes(caught)["To"] == f"nobody@{ZONE}"

        # The relay (with its login, over STARTTLS) and the banner: mail to the outside arrives there with it.
        relayed = await _changed(client, headers, "relay", {
            "provider": "external-smtp", "host": relay.host, "port": relay.port, "username": RELAY_LOGIN[0],
            "password": RELAY_LOGIN[1], "acceptSelfSignedCerts": True})
        assert relayed["relay"]["passwordSet"] is True and RELAY_LOGIN[1] not in str(relayed)
        await _changed(client, headers, "banner", {"text": BANNER})
        await asyncio.to_thread(_send, host, roots, f"alice@{ZONE}", PASSWORDS["alice"],
                                _message(f"alice@{ZONE}", "someone@outside.test", "To the outside"))
        outside = await _relayed(relay, "someone@outside.test")
        assert BANNER in outside.message.as_string() and relay.logins == [RELAY_LOGIN[0]]
        assert dkim.verify(outside.message.as_bytes(),
                           dnsfunc=lambda name, timeout=5: _txt(bind, name.decode().rstrip(".")))
        tested = await client.post(f"/api/v1/mail/{ZONE}/send_test_mail", headers=headers,
                                   json={"to": "tester@outside.test"})
        assert tested.status_code == 202, tested.text
        await _done(client, headers, tested.json()["taskId"])
        assert (await _relayed(relay, "tester@outside.test")).sender == f"no-reply@{ZONE}"

        # A record deleted by hand: status names it.
        bind.delete(f"_dmarc.{ZONE}", "TXT")
        status = (await client.get(f"/api/v1/mail/{ZONE}/status", headers=headers)).json()
        assert status["dns"]["dmarc"]["ok"] is False and status["dns"]["dmarc"]["found"] == []
        assert all(status["dns"][key]["ok"] for key in ("mx", "spf", "dkim")) and status["relay"]["ok"], status

        box = content.mail_box(settings)
        mail_domain = await MailDomain.get(domain__domain=ZONE)
        secrets.append(pem_body(str(box.open(mail_domain.sealed_dkim_key))))
    assert argv == []
    await assert_secrets_nowhere(client, headers, settings.data_dir, secrets,
                                 answers=(f"/api/v1/mail/{ZONE}", f"/api/v1/mail/{ZONE}/mailboxes"))
