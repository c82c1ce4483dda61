"""The service as an operator starts it: `containr migrate`, `containr serve`, then the first steps over HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import httpx
import psutil
import pytest

from tests.conftest import _free_port
from tests.factories import PASSWORD
from tests.sse import read_stream

pytestmark = [pytest.mark.ansible, pytest.mark.slow]

CONTAINR = Path(sys.executable).parent / "containr"


async def _run(*args: str, env: dict[str, str]) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(str(CONTAINR), *args, env=env, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.STDOUT)
    out, _ = await process.communicate()
    return process.returncode or 0, out.decode()


async def test_migrate_serve_register_run_and_follow(tmp_path):
    """On the embedded default (SQLite in the data dir), which is what a new user runs."""
    port = _free_port()
    env = {**os.environ, "CONTAINR_DATA_DIR": str(tmp_path / "data"), "CONTAINR_PORT": str(port)}
    env.pop("CONTAINR_SECRET_KEY", None)
    code, out = await _run("migrate", env=env)
    assert code == 0, out
    server = await asyncio.create_subprocess_exec(str(CONTAINR), "serve", env=env, stdout=asyncio.subprocess.PIPE,
                                                  stderr=asyncio.subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            for _ in range(400):
                try:
                    health = await client.get("/api/v1/health")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.05)
            assert health.status_code == 200 and health.json()["database"] == "ok"
            key = tmp_path / "data" / "secret.key"
            assert key.exists() and oct(key.stat().st_mode & 0o777) == "0o600"
            body = {"username": "first", "email": "first@example.com", "password": PASSWORD}
            assert (await client.post("/api/v1/auth/register", json=body)).status_code == 201
            token = (await client.post("/api/v1/auth/login", json={"username": "first", "password": PASSWORD})
                     ).json()["accessToken"]
            headers = {"Authorization": f"Bearer {token}"}
            started = await client.post("/api/v1/playbooks/controller_check/run", json={}, headers=headers)
            assert started.status_code == 202
            task_id = started.json()["taskId"]
            stream = await read_stream(client, f"/api/v1/tasks/{task_id}/logstream", headers=headers)
            final = stream.end.json()
            assert final["success"] is True and final["percent"] == 100
            assert final["result"]["data_dir"] == str(tmp_path / "data")
            resumed = await read_stream(client, f"/api/v1/tasks/{task_id}/logstream",
                                        headers={**headers, "Last-Event-ID": "3"})
            assert resumed.lines[0].id == 4 and len(resumed.lines) == len(stream.lines) - 3
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(server.communicate(), timeout=30)
    text = output.decode()
    assert f"http://127.0.0.1:{port}" in text, text
    assert "containr user create" in text


def _name(proc: psutil.Process) -> str:
    try:
        return proc.name()
    except psutil.Error:  # it ended while we looked
        return ""


async def _start_serving(env: dict[str, str]) -> tuple[asyncio.subprocess.Process, httpx.AsyncClient]:
    code, out = await _run("migrate", env=env)
    assert code == 0, out
    server = await asyncio.create_subprocess_exec(str(CONTAINR), "serve", env=env, stdout=asyncio.subprocess.DEVNULL,
                                                  stderr=asyncio.subprocess.DEVNULL)
    client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{env['CONTAINR_PORT']}", timeout=60)
    for _ in range(400):
        try:
            await client.get("/api/v1/health")
            break
        except httpx.TransportError:
            await asyncio.sleep(0.05)
    body = {"username": "first", "email": "first@example.com", "password": PASSWORD}
    assert (await client.post("/api/v1/auth/register", json=body)).status_code == 201
    token = (await client.post("/api/v1/auth/login", json={"username": "first", "password": PASSWORD})
             ).json()["accessToken"]
    client.headers["Authorization"] = f"Bearer {token}"
    return server, client


async def test_a_killed_service_takes_its_runs_with_it(tmp_path, project_dir):
    """kill -9 of `containr serve`: the run's processes (a background sleep, a setsid sleep, a subshell) do not
    live on with parent 1 until the next start; they are gone within seconds, before any restart."""
    from service.tasks import procs

    port = _free_port()
    env = {**os.environ, "CONTAINR_DATA_DIR": str(tmp_path / "data"), "CONTAINR_PORT": str(port),
           "CONTAINR_PROJECT_DIR": str(project_dir)}
    env.pop("CONTAINR_SECRET_KEY", None)
    env.pop("CONTAINR_DATABASE_URL", None)
    pid_file = tmp_path / "orphans.pid"
    server, client = await _start_serving(env)
    marker = None
    try:
        started = await client.post("/api/v1/playbooks/orphans/run",
                                    json={"extraVars": {"orphans_pid_file": str(pid_file)}})
        assert started.status_code == 202, started.text
        for _ in range(600):
            if pid_file.exists() and pid_file.read_text().strip():
                break
            await asyncio.sleep(0.05)
        shell = int(pid_file.read_text())
        environ = Path(f"/proc/{shell}/environ").read_bytes().split(b"\0")
        marker = next(item.split(b"=", 1)[1] for item in environ
                      if item.startswith(procs.MARKER_VAR.encode() + b"=")).decode()
        sleepers = []
        for _ in range(200):
            sleepers = [proc for proc in procs.marked(marker) if _name(proc) == "sleep"]
            if len(sleepers) >= 3:
                break
            await asyncio.sleep(0.05)
        assert len(sleepers) >= 3, sleepers
        assert len({proc.pid for proc in procs.marked(marker)}) >= 6  # ansible-playbook, its worker, the shells

        server.send_signal(signal.SIGKILL)  # no shutdown handler runs
        await server.wait()
        left = procs.marked(marker)
        for _ in range(200):  # a bound, not a duration to assert
            if not left:
                break
            await asyncio.sleep(0.05)
            left = procs.marked(marker)
        assert not left, [(proc.pid, _name(proc)) for proc in left]
    finally:
        await client.aclose()
        if server.returncode is None:
            server.kill()
            await server.wait()
        if marker is not None:
            procs.kill_marked(marker)
