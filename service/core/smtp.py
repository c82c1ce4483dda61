"""Outgoing email through the instance's SMTP settings; a failed send is reported to the caller, never raised."""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any, Literal

from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.core.settings_store import get_setting, set_setting

log = logging.getLogger(__name__)

SETTING = "smtp"
TIMEOUT_SECONDS = 15
TlsMode = Literal["none", "starttls", "tls"]


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    tls: TlsMode
    from_address: str
    username: str | None = None
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Delivery:
    """What became of one message: sent, or not with the reason (which never holds the password)."""

    sent: bool
    error: str | None = None


def public_view(stored: dict[str, Any] | None) -> dict[str, Any]:
    """The setting as the API shows it: the password only as whether one is stored."""
    stored = stored or {}
    return {"configured": bool(stored.get("host")), "host": stored.get("host"), "port": stored.get("port", 587),
            "tls": stored.get("tls", "starttls"), "username": stored.get("username"),
            "password_set": bool(stored.get("sealed_password")), "from_address": stored.get("from_address")}


async def configure(box: SecretBox, *, host: str | None, port: int, tls: TlsMode, username: str | None,
                    from_address: str | None, password: str | None, keep_password: bool) -> dict[str, Any]:
    """Store the SMTP setting; without a host mail is off. The password is sealed; `keep_password` keeps the
    stored one (a client that read the setting never saw it, so it cannot send it back)."""
    if host is None:
        await set_setting(SETTING, None)
        return public_view(None)
    if not from_address:
        raise Invalid("A from address is needed to send mail", details={"field": "fromAddress"})
    previous = await get_setting(SETTING) or {}
    sealed = previous.get("sealed_password") if keep_password else (box.seal(password) if password else None)
    if sealed and not username:
        raise Invalid("A password needs a username", details={"field": "username"})
    stored = {"host": host, "port": port, "tls": tls, "username": username, "from_address": from_address,
              "sealed_password": sealed}
    await set_setting(SETTING, stored)
    return public_view(stored)


async def load(box: SecretBox) -> SmtpConfig | None:
    stored = await get_setting(SETTING)
    if not stored or not stored.get("host"):
        return None
    sealed = stored.get("sealed_password")
    return SmtpConfig(host=stored["host"], port=stored["port"], tls=stored["tls"],
                      from_address=stored["from_address"], username=stored.get("username"),
                      password=str(box.open(sealed)) if sealed else None)


def _deliver(config: SmtpConfig, message: EmailMessage) -> None:
    context = ssl.create_default_context()
    if config.tls == "tls":
        client: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port, timeout=TIMEOUT_SECONDS, context=context)
    else:
        client = smtplib.SMTP(config.host, config.port, timeout=TIMEOUT_SECONDS)
    with client:
        if config.tls == "starttls":
            client.starttls(context=context)
        if config.username and config.password:
            client.login(config.username, config.password)
        client.send_message(message)


def _reason(exc: Exception) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"the SMTP server answered {exc.smtp_code} {text}".strip()
    return str(exc) or type(exc).__name__


async def send(box: SecretBox, *, to: str, subject: str, text: str) -> Delivery:
    """Send a plain-text message if SMTP is configured; the outcome is logged and returned, never raised."""
    config = await load(box)
    if config is None:
        return Delivery(sent=False, error="SMTP is not configured on this instance")
    message = EmailMessage()
    # Names users chose end up in the subject: a line break there would start a header of their making.
    # The instance's name (settings/cloudron_name) as the sender's display name; formataddr quotes it.
    sender = formataddr((" ".join(str(await get_setting("cloudron_name")).split()), config.from_address))
    message["From"], message["To"], message["Subject"] = sender, to, " ".join(subject.split())
    message["Message-ID"] = make_msgid(domain=config.from_address.rpartition("@")[2] or None)
    message.set_content(text)
    try:
        # smtplib blocks; a thread keeps the event loop answering meanwhile.
        await asyncio.to_thread(_deliver, config, message)
    except (smtplib.SMTPException, OSError, ValueError) as exc:
        reason = f"{config.host}:{config.port}: {_reason(exc)}"
        log.warning("mail %r to %s not sent: %s", subject, to, reason)
        return Delivery(sent=False, error=reason)
    log.info("mail %r sent to %s", subject, to)
    return Delivery(sent=True)


async def send_invitation(box: SecretBox, *, to: str, inviter: str, place: str, role: str, link: str,
                          how: str) -> Delivery:
    """The invitation email of a project or a team; `how` says what the invitee does with the link."""
    text = (f"{inviter} invited you to {place} as {role}.\n\n{how}\n\n    {link}\n\n"
            "If you did not expect this invitation, you can ignore this message.\n")
    return await send(box, to=to, subject=f"Invitation to {place}", text=text)
