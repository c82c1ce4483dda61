"""A small reader of Server-Sent Events for the tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass
class SseEvent:
    id: int | None = None
    event: str = "message"
    data: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.data)

    def json(self) -> Any:
        return json.loads(self.text)


@dataclass
class SseStream:
    events: list[SseEvent] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[SseEvent]:
        return [event for event in self.events if event.event == "message"]

    @property
    def end(self) -> SseEvent | None:
        return next((event for event in self.events if event.event == "end"), None)


async def read_stream(client: httpx.AsyncClient, url: str, *, headers: dict[str, str],
                      stop_after_comments: int | None = None) -> SseStream:
    """Read the stream until the server closes it (or enough comments arrived)."""
    stream = SseStream()
    current = SseEvent()
    async with client.stream("GET", url, headers={**headers, "Accept": "text/event-stream"}) as response:
        assert response.status_code == 200, await response.aread()
        assert response.headers["content-type"].startswith("text/event-stream")
        async for line in response.aiter_lines():
            if line == "":
                if current.data or current.id is not None:
                    stream.events.append(current)
                current = SseEvent()
            elif line.startswith(":"):
                stream.comments.append(line[1:].strip())
                if stop_after_comments is not None and len(stream.comments) >= stop_after_comments:
                    break
            else:
                name, _, value = line.partition(":")
                value = value.removeprefix(" ")
                if name == "id":
                    current.id = int(value)
                elif name == "event":
                    current.event = value
                elif name == "data":
                    current.data.append(value)
    return stream
