"""Refuses NUL characters in a request's path or query string: no field may hold one (PostgreSQL cannot store
it, and no name, token or search means one), so they are answered 422 before any route runs."""

from __future__ import annotations

import json
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send

from service.core.errors import error_body


def _has_nul(scope: Scope) -> str | None:
    if "\x00" in scope.get("path", "") or b"%00" in scope.get("raw_path", b"") or b"\x00" in scope.get(
            "raw_path", b""):
        return "path"
    query = scope.get("query_string", b"")
    if b"\x00" in unquote_to_bytes(query.replace(b"+", b" ")):
        return "query"
    return None


class NulGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        where = _has_nul(scope) if scope["type"] == "http" else None
        if where is None:
            await self.app(scope, receive, send)
            return
        body = json.dumps(error_body(f"The request's {where} holds a NUL character", "invalid",
                                     {"field": where})).encode()
        await send({"type": "http.response.start", "status": 422,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
