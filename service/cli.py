"""The `containr` command: the server side (serve, migrate, user create) and a client of the REST API."""

from __future__ import annotations

import asyncio
import json
import time
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn
from rich.table import Table

if TYPE_CHECKING:
    from service.config import Settings

from service.cli_client import Api, ClientError, load_config, parse_extra_vars, save_config

app = typer.Typer(help="Containr: a control plane for Proxmox VE whose engine is Ansible.", no_args_is_help=True)
user_app = typer.Typer(help="Accounts, from the server's shell.", no_args_is_help=True)
playbook_app = typer.Typer(help="Playbooks, through the API.", no_args_is_help=True)
tasks_app = typer.Typer(help="Tasks, through the API.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(playbook_app, name="playbook")
app.add_typer(tasks_app, name="tasks")

console = Console()
errors = Console(stderr=True)


def _fail(message: str) -> typer.Exit:
    errors.print(f"[red]{message}[/red]", highlight=False)
    return typer.Exit(1)


def _api() -> Api:
    config = load_config()
    return Api(config["url"], config["token"])


# ---- server side ---------------------------------------------------------------------------------------


def _settings() -> Settings:
    # Imported late so that the client commands start fast.
    from service.config import get_settings

    return get_settings()


@app.command()
def serve(host: Annotated[str | None, typer.Option(help="Bind address")] = None,
          port: Annotated[int | None, typer.Option(help="Port")] = None) -> None:
    """Run the API and the task workers in this process."""
    import uvicorn

    from service.app import create_app
    from service.config import ConfigError

    settings = _settings()
    if host:
        settings.host = host
    if port:
        settings.port = port
    try:
        application = create_app(settings)
    except ConfigError as exc:
        raise _fail(str(exc)) from exc
    console.print(f"Containr serves on [bold]http://{settings.host}:{settings.port}[/bold] "
                  f"(data in {settings.data_dir})", highlight=False, soft_wrap=True)
    console.print("First time? Create the owner account: POST /api/v1/auth/register, "
                  "or `containr user create --admin`", highlight=False, soft_wrap=True)
    uvicorn.run(application, host=settings.host, port=settings.port, log_level="info")


@app.command()
def migrate() -> None:
    """Apply the database migrations that are not applied yet."""
    from service.db import migrate as apply

    applied = asyncio.run(apply(_settings()))
    console.print("\n".join(f"applied {name}" for name in applied) or "database is up to date")


@user_app.command("create")
def user_create(
    username: Annotated[str, typer.Option(prompt=True)],
    email: Annotated[str, typer.Option(prompt=True)],
    password: Annotated[str, typer.Option(prompt=True, hide_input=True, confirmation_prompt=True)],
    admin: Annotated[bool, typer.Option("--admin", help="Make the account an administrator")] = False,
    display_name: Annotated[str | None, typer.Option()] = None,
) -> None:
    """Create an account directly in the database (first-run rescue)."""
    from pydantic import ValidationError

    from service import db
    from service.auth.accounts import create_user
    from service.errors import ApiError
    from service.schemas.auth import RegisterRequest

    try:
        checked = RegisterRequest(username=username, email=email, password=password, display_name=display_name)
    except ValidationError as exc:
        raise _fail("; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())) from exc
    settings = _settings()

    async def create() -> Any:
        await db.migrate(settings)
        async with db.database(settings):
            return await create_user(username=checked.username, email=str(checked.email), password=password,
                                     display_name=checked.display_name, role="admin" if admin else "user")

    try:
        user = asyncio.run(create())
    except ApiError as exc:
        raise _fail(exc.message) from exc
    console.print(f"Created {user.role} {user.username} ({user.id})", highlight=False)


# ---- client side ---------------------------------------------------------------------------------------


@app.command()
def login(url: Annotated[str | None, typer.Option(help="The server, e.g. http://127.0.0.1:8000")] = None,
          username: Annotated[str, typer.Option(prompt=True)] = "",
          password: Annotated[str, typer.Option(prompt=True, hide_input=True)] = "") -> None:
    """Log in and keep the URL and token in ~/.config/containr/cli.json (mode 0600)."""
    target = url or load_config()["url"]
    try:
        answer = Api(target, "").request("POST", "/auth/login", json={"username": username, "password": password})
    except ClientError as exc:
        raise _fail(str(exc)) from exc
    body = answer.json()
    path = save_config(url=target, token=body["accessToken"])
    console.print(f"Logged in as {body['user']['username']} at {target} (token in {path})", highlight=False)


@playbook_app.command("list")
def playbook_list() -> None:
    """The playbooks the server can run, with their documented vars."""
    try:
        items = _api().request("GET", "/playbooks", params={"per_page": 100}).json()["items"]
    except ClientError as exc:
        raise _fail(str(exc)) from exc
    table = Table("name", "description", "vars")
    for item in items:
        names = ", ".join(v["name"] + ("" if not v["required"] else "*") for v in item["vars"])
        table.add_row(item["name"], item["description"], names)
    console.print(table)


@playbook_app.command("run")
def playbook_run(
    name: str,
    extra_vars: Annotated[list[str] | None, typer.Option("-e", "--extra-vars", help="key=value or @file")] = None,
    limit: Annotated[str | None, typer.Option(help="Hosts pattern")] = None,
    check: Annotated[bool, typer.Option("--check", help="Dry run")] = False,
    tags: Annotated[str | None, typer.Option(help="Comma-separated tags")] = None,
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Show progress, then the log")] = False,
) -> None:
    """Start a playbook run as a task."""
    try:
        body: dict[str, Any] = {"extraVars": parse_extra_vars(extra_vars or []), "check": check}
        if limit:
            body["limit"] = limit
        if tags:
            body["tags"] = [tag.strip() for tag in tags.split(",") if tag.strip()]
        api = _api()
        task_id = api.request("POST", f"/playbooks/{name}/run", json=body).json()["taskId"]
    except ClientError as exc:
        raise _fail(str(exc)) from exc
    console.print(f"Task {task_id} started", highlight=False)
    if follow:
        _follow(api, task_id)


def _follow(api: Api, task_id: int) -> None:
    """A progress bar with percent and message while it runs, then the log; exit 1 unless it succeeded."""
    with Progress(TextColumn("[bold]task {task.fields[id]}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
                  TextColumn("{task.description}"), console=console, transient=True) as progress:
        bar = progress.add_task("queued", total=100, id=task_id)
        while True:
            task = api.request("GET", f"/tasks/{task_id}").json()
            progress.update(bar, completed=task["percent"], description=task["message"])
            if not task["active"]:
                break
            time.sleep(0.3)
    console.print(api.request("GET", f"/tasks/{task_id}/logs").text, end="", highlight=False, markup=False)
    _finish(task)


def _finish(task: dict[str, Any]) -> None:
    if task["success"]:
        console.print(f"[green]Task {task['id']} succeeded[/green]")
        if task.get("result"):
            console.print_json(json.dumps(task["result"]))
        return
    error = task.get("error") or {}
    raise _fail(f"Task {task['id']} {task['state']}: {error.get('message', task['message'])}")


@tasks_app.command("list")
def tasks_list(type: Annotated[str | None, typer.Option("--type")] = None,
               active: Annotated[bool | None, typer.Option("--active/--no-active")] = None) -> None:
    """Tasks, newest first."""
    params: dict[str, Any] = {}
    if type:
        params["type"] = type
    if active is not None:
        params["active"] = str(active).lower()
    try:
        tasks = _api().request("GET", "/tasks", params=params).json()["tasks"]
    except ClientError as exc:
        raise _fail(str(exc)) from exc
    table = Table("id", "type", "playbook", "state", "%", "message")
    for task in tasks:
        table.add_row(str(task["id"]), task["type"], task["playbook"], task["state"], str(task["percent"]),
                      task["message"])
    console.print(table)


@tasks_app.command("show")
def tasks_show(task_id: int) -> None:
    """One task as JSON."""
    try:
        console.print_json(_api().request("GET", f"/tasks/{task_id}").text)
    except ClientError as exc:
        raise _fail(str(exc)) from exc


@tasks_app.command("logs")
def tasks_logs(task_id: int, follow: Annotated[bool, typer.Option("--follow", "-f")] = False,
               lines: Annotated[int, typer.Option(help="Last N lines; -1 for all")] = -1) -> None:
    """The task's log; with --follow, live until the task ends (exit 1 unless it succeeded)."""
    api = _api()
    try:
        if not follow:
            console.print(api.request("GET", f"/tasks/{task_id}/logs", params={"lines": lines}).text, end="",
                          highlight=False, markup=False)
            return
        for event in api.follow_log(task_id):
            if event.event == "end":
                _finish(json.loads("\n".join(event.data)))
            else:
                console.print("\n".join(event.data), highlight=False, markup=False)
    except ClientError as exc:
        raise _fail(str(exc)) from exc


@tasks_app.command("stop")
def tasks_stop(task_id: int) -> None:
    """Stop an active task."""
    try:
        _api().request("POST", f"/tasks/{task_id}/stop")
    except ClientError as exc:
        raise _fail(str(exc)) from exc
    console.print(f"Task {task_id} stopping", highlight=False)


def main() -> None:
    app()
