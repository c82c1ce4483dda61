"""Turns ansible-runner events into a task's message, a monotonic percent, its failure and result."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TASK_START_EVENTS = {"playbook_on_task_start"}
TASK_DONE_EVENTS = {"runner_on_ok", "runner_on_failed", "runner_on_skipped", "runner_on_unreachable",
                    "runner_on_async_ok", "runner_on_async_failed"}
FAILURE_EVENTS = {"runner_on_failed", "runner_on_unreachable", "runner_on_async_failed"}
STATS_EVENT = "playbook_on_stats"
# ansible-runner's names of the stats' counts (those of Ansible's AggregateStats), and the PLAY RECAP's.
_STATS_COUNTS = {"ok": "ok", "changed": "changed", "failures": "failed", "dark": "unreachable", "skipped": "skipped",
                 "rescued": "rescued", "ignored": "ignored"}


def host_stats(data: dict[str, Any]) -> dict[str, dict[str, int]]:
    """The counts of a playbook_on_stats event per host, as the PLAY RECAP names them; every host the run
    processed has every count, 0 included."""
    hosts = set(data.get("processed") or {}).union(*(data.get(key) or {} for key in _STATS_COUNTS))
    return {host: {name: int((data.get(key) or {}).get(host, 0)) for key, name in _STATS_COUNTS.items()}
            for host in sorted(hosts)}


def merge_stats(custom: dict[str, Any] | None) -> dict[str, Any]:
    """set_stats data of every host (per_host: true) and of the run (`_run`) merged into one object;
    the run's values win over a host's."""
    merged: dict[str, Any] = {}
    for host in sorted(custom or {}):
        if host != "_run" and isinstance(custom[host], dict):
            merged.update(custom[host])
    run_level = (custom or {}).get("_run")
    if isinstance(run_level, dict):
        merged.update(run_level)
    return merged


class ProgressTracker:
    """Reads task counts written by the containr_progress callback, lazily: by the time a task starts,
    the callback has long written the count of the play it belongs to.

    The failure is the one that failed the run: a host's last failure event, among the hosts the run's stats
    count as failed or unreachable, the earliest of them. A failure that a rescue caught or an unreachable
    host that the task ignored is followed by that host's real end (or leaves it counted as ok), so it is
    never the answer; without stats (a run cut short) it is the first failure seen."""

    def __init__(self, counts_file: Path) -> None:
        self._counts_file = counts_file
        self._offset = 0
        self._plays: set[str] = set()
        self._total = 0
        self._started: set[str] = set()
        self._done: set[str] = set()
        self.percent = 0
        self.message: str | None = None
        self._first_failure: str | None = None
        self._last_failure: dict[str, str] = {}  # host -> its last failure, hosts in the order of those
        self.result: dict[str, Any] = {}
        self.stats: dict[str, Any] = {}

    def _read_counts(self) -> None:
        try:
            with self._counts_file.open(encoding="utf-8") as handle:
                handle.seek(self._offset)
                chunk = handle.read()
        except FileNotFoundError:
            return
        complete, _, _ = chunk.rpartition("\n")
        self._offset += len(complete.encode()) + (1 if complete else 0)
        for line in complete.splitlines():
            entry = json.loads(line)
            if "stats" in entry:
                self.result = merge_stats(entry["stats"])
            elif entry["uuid"] not in self._plays:
                self._plays.add(entry["uuid"])
                self._total += int(entry["tasks"])

    @property
    def failure(self) -> str | None:
        ended_failed = {host for key in ("failures", "dark") for host, count in self.stats.get(key, {}).items()
                        if count}
        fatal = (failure for host, failure in self._last_failure.items() if host in ended_failed)
        return next(fatal, None) or self._first_failure

    def collect(self) -> None:
        """After the run: take what the callback wrote last (every host's set_stats data)."""
        self._read_counts()

    def handle(self, event: dict[str, Any]) -> bool:
        """Take one event; answer whether message or percent changed."""
        kind = event.get("event")
        data = event.get("event_data") or {}
        before = (self.percent, self.message)
        if kind in TASK_START_EVENTS:
            self._read_counts()
            self._started.add(data.get("task_uuid", ""))
            self.message = data.get("task") or data.get("name") or self.message
        elif kind in TASK_DONE_EVENTS:
            self._done.add(data.get("task_uuid", ""))
            if kind in FAILURE_EVENTS and not data.get("ignore_errors"):
                described, host = self._describe_failure(kind, data), str(data.get("host") or "")
                self._last_failure.pop(host, None)  # to the end: the order is that of the last failures
                self._last_failure[host] = described
                self._first_failure = self._first_failure or described
        elif kind == STATS_EVENT:
            self.result = dict(data.get("artifact_data") or {})
            self.stats = {key: data.get(key) or {} for key in ("ok", "changed", "failures", "dark", "skipped")}
        total = max(self._total, len(self._started), 1)
        # 100 is kept for success, which only the engine declares.
        self.percent = max(self.percent, min(99, len(self._done) * 100 // total))
        return (self.percent, self.message) != before

    @staticmethod
    def _describe_failure(kind: str, data: dict[str, Any]) -> str:
        res = data.get("res") or {}
        reason = res.get("msg") if isinstance(res, dict) else None
        what = "unreachable" if kind == "runner_on_unreachable" else "failed"
        text = f"Task '{data.get('task') or 'unnamed'}' {what} on {data.get('host') or 'unknown host'}"
        return f"{text}: {reason}" if reason else text
