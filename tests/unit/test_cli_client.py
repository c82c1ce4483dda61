"""The CLI client's own logic: `-e` values, the config file, the SSE reader, errors and stream resumption."""

from __future__ import annotations

import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from service import cli_client
from service.cli_client import (
    Api,
    ClientError,
    SseEvent,
    describe_error,
    load_config,
    parse_extra_vars,
    parse_sse,
    read_line,
    save_config,
    sse_lines,
    task_state,
)

# ---- -e values -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("item", "expected"), [
    ("count=3", 3),
    ("ratio=0.5", 0.5),
    ("enabled=true", True),
    ("enabled=false", False),
    ('ports=[80, "443"]', [80, "443"]),
    ('limits={"cpu": 2, "tags": ["a"]}', {"cpu": 2, "tags": ["a"]}),
    ("name=hello world", "hello world"),
    ("expr=a=b", "a=b"),
    ("empty=", ""),
    # Only numbers, booleans, lists and objects are parsed: these stay the text that was typed.
    ('quoted="x"', '"x"'),
    ("nothing=null", "null"),
    ("nan=NaN", "NaN"),
    ("huge=1e999", "1e999"),
    ("version=1.2.3", "1.2.3"),
    ("template={{ lookup('pipe', 'id') }}", "{{ lookup('pipe', 'id') }}"),
])
def test_key_value_items_parse_json_values_only_where_they_are_data(item, expected):
    key = item.partition("=")[0]
    parsed = parse_extra_vars([item])
    assert parsed == {key: expected}
    assert type(parsed[key]) is type(expected)


@pytest.mark.parametrize("item", ["novalue", "=3", " =3"])
def test_an_item_without_a_key_is_refused(item):
    with pytest.raises(ClientError, match="expected key=value or @file"):
        parse_extra_vars([item])


def test_var_files_merge_in_order_with_key_value_items(tmp_path):
    (tmp_path / "vars.yml").write_text("size: 10\nname: db\nwhen: 2024-05-01\nnested:\n  list: [1, two]\n")
    (tmp_path / "more.json").write_text('{"size": 20, "extra": null}')
    parsed = parse_extra_vars([f"@{tmp_path / 'vars.yml'}", "name=web", f"@{tmp_path / 'more.json'}"])
    # A YAML date travels as its text: the request body is JSON.
    assert parsed == {"size": 20, "name": "web", "when": "2024-05-01", "nested": {"list": [1, "two"]},
                      "extra": None}


@pytest.mark.parametrize(("name", "text", "message"), [
    ("list.yml", "- a\n- b\n", "must hold a mapping"),
    ("keys.yml", "1: one\n", "must hold a mapping"),
    ("empty.yml", "", "must hold a mapping"),
    ("bad.json", "{'single': 'quotes'}", "not valid JSON"),
    ("bad.yml", "a: [unclosed\n", "not valid YAML"),
])
def test_var_files_that_are_not_mappings_are_refused(tmp_path, name, text, message):
    (tmp_path / name).write_text(text)
    with pytest.raises(ClientError, match=message):
        parse_extra_vars([f"@{tmp_path / name}"])


def test_a_missing_var_file_is_named(tmp_path):
    with pytest.raises(ClientError, match=r"-e @.*absent\.yml: cannot read it"):
        parse_extra_vars([f"@{tmp_path / 'absent.yml'}"])


# ---- the config file -----------------------------------------------------------------------------------


@pytest.fixture
def config_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("CONTAINR_URL", raising=False)
    monkeypatch.delenv("CONTAINR_TOKEN", raising=False)
    return tmp_path / "config"


def test_login_config_is_private_and_replaced_atomically(config_home):
    path = save_config(url="http://one:8000", token="first")
    assert path == config_home / "containr" / "cli.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    path.chmod(0o644)  # loosened by hand: the next login makes it private again
    save_config(url="http://two:8000", token="second")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text()) == {"url": "http://two:8000", "token": "second"}
    assert [entry.name for entry in path.parent.iterdir()] == ["cli.json"]  # no temporary file left behind


def test_environment_wins_over_the_config_file(config_home, monkeypatch):
    assert load_config() == cli_client.ClientConfig(url=cli_client.DEFAULT_URL, token="")
    save_config(url="http://saved:8000", token="saved-token")
    assert load_config() == cli_client.ClientConfig(url="http://saved:8000", token="saved-token")
    monkeypatch.setenv("CONTAINR_URL", "http://env:9000")
    assert load_config() == cli_client.ClientConfig(url="http://env:9000", token="saved-token")
    monkeypatch.setenv("CONTAINR_TOKEN", "env-token")
    assert load_config() == cli_client.ClientConfig(url="http://env:9000", token="env-token")


