"""PVE worker tasks: UPIDs in PVE's exact format, running -> stopped after a short delay, logs."""

from __future__ import annotations

import asyncio
import os
import re
import time
from collections.abc import Awaitable, Callable
from typing import Any

from .errors import PVEError
from .state import State

UPID_RE = re.compile(r"UPID:(?P<node>[a-zA-Z0-9]([a-zA-Z0-9\-]*[a-zA-Z0-9])?):(?P<pid>[0-9A-F]{8}):"
                     r"(?P<pstart>[0-9A-F]{8,9}):(?P<starttime>[0-9A-F]{8}):(?P<type>[^:\s]+):(?P<id>[^:\s]*):"
                     r"(?P<user>[^:\s]+):")

# A worker gets a `log(line)` function; it raises PVEError (or any exception) to fail the task.
Work = Callable[[Callable[[str], None]], Awaitable[None]]


def format_upid(*, node: str, pid: int, pstart: int, starttime: int, dtype: str, wid: str, user: str) -> str:
    """PVE::Tools::upid_encode."""
    return f"UPID:{node}:{pid:08X}:{pstart:08X}:{starttime:08X}:{dtype}:{wid}:{user}:"


def parse_upid(upid: str) -> dict[str, Any] | None:
    found = UPID_RE.fullmatch(upid)
    if not found:
        return None
    parts = found.groupdict()
    return {"upid": upid, "node": parts["node"], "pid": int(parts["pid"], 16), "pstart": int(parts["pstart"], 16),
            "starttime": int(parts["starttime"], 16), "type": parts["type"], "id": parts["id"],
            "user": parts["user"]}


class TaskRunner:
    """Runs workers in the background and records them in the state's task list."""

    def __init__(self, state: State, *, delay: float) -> None:
        self.state = state
        self.delay = delay
        self._running: set[asyncio.Task] = set()
        # Tasks that were running when the simulator stopped never finish: PVE marks them so.
        for task in self.state.data["tasks"]:
            if task["status"] == "running":
                task.update(status="stopped", exitstatus="unexpected status", endtime=int(time.time()))

    def start(self, *, node: str, dtype: str, wid: str, user: str, work: Work) -> str:
        now = int(time.time())
        pid = os.getpid() * 7 % 0xFFFFF + self.state.next_counter()
        upid = format_upid(node=node, pid=pid, pstart=int(time.monotonic() * 100) & 0xFFFFFFFF,
                           starttime=now, dtype=dtype, wid=wid, user=user)
        record = {**parse_upid(upid), "status": "running", "log": []}
        self.state.data["tasks"].append(record)
        self.state.save()
        job = asyncio.get_running_loop().create_task(self._run(record, work))
        self._running.add(job)
        job.add_done_callback(self._running.discard)
        return upid

    async def _run(self, record: dict, work: Work) -> None:
        def log(line: str) -> None:
            record["log"].append(line)

        await asyncio.sleep(self.delay)
        try:
            await work(log)
        except PVEError as exc:
            exitstatus = exc.message.strip()
        except Exception as exc:  # a worker's die: PVE keeps the message as exit status
            exitstatus = str(exc).strip() or type(exc).__name__
        else:
            exitstatus = "OK"
        log("TASK OK" if exitstatus == "OK" else f"TASK ERROR: {exitstatus}")
        record.update(status="stopped", exitstatus=exitstatus, endtime=int(time.time()))
        self.state.save()

    async def drain(self) -> None:
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)

    def find(self, upid: str) -> dict | None:
        return next((t for t in self.state.data["tasks"] if t["upid"] == upid), None)


def status_view(task: dict) -> dict[str, Any]:
    """GET /nodes/{node}/tasks/{upid}/status."""
    keys = ("upid", "node", "pid", "pstart", "starttime", "type", "id", "user", "status")
    out = {k: task[k] for k in keys}
    if task["status"] == "stopped":
        out["exitstatus"] = task["exitstatus"]
    return out


def list_view(task: dict) -> dict[str, Any]:
    """An item of GET /nodes/{node}/tasks: `status` is the exit status once stopped."""
    keys = ("upid", "node", "pid", "pstart", "starttime", "type", "id", "user")
    out = {k: task[k] for k in keys}
    if task["status"] == "stopped":
        out["endtime"] = task["endtime"]
        out["status"] = task["exitstatus"]
    else:
        out["status"] = "running"
    return out
