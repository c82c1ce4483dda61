"""A run whose ansible-playbook something outside the service kills: the task says what is known and keeps
the run's files, without secrets."""

from __future__ import annotations

import asyncio
import os
import signal

import psutil
import pytest

from service.auth.models import User
from service.tasks import RunRequest, keptruns, procs
from service.tasks.models import Task
from tests.factories import owner_headers, wait_task

pytestmark = pytest.mark.ansible

SECRET = "s3cret-0b5e2d7a-keep-me-out"
SERVICE_SECRET = "pw-c41f09e6-of-the-database"


async def _ansible_playbook(marker: str) -> psutil.Process:
    """The run's ansible-playbook (the service's own child: the tests run the service in this process), once
    the play has reached its long task."""
    for _ in range(600):
        names, top = [], []
        for proc in procs.marked(marker):
            try:
                names.append(proc.name())
                if proc.ppid() == os.getpid():
                    top.append(proc)
            except psutil.Error:  # a short-lived fork of ansible-playbook, gone while we looked
                continue
        if "sleep" in names:
            assert len(top) == 1, top
            return top[0]
        await asyncio.sleep(0.05)
    raise AssertionError("the run never reached its long task")


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
async def test_a_run_killed_from_outside_says_so_and_is_kept_without_secrets(client, server, tmp_path, monkeypatch,
                                                                            signum):
    # ansible-runner hands the service's whole environment to ansible-playbook, and records it.
    monkeypatch.setenv("CONTAINR_DATABASE_PASSWORD", SERVICE_SECRET)
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    finished: list[str] = []

    async def hook(task: Task) -> None:  # what a resource's finish hook copies into its statusMessage
        finished.append(task.message)

    server.engine.on_finish("killed", hook)
    task = await server.engine.submit(RunRequest(
        type="killed", playbook=server.settings.playbooks_dir / "secret.yml", created_by=owner,
        secrets={"CONTAINR_SECRET_TOKEN": SECRET},
        extra_vars={"secret_out_file": str(tmp_path / "digest"), "secret_linger_seconds": 300}))
    marker = server.engine._executor.marker(task.id)
    victim = await _ansible_playbook(marker)
    victim.send_signal(signum)

    done = await wait_task(client, headers, task.id)
    assert done["state"] == "failed" and done["error"]["code"] == "failed", done
    message = done["error"]["message"]
    assert f"ansible-playbook (pid {victim.pid}) was killed by {signum.name}, not by Containr" in message
    assert "ansible-runner: status failed, no return code" in message
    assert "exited with status None" not in message
    assert finished == [done["message"]] and signum.name in done["message"]
    assert not procs.marked(marker), "what the killed ansible-playbook left running is ended"

    kept = keptruns.root(server.settings.data_dir) / str(task.id)
    # Its output up to the kill (the last writes into the pty may be lost with the process).
    assert "TASK [Read the secret]" in (kept / "artifacts" / "run" / "stdout").read_text()
    assert signum.name in (kept / keptruns.NOTE_FILE).read_text()
    assert "CONTAINR_SECRET_TOKEN" in (kept / "artifacts" / "run" / "command").read_text(), "names stay"
    logs = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text
    assert f"kept in {kept}" in logs and "not by Containr" in logs
    for path in server.settings.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data and SERVICE_SECRET.encode() not in data, path
    assert not (server.settings.runs_dir / str(task.id)).exists()


async def test_a_stop_is_not_reported_as_a_kill_and_keeps_nothing(client, server, tmp_path):
    headers = await owner_headers(client)
    owner = await User.get(username="owner")
    task = await server.engine.submit(RunRequest(
        type="test", playbook=server.settings.playbooks_dir / "sleep.yml", created_by=owner,
        extra_vars={"sleep_pid_file": str(tmp_path / "sleeper.pid")}))
    await _ansible_playbook(server.engine._executor.marker(task.id))
    assert (await client.post(f"/api/v1/tasks/{task.id}/stop", headers=headers)).status_code == 204
    done = await wait_task(client, headers, task.id)
    assert done["state"] == "stopped" and done["message"] == "Stopped", done
    logs = (await client.get(f"/api/v1/tasks/{task.id}/logs", headers=headers)).text
    assert "by Containr" in logs and "not by Containr" not in logs
    assert not keptruns.root(server.settings.data_dir).exists()
