"""Finding and killing every process a run started, by the marker in its environment."""

from __future__ import annotations

import os
import signal

import psutil

MARKER_VAR = "CONTAINR_RUN_MARKER"


def marked(marker: str) -> list[psutil.Process]:
    """Processes whose environment carries this run's marker (ansible-playbook, its forks, their children).

    Process groups are not enough: a module may start a child in a session of its own.
    """
    found = []
    needle = f"{MARKER_VAR}={marker}".encode()
    for proc in psutil.process_iter():
        if proc.pid == os.getpid():
            continue
        try:
            with open(f"/proc/{proc.pid}/environ", "rb") as handle:
                if needle in handle.read().split(b"\0"):
                    found.append(proc)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return found


def kill_marked(marker: str, *, wait: float = 3.0) -> int:
    """SIGKILL every marked process and wait for them to go; answer how many there were."""
    procs = marked(marker)
    for proc in procs:
        try:
            proc.send_signal(signal.SIGKILL)
        except psutil.NoSuchProcess:
            continue
    psutil.wait_procs(procs, timeout=wait)
    return len(procs)
