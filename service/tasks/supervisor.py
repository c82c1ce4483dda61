"""A watcher that outlives the service: when the service dies, however it dies, the runs it started die too.

The watcher is a small process of its own, run from this file by path with the standard library only
(`python -I -S supervisor.py MARKER_VAR`), so that it starts in milliseconds and never imports the service.
The service holds the write end of its stdin and writes `+<marker>` when a run starts and `-<marker>` when
it ended. End of file on stdin means the service is gone, even by SIGKILL, which no handler of its own sees:
the watcher then kills every process still carrying a registered marker. A parent-death signal would reach
ansible-playbook only, not the children modules start in sessions of their own.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from pathlib import Path

# ansible-playbook and its forks go on forking while a sweep kills them: sweep again until one finds none.
SWEEP_ROUNDS = 50
SWEEP_PAUSE = 0.02  # seconds between rounds

log = logging.getLogger(__name__)
_shared: Supervisor | None = None


def shared() -> Supervisor:
    """The one watcher of this service process, for every engine in it."""
    global _shared
    if _shared is None:
        # Imported here: this file also runs as the watcher, by path, without the service's packages.
        from service.tasks.procs import MARKER_VAR

        _shared = Supervisor(MARKER_VAR)
    return _shared


class Supervisor:
    """The service's side: starts the watcher on first use (again in a forked child, or after it died)."""

    def __init__(self, marker_var: str) -> None:
        self._marker_var = marker_var
        self._pid = 0  # the watcher's
        self._pipe = -1  # the write end of its stdin
        self._owner = 0  # the process that started it
        self._markers: set[str] = set()
        self._lock = threading.Lock()

    def watch(self, marker: str) -> None:
        """From now on until `release`, the run's processes die with the service."""
        with self._lock:
            self._markers.add(marker)
            self._send(f"+{marker}\n")

    def release(self, marker: str) -> None:
        with self._lock:
            self._markers.discard(marker)
            self._send(f"-{marker}\n")

    def _send(self, line: str) -> None:
        # Never fails a run: without a watcher, a run only outlives a killed service as it did before it
        # (and is then killed at the next start-up).
        try:
            if self._owner != os.getpid() or not self._alive():
                self._start()  # registers every current marker, this one included
                return
            os.write(self._pipe, line.encode())
        except OSError:
            log.warning("the run watcher is not running; runs will outlive a killed service", exc_info=True)
            self._owner = 0

    def _alive(self) -> bool:
        try:
            return os.waitpid(self._pid, os.WNOHANG) == (0, 0)
        except ChildProcessError:
            return False

    def _start(self) -> None:
        if self._owner == os.getpid() and self._pipe >= 0:
            os.close(self._pipe)
        read, self._pipe = os.pipe()  # both ends close-on-exec: no run inherits the write end
        try:
            # posix_spawn, not subprocess: no Popen object left to warn, at the service's exit, that its child
            # still runs (the watcher is meant to). A session of its own: a Ctrl-C or hangup meant for the
            # service's terminal must not end the watcher before the service.
            self._pid = os.posix_spawn(
                sys.executable, [sys.executable, "-I", "-S", str(Path(__file__).resolve()), self._marker_var],
                os.environ, setsid=True,
                file_actions=[(os.POSIX_SPAWN_DUP2, read, 0),
                              (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)])
        finally:
            os.close(read)
        self._owner = os.getpid()
        if self._markers:
            os.write(self._pipe, "".join(f"+{marker}\n" for marker in self._markers).encode())


def marked(marker_var: str, markers: set[bytes]) -> list[int]:
    """Pids whose environment carries one of these markers (zombies have none left, and are not counted)."""
    needles = {marker_var.encode() + b"=" + marker for marker in markers}
    own = os.getpid()
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == own:
            continue
        try:
            with open(f"/proc/{name}/environ", "rb") as handle:
                if needles.intersection(handle.read().split(b"\0")):
                    found.append(int(name))
        except OSError:
            continue
    return found


def sweep(marker_var: str, markers: set[bytes]) -> int:
    """SIGKILL the marked processes, round after round until none is left; answer how many were killed."""
    killed = 0
    for _ in range(SWEEP_ROUNDS):
        pids = marked(marker_var, markers)
        if not pids:
            break
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except ProcessLookupError:
                continue
        time.sleep(SWEEP_PAUSE)
    return killed


def main(argv: list[str]) -> int:
    marker_var = argv[1]
    markers: set[bytes] = set()
    for line in sys.stdin.buffer:  # until end of file: the service has exited, or been killed
        line = line.strip()
        if line.startswith(b"+"):
            markers.add(line[1:])
        elif line.startswith(b"-"):
            markers.discard(line[1:])
    if markers:
        sweep(marker_var, markers)
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(main(sys.argv))
