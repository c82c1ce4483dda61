"""Real playbook runs through the task engine, observed through the API."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psutil
import pytest

from tests.factories import owner_headers, run_playbook, wait_task

pytestmark = pytest.mark.ansible


async def test_success_reports_progress_result_and_logs(client):
    headers = await owner_headers(client)
    task_id = await run_playbook(client, headers, "controller_check")
    seen = []
    while True:
        task = (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
        seen.append(task)
        if not task["active"]:
            break
        await asyncio.sleep(0.02)
    percents = [t["percent"] for t in seen]
    assert percents == sorted(percents), "percent went backwards"
    assert all(t["percent"] < 100 for t in seen if t["active"])
    assert task["state"] == "success" and task["success"] is True and task["percent"] == 100
    assert task["error"] is None
    assert task["result"]["ansible_core_version"].startswith("2.")
    assert set(task["result"]["collections"]) >= {"community.proxmox", "community.general"}
    logs = (await client.get(f"/api/v1/tasks/{task_id}/logs", headers=headers)).text
    task_names = {line.split("TASK [", 1)[1].split("]", 1)[0] for line in logs.splitlines() if "TASK [" in line}
    assert len(task_names) >= 5
    messages = {t["message"] for t in seen if t["active"]}
    assert messages & task_names, (messages, task_names)  # the running Ansible task's name is the message
    assert "PLAY RECAP" in logs
    assert all(line[:4].isdigit() and "T" in line.split(" ", 1)[0] for line in logs.splitlines())


async def test_failure_names_the_failing_task_and_host(client):
    headers = await owner_headers(client)
    task = await wait_task(client, headers, await run_playbook(client, headers, "fail"))
    assert task["state"] == "failed" and task["success"] is False and task["active"] is False
    assert task["error"]["code"] == "failed"
    assert "Check the impossible" in task["error"]["message"]
    assert "localhost" in task["error"]["message"]
    assert "the impossible did not hold" in task["error"]["message"]
    assert task["percent"] < 100


async def _wait_for_file(path: Path, client, headers, task_id: int) -> None:
    for _ in range(600):
        if path.exists() and path.read_text().strip():
            return
        task = (await client.get(f"/api/v1/tasks/{task_id}", headers=headers)).json()
        assert task["active"], task
        await asyncio.sleep(0.05)
    raise AssertionError(f"{path} never appeared")


async def test_stop_kills_the_whole_process_tree(client, server, tmp_path):
    headers = await owner_headers(client)
    pid_file = tmp_path / "sleeper.pid"
    task_id = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(pid_file)})
    await _wait_for_file(pid_file, client, headers, task_id)
    sleeper = int(pid_file.read_text())
    assert psutil.pid_exists(sleeper)
    marker = server.engine._executor.marker(task_id)
    from service.tasks import procs

    assert procs.marked(marker), "the run's processes should carry the marker"
    response = await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    assert response.status_code == 204
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "stopped" and task["error"]["code"] == "stopped"
    # Once the task reads stopped, nothing it started is left: not ansible-playbook, not the setsid sleeper.
    assert not procs.marked(marker)
    assert not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == psutil.STATUS_ZOMBIE
    again = await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    assert again.status_code == 409 and again.json()["code"] == "not_active"


async def test_timeout_ends_the_run(client, server, tmp_path):
    headers = await owner_headers(client)
    pid_file = tmp_path / "sleeper.pid"
    task_id = await run_playbook(client, headers, "sleep", extraVars={"sleep_pid_file": str(pid_file)},
                                 timeout=2)
    task = await wait_task(client, headers, task_id)
    assert task["state"] == "timeout"
    assert task["error"]["code"] == "timeout"
    from service.tasks import procs

    assert not procs.marked(server.engine._executor.marker(task_id))


async def test_busy_resource_answers_409_with_the_active_task_when_asked_to_refuse(client, tmp_path):
    headers = await owner_headers(client)
    body = {"extraVars": {"sleep_pid_file": str(tmp_path / "p")}}
    first = await run_playbook(client, headers, "sleep", **body)
    second = await client.post("/api/v1/playbooks/sleep/run", json={**body, "ifBusy": "refuse"}, headers=headers)
    assert second.status_code == 409
    assert second.json()["code"] == "busy"
    assert second.json()["details"] == {"taskId": first}
    tasks = (await client.get("/api/v1/tasks", headers=headers)).json()["tasks"]
    assert [t["id"] for t in tasks] == [first]
    await client.post(f"/api/v1/tasks/{first}/stop", headers=headers)
    await wait_task(client, headers, first)


async def test_extravars_are_never_templated(client, tmp_path):
    headers = await owner_headers(client)
    marker = tmp_path / "injected"
    out = tmp_path / "out.txt"
    payload = f"{{{{ lookup('pipe', 'touch {marker}') }}}}"
    task_id = await run_playbook(client, headers, "echo",
                                 extraVars={"echo_value": payload, "echo_out_file": str(out)})
    task = await wait_task(client, headers, task_id)
    assert task["success"], task
    assert not marker.exists(), "a template in a variable was evaluated"
    assert out.read_text() == payload
    assert task["result"]["echoed"] == payload


async def test_strings_that_look_like_other_yaml_arrive_as_sent(client, tmp_path):
    headers = await owner_headers(client)
    for text in ("yes", "0755", "1.10"):
        out = tmp_path / f"{text}.txt"
        task_id = await run_playbook(client, headers, "echo", extraVars={"echo_value": text, "echo_out_file": str(out)})
        task = await wait_task(client, headers, task_id)
        assert task["success"], task
        assert out.read_text() == text and task["result"]["echoed"] == text
