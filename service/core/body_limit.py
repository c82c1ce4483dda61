"""Caps the size of request bodies: 413 in the API's error shape before a route reads more than its limit."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.core.errors import error_body

# Every body the API takes is JSON of a few kilobytes: 1 MiB leaves room for large extraVars and nothing more.
JSON_LIMIT = 1024 * 1024
# Room for the multipart framing around an uploaded file.
MULTIPART_ROOM = 64 * 1024


# A refused body is still read (and dropped) up to this much before the answer: most clients (httpx, requests)
# send the whole body before they read anything, and a connection closed on unread data is reset, losing the
# 413 with it. Past this the connection is cut.
DRAIN_LIMIT = 64 * 1024 * 1024


class BodyTooLarge(Exception):
    """Raised from `receive` once a body passes its limit: nothing may read on as if it were whole."""


@dataclass(frozen=True)
class UploadLimit:
    """A route whose body is an upload, declared by the slice that serves it (this module knows no slice): its
    file's own limit plus MULTIPART_ROOM, so that the route refuses a file over its own limit with a message
    naming the file."""

    method: str
    path: str  # as its router spells it, without the API prefix: "{name}" stands for one path segment
    limit: int

    def pattern(self, prefix: str) -> re.Pattern[str]:
        literal = re.split(r"\{[^/{}]+\}", prefix + self.path)
        # A trailing slash reaches the same route.
        return re.compile("^" + "[^/]+".join(re.escape(part) for part in literal) + "/?$")


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            return int(value) if value.isdigit() else None
    return None


def _describe(limit: int) -> str:
    return f"{limit // 1024 // 1024} MiB" if limit % (1024 * 1024) == 0 else f"{limit // 1024} KiB"


def _expects_continue(scope: Scope) -> bool:
    return any(name == b"expect" and value.lower() == b"100-continue" for name, value in scope.get("headers", ()))


async def _drain(receive: Receive, *, already: int) -> None:
    """Read the rest of the body without keeping it, up to DRAIN_LIMIT in all."""
    received = already
    while received <= DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return
        received += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _refuse(send: Send, limit: int) -> None:
    body = json.dumps(error_body(f"The request body is larger than the limit of {_describe(limit)}", "too_large",
                                 {"field": "body", "limit": limit})).encode()
    # The caller drained what it could (up to DRAIN_LIMIT); the connection is closed after the answer.
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """A declared Content-Length over the limit is refused before anything is read; a body without one
    (chunked) is counted as it arrives, and whatever the route made of the cut-off body is replaced by the 413."""

    def __init__(self, app: ASGIApp, *, uploads: Iterable[UploadLimit] = (), prefix: str = "") -> None:
        self.app = app
        self.uploads = tuple((upload.method, upload.pattern(prefix), upload.limit) for upload in uploads)

    def limit_for(self, method: str, path: str) -> int:
        for upload_method, pattern, limit in self.uploads:
            if method == upload_method and pattern.match(path):
                return limit
        return JSON_LIMIT

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["method"], scope.get("path", ""))
        declared = _declared_length(scope)
        if declared is not None and declared > limit:
            # A client waiting for `100 Continue` has sent nothing yet and never will: no need to read.
            if not _expects_continue(scope):
                await _drain(receive, already=0)
            await _refuse(send, limit)
            return
        received = 0
        exceeded = started = False

        async def counted() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise BodyTooLarge(f"request body over {limit} bytes")
            return message

        async def guarded(message: Message) -> None:
            nonlocal started
            if exceeded and not started:
                return  # the route's answer to a body it never got whole (400, 422) is not the answer
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, guarded)
        except Exception:
            # BodyTooLarge, or whatever a reader made of it: the answer is the 413 unless one went out already.
            if started or not exceeded:
                raise
        if exceeded and not started:
            await _drain(receive, already=received)
            await _refuse(send, limit)
