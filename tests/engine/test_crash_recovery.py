"""A service killed under a running task: its run dies with it; at the next start the task is crashed, queued ones
still run."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time

import httpx
import psutil
import pytest

from service.tasks import procs
from tests.conftest import Server, _free_port
from tests.factories import owner_headers, run_playbook, wait_task

pytestmark = [pytest.mark.ansible, pytest.mark.slow]


START_BOUND = 90  # seconds

async def _start_service_process(settings, port: int) -> asyncio.subprocess.Process:
    env = {**os.environ, "CONTAINR_DATA_DIR": str(settings.data_dir), "CONTAINR_PROJECT_DIR": str(settings.project_dir),
           "CONTAINR_SECRET_KEY": settings.secret_key, "CONTAINR_MAX_RUNS": "1"}
    if settings.database_url:
        env["CONTAINR_DATABASE_URL"] = settings.database_url
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "uvicorn", "--factory", "service.app:create_app", "--host", "127.0.0.1",
        "--port", str(port), "--log-level", "warning", env=env)
    # A bound on the start-up, not a duration to assert: a loaded CI machine (migrations, imports) needs tens of
    # seconds where an idle one needs two.
    deadline = time.monotonic() + START_BOUND
    async with httpx.AsyncClient() as probe:
        while time.monotonic() < deadline:
            try:
                if (await probe.get(f"http://127.0.0.1:{port}/api/v1/health")).status_code == 200:
                    return process
            except httpx.TransportError:
                await asyncio.sleep(0.05)
    process.kill()
    raise AssertionError(f"the service did not start in {START_BOUND} s")


async def test_running_task_is_crashed_and_queued_task_runs_after_a_restart(settings, tmp_path):
    port = _free_port()
    process = await _start_service_process(settings, port)
    pid_file = tmp_path / "sleeper.pid"
    out = tmp_path / "echo.txt"
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            headers = await owner_headers(client)
            running = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(pid_file)})
            queued = await run_playbook(client, headers, "echo",
                                        extraVars={"echo_value": "after the crash", "echo_out_file": str(out)})
            for _ in range(600):
                if pid_file.exists() and pid_file.read_text().strip():
                    break
                await asyncio.sleep(0.05)
            sleeper = int(pid_file.read_text())
            assert (await client.get(f"/api/v1/tasks/{queued}", headers=headers)).json()["state"] == "queued"
            lines_before = (await client.get(f"/api/v1/tasks/{running}/logs", headers=headers)).text.splitlines()
    finally:
        process.send_signal(signal.SIGKILL)  # a crash: no shutdown handler runs
        await process.wait()
    # The run dies with the service (its watcher kills what carries the run's marker), before any restart.
    for _ in range(200):  # a bound, not a duration to assert
        if not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == psutil.STATUS_ZOMBIE:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the run outlived the killed service")

    server = Server(settings)
    await server.start()
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            from tests.factories import login

            headers = await login(client)
            task = (await client.get(f"/api/v1/tasks/{running}", headers=headers)).json()
            assert task["state"] == "crashed" and task["active"] is False
            assert task["error"]["code"] == "crashed"
            logs = (await client.get(f"/api/v1/tasks/{running}/logs", headers=headers)).text.splitlines()
            assert logs[: len(lines_before)] == lines_before, "the log of the crashed task is kept"
            assert "crashed" in logs[-1]
            assert not procs.marked(server.engine._executor.marker(running)), "leftovers of the crashed run are killed"
            assert not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == psutil.STATUS_ZOMBIE
            done = await wait_task(client, headers, queued)
            assert done["success"], done
            assert out.read_text() == "after the crash"
    finally:
        await server.stop()
