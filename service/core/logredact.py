"""Keeps credentials that travel in URLs (EventSource tokens, invitation tokens) out of the access log."""

from __future__ import annotations

import logging
import re

_PATTERNS = (
    (re.compile(r"(access_token=)[^&\s]+"), r"\1[redacted]"),
    # Also inside a query, URL-encoded: the sign-in page's `next=%2Finvites%2F<token>`.
    (re.compile(r"((?:/|%2[fF])invites(?:/|%2[fF]))(?!\[redacted\])[^/?&%\s]+"), r"\1[redacted]"),
)


def redact(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactUrlSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # uvicorn's access records carry (client, method, path, http version, status) as args.
        if isinstance(record.args, tuple):
            record.args = tuple(redact(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def install() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactUrlSecrets) for f in access.filters):
        access.addFilter(RedactUrlSecrets())
