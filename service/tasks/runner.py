"""One ansible-playbook run through ansible-runner, in a private data dir; the only user of ansible_runner."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ansible_runner
import ptyprocess
import yaml

from service.tasks.procs import MARKER_VAR
from service.tasks.progress import STATS_EVENT, host_stats

CALLBACK_DIR = Path(__file__).resolve().parent / "callback_plugins"
PROGRESS_FILE = "progress.jsonl"
# How often ansible-runner asks whether to cancel: the bound on how long a stop takes to begin.
CANCEL_POLL_SECONDS = 0.2
# ansible-runner closes ansible-playbook's pty only after reading its EOF, and ptyprocess then sleeps
# `delayafterclose` (0.1 s) before it looks whether the child is gone: a tenth of a short run, spent
# waiting for a process that has already exited. A child that is somehow still alive is terminated
# by ptyprocess as before. The attribute is set per instance, so it is lowered right after __init__.
CLOSE_DELAY_SECONDS = 0.005


# The pexpect child is local to ansible-runner's Runner.run(), and ansible-runner reports only `rc`, which is
# None when ansible-playbook dies of a signal. The process is remembered per thread (each run is one blocking
# ansible_runner.run() call on one thread), so the run can tell afterwards which pid it was and which signal
# ended it.
_spawned = threading.local()


def _tracked(init: Callable[..., None]) -> Callable[..., None]:
    def wrapped(self: ptyprocess.PtyProcess, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        self.delayafterclose = CLOSE_DELAY_SECONDS
        _spawned.process = self

    wrapped.__containr_wrapped__ = True  # type: ignore[attr-defined]
    return wrapped


if not getattr(ptyprocess.PtyProcess.__init__, "__containr_wrapped__", False):
    ptyprocess.PtyProcess.__init__ = _tracked(ptyprocess.PtyProcess.__init__)


@dataclass
class RunSpec:
    """Everything one run needs; secrets go to the environment only, never to a file or the command line."""

    task_id: int
    playbook: Path
    project_dir: Path
    data_dir: Path
    run_dir: Path
    marker: str
    extra_vars: dict[str, Any] = field(default_factory=dict)
    secret_env: dict[str, str] = field(default_factory=dict, repr=False)
    limit: str | None = None
    check: bool = False
    tags: list[str] = field(default_factory=list)


@dataclass
class RunOutcome:
    status: str  # ansible-runner's: successful, failed, canceled, timeout
    rc: int | None
    pid: int | None = None  # ansible-playbook's
    command: str | None = None
    signal: int | None = None  # the signal that ended ansible-playbook, if one did
    started: float = 0.0  # time.monotonic() at the start, to date kernel records
    # The run's stats per host (ok, changed, failed, unreachable, skipped, rescued, ignored): what the PLAY RECAP
    # prints, as data. Empty when the run ended before Ansible counted (killed, or never started).
    stats: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def killed(self) -> bool:
        """Ended without an exit status of its own: by a signal, or in a way ansible-runner could not tell."""
        return self.signal is not None or self.rc is None or self.rc < 0


def dump_unsafe(values: dict[str, Any]) -> str:
    """Extravars as YAML whose document is tagged `!unsafe`: Ansible never templates a value a client sent,
    and each value keeps its type. (Tagging each string instead makes ansible-core 2.19 re-read the text as
    plain YAML: "yes" would arrive as true, "0755" as 493, "" as null.)"""
    return "--- !unsafe\n" + yaml.safe_dump(values, default_flow_style=False, sort_keys=True)


def prepare(spec: RunSpec) -> None:
    """Lay out the private data dir (mode 0700): extravars as unsafe YAML, runner settings."""
    env_dir = spec.run_dir / "env"
    env_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(spec.run_dir, 0o700)
    (env_dir / "extravars").write_text(dump_unsafe(spec.extra_vars), encoding="utf-8")
    (env_dir / "settings").write_text(
        yaml.safe_dump({"pexpect_timeout": CANCEL_POLL_SECONDS, "pexpect_use_poll": True}), encoding="utf-8")


def environment(spec: RunSpec) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "ANSIBLE_CONFIG": str(spec.project_dir / "ansible.cfg"),
        "ANSIBLE_CALLBACK_PLUGINS": str(CALLBACK_DIR),
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_FORCE_COLOR": "0",
        "ANSIBLE_RETRY_FILES_ENABLED": "0",
        "ANSIBLE_LOCAL_TEMP": str(spec.run_dir / "tmp"),
        "CONTAINR_DATA_DIR": str(spec.data_dir),
        "CONTAINR_PROGRESS_FILE": str(spec.run_dir / PROGRESS_FILE),
        MARKER_VAR: spec.marker,
    }
    env.update(spec.secret_env)
    return env


def execute(spec: RunSpec, *, on_event: Callable[[dict[str, Any]], None],
            should_cancel: Callable[[], bool]) -> RunOutcome:
    """Run the playbook to its end (blocking); events reach `on_event` in order as they happen."""
    prepare(spec)
    cmdline = " ".join(["--check"] if spec.check else [])

    stats: dict[str, dict[str, int]] = {}

    def event_handler(event: dict[str, Any]) -> bool:
        if event.get("event") == STATS_EVENT:
            stats.update(host_stats(event.get("event_data") or {}))
        on_event(event)
        return False  # the engine keeps what it needs; writing every event to disk too is waste

    _spawned.process = None
    started = time.monotonic()
    runner = ansible_runner.run(
        private_data_dir=str(spec.run_dir),
        project_dir=str(spec.project_dir),
        playbook=str(spec.playbook),
        envvars=environment(spec),
        limit=spec.limit,
        tags=",".join(spec.tags) if spec.tags else None,
        cmdline=cmdline or None,
        event_handler=event_handler,
        cancel_callback=should_cancel,
        suppress_env_files=True,
        quiet=True,
        ident="run",
        rotate_artifacts=1,
    )
    process: ptyprocess.PtyProcess | None = _spawned.process
    _spawned.process = None
    if process is None:  # ansible-playbook could not be started at all
        return RunOutcome(status=runner.status, rc=runner.rc, started=started, stats=stats)
    signum = process.signalstatus
    if signum is None and runner.rc is not None and runner.rc < 0:
        signum = -runner.rc
    return RunOutcome(status=runner.status, rc=runner.rc, pid=process.pid,
                      command=Path(os.fsdecode(process.argv[0])).name if process.argv else None, signal=signum,
                      started=started, stats=stats)


def cleanup(run_dir: Path) -> None:
    """Remove the private data dir: ansible-runner's artifacts record the run's environment, secrets included."""
    shutil.rmtree(run_dir, ignore_errors=True)
