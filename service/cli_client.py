"""The CLI's side of the API: URL and token, `-e` values, HTTP calls and the SSE log stream."""

from __future__ import annotations

import codecs
import json
import math
import os
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import httpx
import yaml

DEFAULT_URL = "http://127.0.0.1:8000"
# Reconnects to a log stream that keep failing without a single new event: then the server is gone for good.
MAX_RECONNECTS = 8
# No read timeout on a log stream: a task may be quiet for long, and the server sends keep-alives anyway.
STREAM_TIMEOUT = httpx.Timeout(30, read=None)


class ClientError(Exception):
    """Something the user must be told; the message is ready to print. An error the API answered keeps its status
    and the server's own words (`reason`), for callers that say more about it."""

    def __init__(self, message: str, *, status: int | None = None, reason: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason or message


class Unreachable(ClientError):
    """No answer from the server (refused, timed out, cut off): trying again later may work."""


# ---- configuration -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClientConfig:
    url: str
    token: str


def config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "containr" / "cli.json"


def load_config() -> ClientConfig:
    """CONTAINR_URL and CONTAINR_TOKEN win over the file that `containr login` writes."""
    path = config_path()
    stored: dict[str, Any] = {}
    if path.exists():
        try:
            stored = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise ClientError(f"Cannot read {path} ({exc}); run `containr login` again") from exc
        if not isinstance(stored, dict):
            raise ClientError(f"{path} is not a JSON object; run `containr login` again")
    url = os.environ.get("CONTAINR_URL") or stored.get("url") or DEFAULT_URL
    token = os.environ.get("CONTAINR_TOKEN") or stored.get("token") or ""
    return ClientConfig(url=str(url), token=str(token))


def save_config(*, url: str, token: str) -> Path:
    """Written atomically with mode 0600 in a 0700 directory: the file holds a bearer token."""
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkstemp creates the file 0600, so the token is never readable by others, not even for a moment.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".cli-", suffix=".json")
    try:
        with os.fdopen(fd, "w") as handle:
            json.dump({"url": url, "token": token}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_line(stream: TextIO) -> str | None:
    """One line of a piped stream without its line break (other spaces are part of a passphrase); None at its
    end."""
    line = stream.readline()
    if not line:
        return None
    return line.removesuffix("\n").removesuffix("\r")


# ---- extra vars ----------------------------------------------------------------------------------------


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON value")  # NaN and Infinity would not survive the trip as JSON


def parse_value(raw: str) -> Any:
    """A number, boolean, list or object where the text is one in JSON; otherwise the text itself."""
    try:
        value = json.loads(raw, parse_constant=_reject_constant)
    except ValueError:
        return raw
    if isinstance(value, bool | int | list | dict) or (isinstance(value, float) and math.isfinite(value)):
        return value
    return raw  # JSON strings and null: `-e name="x"` means the text the shell handed over


def _load_vars_file(name: str) -> dict[str, Any]:
    path = Path(name)
    try:
        text = path.read_text(encoding="utf-8")
        loaded = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except OSError as exc:
        raise ClientError(f"-e @{name}: cannot read it ({exc.strerror})") from exc
    except (ValueError, yaml.YAMLError) as exc:
        kind = "JSON" if path.suffix == ".json" else "YAML"
        raise ClientError(f"-e @{name}: not valid {kind}: {exc}") from exc
    if not isinstance(loaded, dict) or not all(isinstance(key, str) for key in loaded):
        raise ClientError(f"-e @{name}: the file must hold a mapping of variable names to values")
    # YAML dates and the like become their text, which is what the JSON request can carry.
    return json.loads(json.dumps(loaded, default=str))


def parse_extra_vars(items: Iterable[str]) -> dict[str, Any]:
    """`key=value` items and `@file.yml|json` mappings, merged in order (a later one wins)."""
    result: dict[str, Any] = {}
    for item in items:
        if item.startswith("@"):
            result.update(_load_vars_file(item[1:]))
            continue
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ClientError(f"-e {item!r}: expected key=value or @file")
        result[key.strip()] = parse_value(raw)
    return result


# ---- Server-Sent Events --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SseEvent:
    event: str
    data: str
    id: str | None = None  # the last event id seen, as the spec hands it to listeners


def sse_lines(chunks: Iterable[bytes]) -> Iterator[str]:
    """Lines of a UTF-8 byte stream split on CRLF, LF or CR, wherever the chunks happen to be cut."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending = ""
    first = True
    for chunk in chunks:
        text = pending + decoder.decode(chunk)
        if first and text:
            text, first = text.removeprefix("\ufeff"), False
        # A CR at the very end may be the first half of a CRLF: wait for the next chunk to tell.
        cut = len(text) - 1 if text.endswith("\r") else len(text)
        lines = text[:cut].replace("\r\n", "\n").replace("\r", "\n").split("\n")
        pending = lines.pop() + text[cut:]
        yield from lines
    rest = (pending + decoder.decode(b"", final=True)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if rest[-1] == "":
        rest.pop()  # the stream ended right after a line break: no line follows it
    yield from rest


def parse_sse(lines: Iterable[str]) -> Iterator[SseEvent]:
    """Events as the EventSource spec dispatches them: comments skipped, `data` lines joined with newlines,
    an event cut off by the end of the stream dropped (a reconnect replays it)."""
    event, data, last_id = "", [], None
    for line in lines:
        if line == "":
            if data:
                yield SseEvent(event=event or "message", data="\n".join(data), id=last_id)
            event, data = "", []
            continue
        if line.startswith(":"):
            continue
        name, colon, value = line.partition(":")
        if colon:
            value = value.removeprefix(" ")
        if name == "data":
            data.append(value)
        elif name == "event":
            event = value
        elif name == "id" and "\0" not in value:
            last_id = value


# ---- the API -------------------------------------------------------------------------------------------


def _error_text(response: httpx.Response) -> tuple[str, Any]:
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and "error" in body:
        return str(body["error"]), body.get("details")
    return (response.text.strip() or response.reason_phrase)[:500], None


def describe_error(response: httpx.Response) -> str:
    """The API's `{"error", "code", "details"}` as one line, with a hint where the fix is obvious."""
    text, details = _error_text(response)
    if details:
        text = f"{text} ({json.dumps(details)})"
    if response.status_code == 401:
        text += " — run `containr login`"
    return f"{response.status_code}: {text}"


class Api:
    """Calls to `{url}/api/v1`; every failure comes out as a ClientError."""

    def __init__(self, url: str, token: str, *, transport: httpx.BaseTransport | None = None) -> None:
        self.url = url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        # `transport` is for the tests, which need a stream that breaks at a chosen point.
        self._http = httpx.Client(base_url=f"{self.url}/api/v1", headers=headers, timeout=30,
                                  transport=transport)

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *_: object) -> None:
        self._http.close()

    def _transport_error(self, exc: httpx.TransportError) -> Unreachable:
        if isinstance(exc, httpx.ConnectError):
            return Unreachable(f"Cannot reach Containr at {self.url}: {exc}")
        if isinstance(exc, httpx.TimeoutException):
            return Unreachable(f"Containr at {self.url} did not answer in time")
        return Unreachable(f"Lost the connection to Containr at {self.url}: {exc}")

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise self._transport_error(exc) from exc
        if response.status_code >= 400:
            raise ClientError(describe_error(response), status=response.status_code,
                              reason=_error_text(response)[0])
        return response

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError as exc:
            raise ClientError(f"{self.url} answered {method} {path} with something that is not JSON; "
                              "is it a Containr server?") from exc

    def log_in(self, username: str, password: str, *, sources: str) -> dict[str, Any]:
        """POST /auth/login; a refusal names the account, the server and `sources`, where the username and the
        password were read (a password piped from the wrong file fails like a mistyped one)."""
        try:
            body = self.json("POST", "/auth/login", json={"username": username, "password": password})
        except Unreachable:
            raise
        except ClientError as exc:
            if exc.status is None:
                raise
            reason = exc.reason[:1].lower() + exc.reason[1:]
            raise ClientError(f"login as {username!r} at {self.url}: {reason} ({sources})", status=exc.status,
                              reason=exc.reason) from exc
        if not isinstance(body, dict) or not body.get("accessToken"):
            raise ClientError(f"{self.url} answered the login without a token; is it a Containr server?")
        return body

    def follow_log(self, task_id: int, *, lines: int = -1) -> Iterator[SseEvent]:
        """The task's log events (from the last `lines` lines, -1 for all) until its `end` event; a dropped
        stream resumes after the last id seen."""
        last_id: str | None = None
        failures = 0
        while True:
            headers = {"Accept": "text/event-stream"}
            if last_id is not None:
                headers["Last-Event-ID"] = last_id
            try:
                with self._http.stream("GET", f"/tasks/{task_id}/logstream", headers=headers,
                                       params={"lines": lines}, timeout=STREAM_TIMEOUT) as response:
                    if response.status_code >= 400:
                        response.read()
                        raise ClientError(describe_error(response))
                    for event in parse_sse(sse_lines(response.iter_bytes())):
                        failures = 0
                        last_id = event.id or last_id
                        yield event
                        if event.event == "end":
                            return
            except httpx.TransportError as exc:
                # Refused before anything arrived: the URL is wrong or the server is down, say so at once.
                if (last_id is None and isinstance(exc, httpx.ConnectError)) or failures >= MAX_RECONNECTS:
                    raise self._transport_error(exc) from exc
            # Dropped, or closed without an `end` event (a restarting server): resume where it stopped.
            failures += 1
            if failures > MAX_RECONNECTS:
                raise ClientError(f"The log stream of task {task_id} keeps closing without its end")
            time.sleep(min(0.25 * 2**failures, 5.0))


def task_state(task: dict[str, Any]) -> str:
    """The task's state; servers that only send Cloudron's fields get it derived from them."""
    if task.get("state"):
        return str(task["state"])
    if task.get("active"):
        return "running" if task.get("startedAt") or task.get("percent") else "queued"
    if task.get("success"):
        return "success"
    return str((task.get("error") or {}).get("code") or "failed")
