"""The run watcher: processes of a watched run die when the service's end of the pipe closes, others live."""

from __future__ import annotations

import os
import subprocess
import time

import psutil

from service.tasks import procs
from service.tasks.supervisor import Supervisor


def _sleeper(marker: str) -> subprocess.Popen[bytes]:
    # A session of its own, like a module's child: no signal to a process group reaches it.
    return subprocess.Popen(["sleep", "600"], env={**os.environ, procs.MARKER_VAR: marker}, start_new_session=True)


def _gone(process: subprocess.Popen[bytes], bound: float = 10.0) -> bool:
    try:
        process.wait(timeout=bound)  # a bound, not a duration to assert
    except subprocess.TimeoutExpired:
        return False
    return True


def test_the_watched_runs_die_when_the_service_end_closes():
    watcher = Supervisor(procs.MARKER_VAR)
    watched, released, other = _sleeper("t:1"), _sleeper("t:2"), _sleeper("t:3")
    try:
        watcher.watch("t:1")
        watcher.watch("t:2")
        watcher.release("t:2")
        assert not _gone(watched, bound=0.3), "a watched run lives while the service does"
        os.close(watcher._pipe)  # what the kernel does when the service dies, however it dies
        assert _gone(watched)
        os.waitpid(watcher._pid, 0)  # the watcher is done once it has swept
        assert released.poll() is None and other.poll() is None
    finally:
        for process in (watched, released, other):
            process.kill()
            process.wait()


def test_a_dead_watcher_is_started_again_with_the_runs_it_watched():
    watcher = Supervisor(procs.MARKER_VAR)
    watched = _sleeper("t:4")
    try:
        watcher.watch("t:4")
        first = watcher._pid
        psutil.Process(first).kill()
        for _ in range(200):
            if psutil.Process(first).status() == psutil.STATUS_ZOMBIE:
                break
            time.sleep(0.01)
        watcher.watch("t:5")
        assert watcher._pid != first
        os.close(watcher._pipe)
        assert _gone(watched)
        os.waitpid(watcher._pid, 0)
    finally:
        watched.kill()
        watched.wait()
