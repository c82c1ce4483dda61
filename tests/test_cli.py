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


async def containr(*args: str, env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(str(CONTAINR), *args, env=env, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.STDOUT,
                                                   stdin=asyncio.subprocess.DEVNULL)
    out, _ = await process.communicate()
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
