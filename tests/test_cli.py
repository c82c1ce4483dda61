"""The `containr` CLI against a real server: login, playbook run --follow, tasks, user create."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from tests.factories import PASSWORD, register

pytestmark = pytest.mark.ansible

CONTAINR = Path(sys.executable).parent / "containr"


async def containr(*args: str, env: dict[str, str], stdin: str | None = None) -> tuple[int, str]:
    """Its exit status and output (stdout and stderr); `stdin` is piped in, else stdin is empty."""
    process = await asyncio.create_subprocess_exec(
        str(CONTAINR), *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        stdin=asyncio.subprocess.DEVNULL if stdin is None else asyncio.subprocess.PIPE)
    out, _ = await process.communicate(None if stdin is None else stdin.encode())
    return process.returncode or 0, out.decode()


@pytest.fixture
def cli_env(tmp_path: Path, server) -> dict[str, str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "COLUMNS": "200"}
    for name in ("CONTAINR_URL", "CONTAINR_TOKEN"):
        env.pop(name, None)
    return env


@pytest.mark.one_database  # the CLI speaks HTTP to the service: its database plays no part here
async def test_login_run_follow_and_inspect(client, server, cli_env, tmp_path):
    await register(client)
    code, out = await containr("login", "--url", server.url, "--username", "owner", "--password", PASSWORD,
                               env=cli_env)
    assert code == 0, out
    config = tmp_path / "config" / "containr" / "cli.json"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert json.loads(config.read_text())["url"] == server.url

    code, out = await containr("playbook", "list", env=cli_env)
    assert code == 0 and "controller_check" in out, out

    code, out = await containr("playbook", "run", "controller_check", "--follow", env=cli_env)
    assert code == 0, out
    assert "PLAY RECAP" in out and "succeeded" in out and "ansible_core_version" in out

    code, out = await containr("playbook", "run", "fail", "--follow", env=cli_env)
    assert code == 1, out
    assert "Check the impossible" in out

    code, out = await containr("tasks", "list", env=cli_env)
    assert code == 0 and "success" in out and "failed" in out, out
    code, out = await containr("tasks", "show", "1", env=cli_env)
    assert code == 0 and json.loads(out)["success"] is True
    code, out = await containr("tasks", "logs", "2", "--follow", env=cli_env)
    assert code == 1 and "Check the impossible" in out, out
    code, out = await containr("tasks", "stop", "1", env=cli_env)
    assert code == 1 and "409" in out, out


@pytest.mark.one_database  # the CLI speaks HTTP to the service: its database plays no part here
async def test_extra_vars_and_stop_through_the_cli(client, server, cli_env, tmp_path):
    await register(client)
    env = {**cli_env, "CONTAINR_URL": server.url}
    code, out = await containr("login", "--username", "owner", "--password", PASSWORD, env=env)
    assert code == 0, out
    out_file = tmp_path / "echo.txt"
    code, out = await containr("playbook", "run", "echo", "-e", "echo_value=hello world",
                               "-e", f"echo_out_file={out_file}", "--follow", env=env)
    assert code == 0, out
    assert out_file.read_text() == "hello world"
    code, out = await containr("playbook", "run", "sleep", "-e", f"sleep_pid_file={tmp_path / 'p'}", env=env)
    assert code == 0 and "Task 2 started" in out, out
    code, out = await containr("tasks", "stop", "2", env=env)
    assert code == 0, out
    code, out = await containr("tasks", "logs", "2", "--follow", env=env)
    assert code == 1 and "stopped" in out, out


@pytest.mark.one_database  # the CLI speaks HTTP to the service: its database plays no part here
async def test_login_reads_piped_credentials_and_says_where_a_refused_one_came_from(client, server, cli_env):
    await register(client)
    env = {**cli_env, "CONTAINR_URL": server.url}
    code, out = await containr("login", "--username", "owner", env=env, stdin=f"{PASSWORD}\n")
    assert code == 0 and "Logged in as owner" in out, out
    assert "Warning" not in out and "Password:" not in out, out  # no getpass warning, no prompt on a pipe
    code, out = await containr("login", env=env, stdin=f"owner\n{PASSWORD}\n")
    assert code == 0 and "Logged in as owner" in out, out

    code, out = await containr("login", "--username", "owner", env=env, stdin="not the password\n")
    assert code == 1, out
    assert (f"login as 'owner' at {server.url}: invalid username or password "
            "(username from --username, password read from stdin)") in out, out
    assert "run `containr login`" not in out  # the hint for a missing login, not for a refused one
    code, out = await containr("login", "--username", "owner", env=env, stdin="")
    assert code == 1 and "No password: stdin ended before it" in out, out


@pytest.mark.one_database  # the CLI speaks HTTP to the service: its database plays no part here
async def test_tables_outside_a_terminal_are_tab_separated_at_full_length(client, server, cli_env):
    await register(client)
    env = {**cli_env, "CONTAINR_URL": server.url, "COLUMNS": "80"}
    assert (await containr("login", "--username", "owner", env=env, stdin=f"{PASSWORD}\n"))[0] == 0
    code, out = await containr("playbook", "list", env=env)
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0] == "name\tdescription\tvars\treturns", out
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    assert all(len(row) == 4 for row in rows.values()), out
    check = rows["controller_check"]
    playbooks = (await client.get("/api/v1/playbooks", params={"per_page": 100},
                                  headers={"Authorization": f"Bearer {_token(cli_env)}"})).json()["items"]
    described = next(p for p in playbooks if p["name"] == "controller_check")
    assert check[1] == described["description"].split(". ", 1)[0]  # whole, however long
    assert check[2] == ",".join(v["name"] + ("*" if v["required"] else "") for v in described["vars"])
    code, out = await containr("tasks", "list", env=env)
    assert code == 0 and out.splitlines() == ["id\ttype\tplaybook\tstate\t%\tmessage\tcreated"], out


def _token(env: dict[str, str]) -> str:
    return json.loads((Path(env["XDG_CONFIG_HOME"]) / "containr" / "cli.json").read_text())["token"]


@pytest.mark.one_database  # the CLI speaks HTTP to the service: its database plays no part here
async def test_an_unreachable_server_and_a_missing_login_are_explained(cli_env, server):
    code, out = await containr("tasks", "list", env={**cli_env, "CONTAINR_URL": server.url})
    assert code == 1 and "401" in out and "containr login" in out, out
    code, out = await containr("tasks", "list", env={**cli_env, "CONTAINR_URL": "http://127.0.0.1:9"})
    assert code == 1 and "Cannot reach Containr at http://127.0.0.1:9" in out
    code, out = await containr("tasks", "list", env={**cli_env, "CONTAINR_URL": "http://127.0.0.1:9",
                                                     "CONTAINR_TOKEN": "x"})
    assert code == 1 and "Cannot reach" in out


async def test_user_create_from_the_shell(settings, tmp_path):
    env = {**os.environ, "CONTAINR_DATA_DIR": str(settings.data_dir), "CONTAINR_SECRET_KEY": settings.secret_key}
    if settings.database_url:
        env["CONTAINR_DATABASE_URL"] = settings.database_url
    code, out = await containr("user", "create", "--username", "rescue", "--email", "rescue@example.com",
                               "--password", PASSWORD, "--admin", env=env)
    assert code == 0 and "owner rescue" in out, out
    code, out = await containr("user", "create", "--username", "second", "--email", "second@example.com",
                               "--password", PASSWORD, "--admin", env=env)
    assert code == 0 and "admin second" in out, out
    code, out = await containr("user", "create", "--username", "second", "--email", "other@example.com",
                               "--password", PASSWORD, env=env)
    assert code == 1 and "already exists" in out, out
    code, out = await containr("user", "create", "--username", "x", "--email", "bad", "--password", "short",
                               env=env)
    assert code == 1 and "email" in out, out


def test_every_command_prints_its_help():
    """Help texts are rich markup: a bracket such as `[/prefix]` in one once made `containr restore --help` crash."""
    import typer.main
    from typer.testing import CliRunner

    from service.cli import app

    def paths(group, prefix=()):
        for name, command in getattr(group, "commands", {}).items():
            yield (*prefix, name)
            yield from paths(command, (*prefix, name))

    runner = CliRunner()
    commands = list(paths(typer.main.get_command(app)))
    assert ("restore",) in commands and ("tasks", "logs") in commands
    for command in commands:
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, (command, result.output, result.exception)
        assert "Usage" in result.output, (command, result.output)
