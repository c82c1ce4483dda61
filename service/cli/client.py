"""The `containr` commands that are a client of the REST API: login, playbook and tasks."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn

from service.cli.output import console, fail, out, print_table, say
from service.cli_client import (
    DEFAULT_URL,
    Api,
    ClientError,
    Unreachable,
    load_config,
    parse_extra_vars,
    read_line,
    save_config,
    task_state,
)

playbook_app = typer.Typer(help="Playbooks, through the API.", no_args_is_help=True)
tasks_app = typer.Typer(help="Tasks, through the API.", no_args_is_help=True)

POLL_SECONDS = 0.5
# Polls of a running task that may fail in a row (a restarting server) before following gives up.
POLL_RETRIES = 20


@contextmanager
def _reported() -> Iterator[None]:
    """Client errors end the command with their message in red and exit status 1."""
    try:
        yield
    except ClientError as exc:
        raise fail(str(exc)) from exc


def _api() -> Api:
    config = load_config()
    return Api(config.url, config.token)


def _stdin_line(what: str) -> str:
    line = read_line(sys.stdin)
    if line is None:
        raise fail(f"No {what}: stdin ended before it (pipe it in, pass --{what}, or run in a terminal)")
    return line


def _credentials(username: str | None, password: str | None) -> tuple[str, str, str]:
    """The username and password, asked on a terminal or read from piped stdin (one line each, without
    getpass's warning that it cannot hide what a pipe carries), and where each came from."""
    interactive = sys.stdin.isatty()
    origins = []
    for what, value in (("username", username), ("password", password)):
        if value is not None:
            origins.append(f"{what} from --{what}")
        elif interactive:
            origins.append(f"{what} typed at its prompt")
        else:
            origins.append(f"{what} read from stdin")
    if username is None:
        username = typer.prompt("Username") if interactive else _stdin_line("username")
    if password is None:
        password = typer.prompt("Password", hide_input=True) if interactive else _stdin_line("password")
    return username, password, ", ".join(origins)


def login(username: Annotated[str | None, typer.Option(
              help="Default: asked, or the first line of stdin when stdin is not a terminal")] = None,
          password: Annotated[str | None, typer.Option(
              help="Default: asked without echo, or the next line of stdin when stdin is not a terminal "
                   "(safer than this option, which other users can see in the process list)")] = None,
          url: Annotated[str | None, typer.Option(help="Default: CONTAINR_URL, else the saved URL")] = None,
          ) -> None:
    """Log in and keep the URL and token in ~/.config/containr/cli.json (mode 0600)."""
    if not url:
        try:
            url = load_config().url
        except ClientError:  # a damaged config file is what login is about to replace
            url = os.environ.get("CONTAINR_URL") or DEFAULT_URL
    url = url.rstrip("/")
    username, password, origins = _credentials(username, password)
    with _reported(), Api(url, "") as api:
        body = api.log_in(username, password, sources=origins)
    path = save_config(url=url, token=body["accessToken"])
    who = (body.get("user") or {}).get("username", username)
    hours = int(body.get("expiresIn") or 0) // 3600
    say(f"Logged in as {who} at {url} (token in {path}" + (f", valid for {hours} h)" if hours else ")"))
    if os.environ.get("CONTAINR_TOKEN"):
        say("CONTAINR_TOKEN is set: it wins over the saved token until you unset it", style="yellow",
             stderr=True)


@playbook_app.command("list")
def playbook_list() -> None:
    """The playbooks the server can run, with their documented vars (* required)."""
    items: list[dict[str, Any]] = []
    with _reported(), _api() as api:
        page = 1
        while True:
            answer = api.json("GET", "/playbooks", params={"page": page, "per_page": 100})
            items.extend(answer["items"])
            if not answer["items"] or len(items) >= answer["total"]:
                break
            page += 1
    rows = []
    for item in items:
        summary = item["description"].split(". ", 1)[0]  # the first sentence: the header has the rest
        names = "\n".join(var["name"] + ("*" if var["required"] else "") for var in item["vars"])
        rows.append([item["name"], summary, names, "\n".join(item.get("returns") or [])])
    print_table([("name", True), ("description", False), ("vars", False), ("returns", False)], rows)


class IfBusy(StrEnum):
    QUEUE = "queue"
    REFUSE = "refuse"


@playbook_app.command("run")
def playbook_run(
    name: str,
    extra_vars: Annotated[list[str] | None, typer.Option(
        "-e", "--extra-vars", help="key=value (a JSON number, boolean, list or object is parsed), or @file",
    )] = None,
    limit: Annotated[str | None, typer.Option(help="Hosts pattern")] = None,
    check: Annotated[bool, typer.Option("--check", help="Dry run")] = False,
    tags: Annotated[str | None, typer.Option(help="Comma-separated tags")] = None,
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Show progress, then the log")] = False,
    if_busy: Annotated[IfBusy, typer.Option(
        "--if-busy", help="While a run of this playbook and limit is active: wait behind it, or refuse (409)",
    )] = IfBusy.QUEUE,
) -> None:
    """Start a playbook run as a task; with --follow, exit 1 unless it succeeds."""
    with _reported():
        body: dict[str, Any] = {"extraVars": parse_extra_vars(extra_vars or [])}
        if limit:
            body["limit"] = limit
        if check:
            body["check"] = True
        if tags:
            body["tags"] = [tag.strip() for tag in tags.split(",") if tag.strip()]
        if if_busy is not IfBusy.QUEUE:  # the server's default
            body["ifBusy"] = if_busy.value
        with _api() as api:
            task_id = int(api.json("POST", f"/playbooks/{name}/run", json=body)["taskId"])
            say(f"Task {task_id} started")
            if follow:
                _follow(api, task_id)


def _poll(api: Api, task_id: int) -> dict[str, Any]:
    for _ in range(POLL_RETRIES - 1):
        try:
            return api.json("GET", f"/tasks/{task_id}")
        except Unreachable:
            time.sleep(POLL_SECONDS)
    return api.json("GET", f"/tasks/{task_id}")  # the last try: its error is the one reported


@contextmanager
def _detachable(task_id: int) -> Iterator[None]:
    """Ctrl-C stops following, not the task: say how to pick it up again."""
    try:
        yield
    except KeyboardInterrupt:
        say(f"\nTask {task_id} goes on: `containr tasks logs {task_id} --follow` to follow it, "
             f"`containr tasks stop {task_id}` to stop it", stderr=True)
        raise typer.Exit(130) from None


def _follow(api: Api, task_id: int) -> None:
    """A progress bar with percent and message while it runs, then the log; exit 1 unless it succeeded."""
    # Piped output gets no bar (it would leave an empty line behind), just the log once the task ends.
    with _detachable(task_id), Progress(
            TextColumn(f"[bold]task {task_id}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
            TextColumn("{task.description}", markup=False), console=console, transient=True,
            disable=not console.is_terminal) as progress:
        bar = progress.add_task("queued", total=100)
        while True:
            task = _poll(api, task_id)
            progress.update(bar, completed=task["percent"], description=task["message"] or task_state(task))
            if not task["active"]:
                break
            time.sleep(POLL_SECONDS)
    out(api.request("GET", f"/tasks/{task_id}/logs").text)
    _finish(task)


def _finish(task: dict[str, Any]) -> None:
    if task["success"]:
        say(f"Task {task['id']} succeeded", style="green")
        if task.get("result"):  # what the playbook handed back through set_stats, when it did
            console.print_json(json.dumps(task["result"]))
        return
    error = task.get("error") or {}
    raise ClientError(f"Task {task['id']} {task_state(task)}: {error.get('message') or task['message']}")


def _created(task: dict[str, Any]) -> str:
    millis = task.get("creationTime")
    return datetime.fromtimestamp(millis / 1000).astimezone().strftime("%Y-%m-%d %H:%M") if millis else ""


@tasks_app.command("list")
def tasks_list(
    task_type: Annotated[str | None, typer.Option("--type", help="Only tasks of this type")] = None,
    active: Annotated[bool | None, typer.Option("--active/--no-active", help="Active or done only")] = None,
) -> None:
    """Tasks, newest first."""
    params: dict[str, Any] = {}
    if task_type:
        params["type"] = task_type
    if active is not None:
        params["active"] = str(active).lower()
    with _reported(), _api() as api:
        tasks = api.json("GET", "/tasks", params=params)["tasks"]
    # Ids, states, percents and times stay whole on a narrow terminal; the words wrap instead.
    rows = [[str(task["id"]), task["type"], task.get("playbook") or "", task_state(task), str(task["percent"]),
             task["message"] or "", _created(task)] for task in tasks]
    print_table([("id", True), ("type", False), ("playbook", False), ("state", True), ("%", True),
                  ("message", False), ("created", True)], rows)


@tasks_app.command("show")
def tasks_show(task_id: int) -> None:
    """One task as JSON."""
    with _reported(), _api() as api:
        task = api.json("GET", f"/tasks/{task_id}")
    console.print_json(json.dumps(task))  # colours on a terminal only; never wrapped, so `| jq` works


@tasks_app.command("logs")
def tasks_logs(task_id: int, follow: Annotated[bool, typer.Option("--follow", "-f")] = False,
               lines: Annotated[int, typer.Option(help="Only the last N lines; -1 for all")] = -1) -> None:
    """The task's log; with --follow, live until the task ends (then exit 1 unless it succeeded)."""
    with _reported(), _api() as api:
        if not follow:
            out(api.request("GET", f"/tasks/{task_id}/logs", params={"lines": lines}).text)
            return
        with _detachable(task_id):
            for event in api.follow_log(task_id, lines=lines):
                if event.event == "end":
                    _finish(json.loads(event.data))
                elif event.event == "message":
                    out(event.data + "\n")


@tasks_app.command("stop")
def tasks_stop(task_id: int) -> None:
    """Stop an active task."""
    with _reported(), _api() as api:
        api.request("POST", f"/tasks/{task_id}/stop")
    say(f"Task {task_id} stopping")
