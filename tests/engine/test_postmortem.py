"""Explaining a run that ended without an exit status, and the retention of kept runs (no Ansible run)."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from service.tasks import keptruns, postmortem
from service.tasks.runner import RunOutcome

# As mm/oom_kill.c writes them (a global OOM and a memory cgroup's).
OOM_LINES = [
    "Out of memory: Killed process 4242 (ansible-playboo) total-vm:812344kB, anon-rss:702112kB, file-rss:0kB",
    "Memory cgroup out of memory: Killed process 4242 (ansible-playboo) total-vm:812344kB, anon-rss:70211kB",
    "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/x,"
    "task_memcg=/x,task=ansible-playboo,pid=4242,uid=0",
]


def test_the_oom_killer_records_of_a_pid_are_recognised_and_no_others():
    pattern = postmortem._pattern(4242)
    assert all(pattern.search(line) for line in OOM_LINES)
    assert not postmortem._pattern(424).search(OOM_LINES[0])
    assert not postmortem._pattern(42420).search(OOM_LINES[2])
    assert not pattern.search("Killed process 42421 (sleep)")


def _death(**changes) -> postmortem.Death:
    values = {"pid": 4242, "command": "ansible-playbook", "signal": signal.SIGKILL, "rc": None, "status": "failed",
              "by_service": False}
    return postmortem.Death(**{**values, **changes})


def test_the_message_says_what_killed_it_and_who_did_not():
    assert _death(oom_record=OOM_LINES[0], kernel_readable=True).message == (
        "ansible-playbook (pid 4242) was killed by SIGKILL, not by Containr (the kernel's OOM killer ended it: "
        f"{OOM_LINES[0]}); ansible-runner: status failed, no return code")
    readable = _death(kernel_readable=True).message
    assert "not by Containr (nor by the kernel's OOM killer: another process or an operator" in readable
    unreadable = _death(signal=signal.SIGTERM).message
    assert "killed by SIGTERM, not by Containr (something outside the service" in unreadable
    assert "kernel log, which would name the OOM killer, is unreadable" in unreadable
    assert _death(signal=None).message.startswith("ansible-playbook (pid 4242) ended without an exit status")
    assert _death(by_service=True).message == (
        "ansible-playbook (pid 4242) was killed by SIGKILL, by Containr (ansible-runner: status failed, "
        "no return code)")
    assert len(_death(oom_record="x" * 2000).message) < 512


def test_an_unreadable_kernel_log_is_no_error(monkeypatch):
    monkeypatch.setattr(postmortem, "KMSG", "/nonexistent/kmsg")
    monkeypatch.setenv("PATH", "/nonexistent")  # no dmesg either
    assert postmortem.oom_record(4242, since=time.monotonic()) == (False, None)
    outcome = RunOutcome(status="failed", rc=None, pid=4242, command="ansible-playbook", signal=9)
    death = postmortem.examine(outcome, run_dir=Path("/nonexistent"), by_service=False)
    assert death.tail == [] and not death.kernel_readable


def test_kept_files_lose_the_environment_and_every_secret(tmp_path):
    run = tmp_path / "run"
    (run / "artifacts" / "run").mkdir(parents=True)
    (run / "tmp").mkdir()
    env = {"CONTAINR_SECRET_TOKEN": "tok-1234567", "PROXMOX_API_SECRET": 'se"cret-98765', "LANG": "C.UTF-8"}
    (run / "artifacts" / "run" / "command").write_text(json.dumps({"command": ["ansible-playbook"], "env": env}))
    (run / "artifacts" / "run" / "stdout").write_text('printed tok-1234567 and {"v": "se\\"cret-98765"}\n')
    (run / "tmp" / "payload").write_text("tok-1234567")
    secrets = keptruns.secret_values({"CONTAINR_SECRET_TOKEN": "tok-1234567"}, environ=env)
    kept = keptruns.keep(run, into=tmp_path / "kept", task_id=7, secrets=secrets, note="why")
    assert kept == tmp_path / "kept" / "7" and oct(kept.stat().st_mode & 0o777) == "0o700"
    command = json.loads((kept / "artifacts" / "run" / "command").read_text())
    assert set(command["env"]) == set(env) and "C.UTF-8" not in json.dumps(command)
    assert (kept / "artifacts" / "run" / "stdout").read_text() == 'printed ******** and {"v": "********"}\n'
    assert not (kept / "tmp").exists()
    assert (kept / keptruns.NOTE_FILE).read_text() == "why\n"


def test_kept_runs_are_pruned_by_age_and_count(tmp_path):
    now = time.time()
    for number in range(5):
        entry = tmp_path / str(number)
        entry.mkdir()
        os.utime(entry, (now - number * 3600, now - number * 3600))
    old = tmp_path / "99"
    old.mkdir()
    os.utime(old, (now - 8 * 86400, now - 8 * 86400))
    assert keptruns.prune(tmp_path, keep_last=3, days=7, now=now) == 3
    assert sorted(entry.name for entry in tmp_path.iterdir()) == ["0", "1", "2"]
    assert keptruns.prune(tmp_path / "missing") == 0
