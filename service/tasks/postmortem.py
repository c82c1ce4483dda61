"""What is known about an ansible-playbook that ended without an exit status: its signal, who sent it, OOM."""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from service.tasks.runner import RunOutcome

TAIL_LINES = 20
TAIL_BYTES = 64 * 1024
KMSG = "/dev/kmsg"
DMESG_TIMEOUT = 2.0
RECORD_CHARS = 200  # of a kernel record quoted in the task's message, which the model caps at 512
REDACTED = "********"


@dataclass
class Death:
    pid: int | None
    command: str
    signal: int | None
    rc: int | None
    status: str
    by_service: bool
    kernel_readable: bool = False
    oom_record: str | None = None
    tail: list[str] = field(default_factory=list)

    @property
    def how(self) -> str:
        who = f"{self.command} (pid {self.pid})" if self.pid else self.command
        if self.signal is None:
            return f"{who} ended without an exit status"
        return f"{who} was killed by {signal_name(self.signal)}"

    @property
    def message(self) -> str:
        """One sentence for the task's message and error, which the resource's statusMessage copies."""
        code = "no return code" if self.rc is None else f"return code {self.rc}"
        runner = f"ansible-runner: status {self.status}, {code}"
        if self.by_service:
            return f"{self.how}, by Containr ({runner})"
        if self.oom_record:
            why = f"the kernel's OOM killer ended it: {self.oom_record[:RECORD_CHARS]}"
        elif self.kernel_readable:
            why = "nor by the kernel's OOM killer: another process or an operator ended it"
        else:
            why = ("something outside the service ended it; the kernel log, which would name the OOM killer, "
                   "is unreadable")
        return f"{self.how}, not by Containr ({why}); {runner}"

    def log_lines(self) -> list[str]:
        lines = [f"[containr] {self.message}"]
        if self.tail:
            lines.append(f"[containr] The last lines of {self.command}'s output:")
            lines.extend(f"[containr]   | {line}" for line in self.tail)
        return lines


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def examine(outcome: RunOutcome, *, run_dir: Path, by_service: bool, secrets: Sequence[str] = ()) -> Death:
    """Gather what is known (blocking: reads files and the kernel log). The kernel log is only read when the
    service did not end the run itself, and never makes this fail."""
    death = Death(pid=outcome.pid, command=outcome.command or "ansible-playbook", signal=outcome.signal,
                  rc=outcome.rc, status=outcome.status, by_service=by_service)
    if by_service:
        return death  # the task says why it ended: stopped, timed out, or the service shut down
    death.tail = [scrub(line, secrets) for line in output_tail(run_dir / "artifacts" / "run" / "stdout")]
    if outcome.pid is not None:
        death.kernel_readable, death.oom_record = oom_record(outcome.pid, since=outcome.started)
    return death


def output_tail(path: Path, lines: int = TAIL_LINES) -> list[str]:
    try:
        with path.open("rb") as handle:
            handle.seek(max(0, path.stat().st_size - TAIL_BYTES))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    return [line.rstrip() for line in text.splitlines() if line.strip()][-lines:]


def scrub(text: str, secrets: Sequence[str]) -> str:
    for value in secrets:
        text = text.replace(value, REDACTED)
    return text


def _pattern(pid: int) -> re.Pattern[str]:
    # The records of mm/oom_kill.c: "Out of memory: Killed process 1234 (ansible-playboo) total-vm:...",
    # "Memory cgroup out of memory: Killed process 1234 ..." and "oom-kill:constraint=...,task=...,pid=1234,uid=0".
    return re.compile(rf"Killed process {pid} \(|oom-kill:.*\bpid={pid},")


def oom_record(pid: int, *, since: float) -> tuple[bool, str | None]:
    """(whether a kernel log was readable, the OOM killer's record of this pid if there is one).

    /dev/kmsg first (its timestamps, microseconds of the monotonic clock, keep a recycled pid's older record
    out); `dmesg` next. Both need privileges most services do not have (kernel.dmesg_restrict)."""
    readable, record = _from_kmsg(pid, since=since)
    if readable:
        return readable, record
    return _from_dmesg(pid)


def _from_kmsg(pid: int, *, since: float) -> tuple[bool, str | None]:
    pattern = _pattern(pid)
    not_before = int((since - 1.0) * 1_000_000)
    found = None
    try:
        fd = os.open(KMSG, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False, None
    try:
        while True:
            try:
                record = os.read(fd, 8192).decode("utf-8", errors="replace")
            except BlockingIOError:
                break  # read to the end of the ring buffer
            except OSError as error:
                if error.errno == errno.EPIPE:
                    continue  # records overwritten while reading: go on with the next ones
                return False, None
            if not record:
                break
            header, _, text = record.partition(";")
            fields = header.split(",")
            if len(fields) >= 3 and fields[2].isdigit() and int(fields[2]) < not_before:
                continue
            if pattern.search(text):
                found = text.splitlines()[0].strip()
    finally:
        os.close(fd)
    return True, found


def _from_dmesg(pid: int) -> tuple[bool, str | None]:
    try:
        done = subprocess.run(["dmesg"], capture_output=True, text=True, errors="replace", timeout=DMESG_TIMEOUT,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return False, None
    if done.returncode != 0:
        return False, None
    pattern = _pattern(pid)
    found = [line.strip() for line in done.stdout.splitlines() if pattern.search(line)]
    return True, (found[-1] if found else None)
