"""The CLI's side of the API: where the URL and token come from, HTTP calls, following a task."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml


class ClientError(Exception):
    """Something the user must be told; the message is ready to print."""


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "containr" / "cli.json"


def load_config() -> dict[str, str]:
    path = config_path()
    stored = json.loads(path.read_text()) if path.exists() else {}
    return {"url": os.environ.get("CONTAINR_URL") or stored.get("url") or "http://127.0.0.1:8000",
            "token": os.environ.get("CONTAINR_TOKEN") or stored.get("token") or ""}


def save_config(*, url: str, token: str) -> Path:
    """Written atomically with mode 0600: the file holds a bearer token."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cli-", suffix=".json")
    with os.fdopen(fd, "w") as handle:
        json.dump({"url": url, "token": token}, handle)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


def parse_extra_vars(items: list[str]) -> dict[str, Any]:
    """`key=value` (a JSON value where it parses as one, else the text) or `@file.yml|json` (a mapping)."""
    result: dict[str, Any] = {}
    for item in items:
        if item.startswith("@"):
            loaded = yaml.safe_load(Path(item[1:]).read_text())
            if not isinstance(loaded, dict):
                raise ClientError(f"{item[1:]} does not hold a mapping of variables")
            result.update(loaded)
            continue
        key, sep, raw = item.partition("=")
        if not sep or not key:
            raise ClientError(f"-e {item!r}: expected key=value or @file")
        try:
            result[key] = json.loads(raw)
        except ValueError:
            result[key] = raw
    return result


@dataclass
class SseEvent:
    id: int | None = None
    event: str = "message"
    data: list[str] = field(default_factory=list)


def parse_sse(lines: Iterator[str]) -> Iterator[SseEvent]:
    """Events of a text/event-stream, comments (keep-alives) skipped."""
    current = SseEvent()
    for line in lines:
        if line == "":
            if current.data or current.id is not None:
                yield current
            current = SseEvent()
        elif line.startswith(":"):
            continue
        else:
            name, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if name == "id" and value.isdigit():
                current.id = int(value)
            elif name == "event":
                current.event = value
            elif name == "data":
                current.data.append(value)
    if current.data:
        yield current


class Api:
    def __init__(self, url: str, token: str) -> None:
        self.url = url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._http = httpx.Client(base_url=f"{self.url}/api/v1", headers=headers, timeout=30)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ClientError(f"Cannot reach Containr at {self.url}: {exc}") from exc
        if response.status_code >= 400:
            raise ClientError(describe_error(response))
        return response

    def follow_log(self, task_id: int, *, after: int = 0) -> Iterator[SseEvent]:
        """Log events of a task until its `end` event; reconnects with Last-Event-ID when dropped."""
        while True:
            headers = {"Accept": "text/event-stream"}
            if after:
                headers["Last-Event-ID"] = str(after)
            try:
                with self._http.stream("GET", f"/tasks/{task_id}/logstream", headers=headers,
                                       timeout=httpx.Timeout(30, read=None)) as response:
                    if response.status_code >= 400:
                        response.read()
                        raise ClientError(describe_error(response))
                    for event in parse_sse(response.iter_lines()):
                        if event.id is not None:
                            after = event.id
                        yield event
                        if event.event == "end":
                            return
            except httpx.TransportError as exc:
                if isinstance(exc, httpx.ConnectError):
                    raise ClientError(f"Cannot reach Containr at {self.url}: {exc}") from exc
                continue  # the stream broke: pick up where it stopped


def describe_error(response: httpx.Response) -> str:
    try:
        body = response.json()
        text = body.get("error") or response.reason_phrase
        details = body.get("details")
    except ValueError:
        text, details = response.text or response.reason_phrase, None
    if details:
        text = f"{text} ({json.dumps(details)})"
    if response.status_code == 401:
        text += " — run `containr login`"
    return f"{response.status_code}: {text}"
