"""One try at delivering a message to a notification's receiver: an HTTP POST or an email, bounded by a timeout;
the outcome says the status and why it failed, never the URL (a secret)."""

from __future__ import annotations

import asyncio
import contextvars
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass

import httpx

from service.core import smtp
from service.core.secrets import SecretBox
from service.domains.notifications import formats
from service.domains.notifications.models import NotificationType
from service.domains.notifications.registry import Target

log = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-Containr-Signature"
EVENT_HEADER = "X-Containr-Event"
_ERROR_BODY = 300  # of a refusal's body, kept in lastError

# Set while a notification's URL is being posted to: httpx logs each request's URL, which is a secret here.
_posting: contextvars.ContextVar[bool] = contextvars.ContextVar("notification_posting", default=False)


class _HideUrl(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if _posting.get() and isinstance(record.args, tuple):
            record.args = tuple("[notification url]" if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True


def install_log_filter() -> None:
    logger = logging.getLogger("httpx")
    if not any(isinstance(f, _HideUrl) for f in logger.filters):
        logger.addFilter(_HideUrl())


@dataclass(frozen=True)
class Outcome:
    ok: bool
    status: int | None = None
    error: str | None = None


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _scrub(text: str, url: str) -> str:
    # Some errors repeat what they were asked; the URL (or its path, where chat services keep the token) is a secret.
    path = httpx.URL(url).raw_path.decode(errors="replace")
    for secret in (url, path if len(path) > 1 else None):
        if secret:
            text = text.replace(secret, "[notification url]")
    return text


async def _post(url: str, *, body: bytes, headers: dict[str, str], timeout: float) -> Outcome:
    token = _posting.set(True)
    try:
        async with httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            # The whole exchange is bounded too: a receiver that trickles its answer never holds a try longer.
            response = await asyncio.wait_for(client.post(url, content=body, headers=headers), timeout * 2)
    except (TimeoutError, httpx.TimeoutException):
        return Outcome(ok=False, error=f"no answer within {timeout:g} s")
    except httpx.HTTPError as exc:
        return Outcome(ok=False, error=_scrub(f"{type(exc).__name__}: {exc}", url))
    finally:
        _posting.reset(token)
    if 200 <= response.status_code < 300:
        return Outcome(ok=True, status=response.status_code)
    text = " ".join(response.text.split())[:_ERROR_BODY]
    return Outcome(ok=False, status=response.status_code,
                   error=_scrub(f"the receiver answered {response.status_code}: {text}".rstrip(": "), url))


async def _email(box: SecretBox, recipients: list[str], message: formats.Message, *, timeout: float) -> Outcome:
    subject, text = formats.email(message)
    try:
        sent = await asyncio.wait_for(smtp.send(box, to=", ".join(recipients), subject=subject, text=text),
                                      timeout * 2)
    except TimeoutError:
        return Outcome(ok=False, error=f"the SMTP server did not answer within {timeout * 2:g} s")
    return Outcome(ok=True, status=250) if sent.sent else Outcome(ok=False, error=sent.error)


async def deliver(box: SecretBox, *, kind: NotificationType, target: Target, message: formats.Message,
                  timeout: float) -> Outcome:
    """One try; never raises for the receiver's sake."""
    if kind == NotificationType.EMAIL:
        return await _email(box, target.recipients, message, timeout=timeout)
    assert target.url is not None
    body = json.dumps(formats.BODIES[kind](message), separators=(",", ":")).encode()
    headers = {"Content-Type": "application/json", "User-Agent": "Containr-Notifications"}
    if kind == NotificationType.WEBHOOK:
        headers[EVENT_HEADER] = message.type
        if target.signing_secret:
            headers[SIGNATURE_HEADER] = signature(target.signing_secret, body)
    return await _post(target.url, body=body, headers=headers, timeout=timeout)
