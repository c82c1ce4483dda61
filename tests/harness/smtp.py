"""A real SMTP server (aiosmtpd) on a free port (of loopback, or of another local address such as an LXC lane's
gateway, where guests reach it) that keeps what it receives, for the mail tests; STARTTLS when given a context."""

from __future__ import annotations

import email
import socket
import ssl
from dataclasses import dataclass, field
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: Message

    @property
    def text(self) -> str:
        payload = self.message.get_payload(decode=True)
        return payload.decode() if isinstance(payload, bytes) else str(payload)


@dataclass
class SmtpSink:
    """Accepts every message; when `credentials` is set, only a client that logs in with them may send."""

    credentials: tuple[str, str] | None = None
    host: str = "127.0.0.1"
    tls_context: ssl.SSLContext | None = None  # offers STARTTLS and requires it before anything else
    messages: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    port: int = 0
    _controller: Controller | None = None

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook
        if self.credentials and not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.messages.append(Received(sender=envelope.mail_from, recipients=list(envelope.rcpt_tos),
                                      message=email.message_from_bytes(envelope.content)))
        return "250 OK"

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (isinstance(data, LoginPassword) and self.credentials is not None
              and (data.login.decode(), data.password.decode()) == self.credentials)
        if ok:
            self.logins.append(data.login.decode())
        return AuthResult(success=ok)

    def start(self) -> None:
        with socket.socket() as sock:
            sock.bind((self.host, 0))
            self.port = sock.getsockname()[1]
        extra: dict[str, Any] = {"authenticator": self._authenticate, "auth_require_tls": False} \
            if self.credentials else {}
        if self.tls_context is not None:
            extra.update(tls_context=self.tls_context, require_starttls=True)
        self._controller = Controller(self, hostname=self.host, port=self.port, **extra)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
