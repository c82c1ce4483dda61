"""/nodes/{node}/tasks: list, status, log and stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import PVEError, fail
from ..router import Call, route
from ..tasks import list_view, parse_upid, status_view

if TYPE_CHECKING:
    from ..app import Sim


def _task(sim: Sim, call: Call) -> dict:
    upid = call["upid"]
    if parse_upid(upid) is None:
        raise fail(f"unable to parse worker upid '{upid}'")
    task = sim.tasks.find(upid)
    if task is None or task["node"] != call["node"]:
        raise PVEError(500, f"no such task: {upid}")
    return task


@route("GET", "/nodes/{node}/tasks")
async def task_list(sim: Sim, call: Call) -> list:
    source = call.get("source", "archive")
    tasks = [t for t in sim.state.data["tasks"] if t["node"] == call["node"]]
    if source == "active":
        tasks = [t for t in tasks if t["status"] == "running"]
    elif source == "archive":
        tasks = [t for t in tasks if t["status"] == "stopped"]
    if call.get("vmid"):
        tasks = [t for t in tasks if t["id"] == str(call["vmid"])]
    if call.get("typefilter"):
        tasks = [t for t in tasks if t["type"] == call["typefilter"]]
    if call.get("userfilter"):
        tasks = [t for t in tasks if call["userfilter"] in t["user"]]
    if call.flag("errors"):
        tasks = [t for t in tasks if t["status"] == "stopped" and t["exitstatus"] != "OK"]
    tasks = sorted(tasks, key=lambda t: t["starttime"], reverse=True)
    call.extra["total"] = len(tasks)
    start, limit = int(call.get("start", 0)), int(call.get("limit", 50))
    return [list_view(t) for t in tasks[start:start + limit]]


@route("GET", "/nodes/{node}/tasks/{upid}")
async def task_index(sim: Sim, call: Call) -> list:
    _task(sim, call)
    return [{"name": "log"}, {"name": "status"}]


@route("GET", "/nodes/{node}/tasks/{upid}/status")
async def task_status(sim: Sim, call: Call) -> dict:
    return status_view(_task(sim, call))


@route("GET", "/nodes/{node}/tasks/{upid}/log")
async def task_log(sim: Sim, call: Call) -> list:
    task = _task(sim, call)
    lines = task["log"] or ["no content"]
    start, limit = int(call.get("start", 0)), int(call.get("limit", 50))
    call.extra["total"] = len(lines)
    return [{"n": i + 1, "t": line} for i, line in enumerate(lines)][start:start + limit]


@route("DELETE", "/nodes/{node}/tasks/{upid}")
async def task_stop(sim: Sim, call: Call) -> None:
    task = _task(sim, call)
    if task["status"] == "running":
        task.update(status="stopped", exitstatus="unexpected status")
        sim.state.save()