def test_a_damaged_config_file_says_to_log_in_again(config_home):
    path = config_home / "containr" / "cli.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json")
    with pytest.raises(ClientError, match="containr login"):
        load_config()


# ---- Server-Sent Events --------------------------------------------------------------------------------

STREAM = (
    b": containr task log\n\n"
    b"id: 1\ndata: [containr] Task 7 queued: playbook (check)\n\n"
    b": keep-alive\n\n"
    b"id: 2\ndata: PLAY [Check] \xe2\x80\x94 caf\xc3\xa9\n\n"
    b"id: 3\ndata: first line\ndata:second line\ndata\n\n"
    b'event: end\ndata: {"id": 7, "success": true,\ndata:  "state": "success"}\n\n'
)
EXPECTED = [
    SseEvent(event="message", data="[containr] Task 7 queued: playbook (check)", id="1"),
    SseEvent(event="message", data="PLAY [Check] — café", id="2"),
    SseEvent(event="message", data="first line\nsecond line\n", id="3"),
    # The end event carries no id of its own: the last one seen is what a reconnect resumes from.
    SseEvent(event="end", data='{"id": 7, "success": true,\n "state": "success"}', id="3"),
]


def events_of(chunks: list[bytes]) -> list[SseEvent]:
    return list(parse_sse(sse_lines(chunks)))


def test_a_stream_becomes_events_without_comments():
    events = events_of([STREAM])
    assert events == EXPECTED
    assert json.loads(events[-1].data) == {"id": 7, "success": True, "state": "success"}


def test_chunks_may_be_cut_anywhere_even_inside_a_character_or_a_crlf():
    crlf = STREAM.replace(b"\n", b"\r\n")
    for payload in (STREAM, crlf, STREAM.replace(b"\n", b"\r")):
        for cut in range(len(payload) + 1):
            assert events_of([payload[:cut], payload[cut:]]) == EXPECTED, (payload, cut)
        assert events_of([payload[i:i + 1] for i in range(len(payload))]) == EXPECTED


def test_an_event_cut_off_by_the_end_of_the_stream_is_dropped():
    assert events_of([b"id: 1\ndata: complete\n\nid: 2\ndata: cut off"]) == [
        SseEvent(event="message", data="complete", id="1")]
    assert events_of([b"id: 1\ndata: complete\n\nid: 2\ndata: cut off\n"]) == [
        SseEvent(event="message", data="complete", id="1")]


def test_an_id_without_data_dispatches_nothing_but_is_remembered():
    assert events_of([b"\xef\xbb\xbfid: 5\n\ndata: x\n\n"]) == [SseEvent(event="message", data="x", id="5")]


# ---- errors and tasks ----------------------------------------------------------------------------------


def test_api_errors_read_as_one_line_with_a_hint_for_401():
    unauthorized = httpx.Response(401, json={"error": "Not authenticated", "code": "unauthorized"})
    assert describe_error(unauthorized) == "401: Not authenticated — run `containr login`"
    invalid = httpx.Response(422, json={"error": "Invalid input", "code": "invalid",
                                        "details": [{"field": "limit"}]})
    assert describe_error(invalid) == '422: Invalid input ([{"field": "limit"}])'
    proxy = httpx.Response(502, text="<html>Bad Gateway</html>")
    assert describe_error(proxy) == "502: <html>Bad Gateway</html>"


def test_an_api_error_keeps_its_status_and_the_servers_words():
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(409, json={"error": "Task 3 is busy", "code": "conflict"})

    with Api("http://containr.test", "t", transport=httpx.MockTransport(refuse)) as api, \
            pytest.raises(ClientError) as caught:
        api.request("POST", "/tasks/3/stop")
    assert (str(caught.value), caught.value.status, caught.value.reason) == ("409: Task 3 is busy", 409,
                                                                             "Task 3 is busy")


