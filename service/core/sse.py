"""Server-Sent Events framing."""

from __future__ import annotations


def sse_event(data: str, *, event_id: int | None = None, event: str | None = None) -> str:
    head = []
    if event_id is not None:
        head.append(f"id: {event_id}")
    if event is not None:
        head.append(f"event: {event}")
    body = [f"data: {part}" for part in data.split("\n")]
    return "\n".join(head + body) + "\n\n"


def sse_comment(text: str) -> str:
    return f": {text}\n\n"
