"""A loopback HTTP server standing in for Slack, Discord, Teams, Mattermost, Rocket.Chat and webhook receivers: it
keeps each request (path, headers, raw body) and answers `status`; it can also accept and never answer (stall)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from dataclasses import dataclass, field
from typing import Any


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    port: int = field(default_factory=free_port)
    status: int = 200
    stall: bool = False
    requests: list[Request] = field(default_factory=list)
    stalled: int = 0  # connections accepted and left unanswered
    _server: asyncio.Server | None = None
    _held: list[asyncio.StreamWriter] = field(default_factory=list)

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in self._held:
                writer.close()
            self._held.clear()
            await self._server.wait_closed()
            self._server = None

    def to(self, path: str) -> list[Request]:
        return [request for request in self.requests if request.path == path]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.stall:
            self.stalled += 1
            self._held.append(writer)
            return  # the connection stays open, unanswered, until stop()
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
            path = head[0].split(" ")[1]
            headers = {}
            for line in head[1:]:
                if ":" in line:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            self.requests.append(Request(path=path, headers=headers, body=body))
            # A refusal names the path it refused, as many servers do: the sender must not repeat it.
            answer = b"ok" if self.status < 300 else f"no hook at {path}".encode()
            writer.write(f"HTTP/1.1 {self.status} X\r\nContent-Length: {len(answer)}\r\nConnection: close\r\n\r\n"
                         .encode() + answer)
            await writer.drain()
        writer.close()