@pytest.mark.parametrize(("answer", "message"), [
    (httpx.Response(401, json={"error": "Invalid username or password", "code": "bad_credentials"}),
     "login as 'admin' at http://containr.test: invalid username or password (password read from stdin)"),
    (httpx.Response(429, json={"error": "Too many failed logins", "code": "too_many_requests"}),
     "login as 'admin' at http://containr.test: too many failed logins (password read from stdin)"),
    (httpx.Response(200, json={"hello": "world"}),
     "http://containr.test answered the login without a token; is it a Containr server?"),
])
def test_a_refused_login_names_the_account_the_server_and_where_the_password_came_from(answer, message):
    with Api("http://containr.test/", "", transport=httpx.MockTransport(lambda _: answer)) as api, \
            pytest.raises(ClientError) as caught:
        api.log_in("admin", "wrong", sources="password read from stdin")
    assert str(caught.value) == message


def test_a_login_answers_its_token():
    answer = httpx.Response(200, json={"accessToken": "abc", "expiresIn": 3600})
    with Api("http://containr.test", "", transport=httpx.MockTransport(lambda _: answer)) as api:
        assert api.log_in("admin", "pw", sources="")["accessToken"] == "abc"


@pytest.mark.parametrize(("piped", "first", "second"), [
    ("a long passphrase\n", "a long passphrase", None),
    (" spaced \r\nnext\n", " spaced ", "next"),
    ("no newline", "no newline", None),
    ("\n", "", None),
    ("", None, None),
])
def test_a_piped_line_keeps_its_spaces_and_loses_its_line_break(piped, first, second):
    stream = io.StringIO(piped)
    assert read_line(stream) == first
    assert read_line(stream) == second


@pytest.mark.parametrize(("task", "state"), [
    ({"state": "timeout", "active": False, "success": False}, "timeout"),
    ({"active": True, "percent": 0, "startedAt": None}, "queued"),
    ({"active": True, "percent": 40, "startedAt": "2026-01-01T00:00:00Z"}, "running"),
    ({"active": False, "success": True}, "success"),
    ({"active": False, "success": False, "error": {"message": "x", "code": "stopped"}}, "stopped"),
    ({"active": False, "success": False, "error": None}, "failed"),
])
def test_task_state_comes_from_the_task_or_its_cloudron_fields(task, state):
    assert task_state(task) == state


# ---- following a log stream ----------------------------------------------------------------------------


class BreakingStream(httpx.SyncByteStream):
    """Sends its bytes, then fails the way a dropped TCP connection does."""

    def __init__(self, payload: bytes) -> None:
        self.payload = payload

    def __iter__(self) -> Iterator[bytes]:
        yield self.payload
        raise httpx.ReadError("connection reset by peer")


def test_a_dropped_stream_resumes_after_the_last_event_id(monkeypatch):
    seen: list[httpx.Request] = []
    delays: list[float] = []
    monkeypatch.setattr(cli_client.time, "sleep", delays.append)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            broken = BreakingStream(b"id: 1\ndata: one\n\nid: 2\ndata: two\n\nid: 3\nda")
            return httpx.Response(200, stream=broken)
        if len(seen) == 2:
            return httpx.Response(200, content=b": keep-alive\n\n")  # closed without an end event
        return httpx.Response(200, content=b'id: 3\ndata: three\n\nevent: end\ndata: {"success": true}\n\n')

    with Api("http://containr.test", "token", transport=httpx.MockTransport(handler)) as api:
        events = list(api.follow_log(4, lines=10))
    assert [(event.event, event.data) for event in events] == [
        ("message", "one"), ("message", "two"), ("message", "three"), ("end", '{"success": true}')]
    assert [request.headers.get("last-event-id") for request in seen] == [None, "2", "2"]
    assert all(request.url.path == "/api/v1/tasks/4/logstream" for request in seen)
    assert all(request.headers["authorization"] == "Bearer token" for request in seen)
    assert all(request.headers["accept"] == "text/event-stream" for request in seen)
    assert delays == sorted(delays) and len(delays) == 2  # backing off, not hammering the server


def test_a_refused_first_connection_is_reported_at_once(monkeypatch):
    monkeypatch.setattr(cli_client.time, "sleep", pytest.fail)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with Api("http://127.0.0.1:9/", "", transport=httpx.MockTransport(refuse)) as api, \
            pytest.raises(cli_client.Unreachable, match=r"Cannot reach Containr at http://127\.0\.0\.1:9:"):
        list(api.follow_log(1))


def test_a_stream_refused_by_the_api_raises_its_error():
    def forbid(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "No task 99", "code": "not_found"})

    with Api("http://containr.test", "t", transport=httpx.MockTransport(forbid)) as api, \
            pytest.raises(ClientError, match="^404: No task 99$"):
        list(api.follow_log(99))
