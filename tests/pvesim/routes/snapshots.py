"""Snapshots of containers and VMs: list, create, delete, rollback, snapshot config."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..errors import fail
from ..router import Call, route
from .common import check_lock, get_guest, running, start_task

if TYPE_CHECKING:
    from ..app import Sim

BASE = "/nodes/{node}/%s/{vmid}/snapshot"


def _snap(guest: dict, name: str) -> dict:
    snap = guest["snapshots"].get(name)
    if snap is None:
        raise fail(f"snapshot '{name}' does not exist")
    return snap


def register(kind: str) -> None:
    base = BASE % kind
    prefix = "vz" if kind == "lxc" else "qm"

    async def listing(sim: Sim, call: Call) -> list:
        guest = get_guest(sim, call, kind)
        out = []
        for name, snap in guest["snapshots"].items():
            item = {"name": name, "description": snap.get("description", ""), "snaptime": snap["snaptime"]}
            if snap.get("parent"):
                item["parent"] = snap["parent"]
            if kind == "qemu":
                item["vmstate"] = int(snap.get("vmstate", 0))
            out.append(item)
        current = {"name": "current", "description": "You are here!", "running": int(running(guest))}
        if guest["config"].get("parent"):
            current["parent"] = guest["config"]["parent"]
        out.append(current)
        return out

    async def create(sim: Sim, call: Call) -> str:
        guest = get_guest(sim, call, kind)
        name = call["snapname"]
        if name in ("current", "vzdump"):
            raise fail(f"unable to use snapshot name '{name}' (reserved name)")
        if name in guest["snapshots"]:
            raise fail(f"snapshot name '{name}' already used")
        check_lock(guest)
        guest["lock"] = "snapshot"
        sim.state.save()

        async def work(log):
            try:
                await sim.backend.snapshot(guest, name, log=log)
                config = dict(guest["config"].items())
                guest["snapshots"][name] = {"config": config, "snaptime": int(time.time()),
                                            "description": call.get("description", ""),
                                            "parent": guest["config"].get("parent"),
                                            "vmstate": int(call.flag("vmstate") and running(guest))}
                guest["config"]["parent"] = name
            finally:
                guest.pop("lock", None)

        return start_task(sim, call, dtype=f"{prefix}snapshot", wid=str(guest["vmid"]), work=work)

    async def index(sim: Sim, call: Call) -> list:
        _snap(get_guest(sim, call, kind), call["snapname"])
        return [{"rollback": "rollback"}, {"config": "config"}]

    async def delete(sim: Sim, call: Call) -> str:
        guest = get_guest(sim, call, kind)
        name = call["snapname"]
        snap = _snap(guest, name)
        if not call.flag("force"):
            check_lock(guest)

        async def work(log):
            await sim.backend.delete_snapshot(guest, name, log=log)
            guest["snapshots"].pop(name, None)
            for other in guest["snapshots"].values():
                if other.get("parent") == name:
                    other["parent"] = snap.get("parent")
            if guest["config"].get("parent") == name:
                if snap.get("parent"):
                    guest["config"]["parent"] = snap["parent"]
                else:
                    guest["config"].pop("parent", None)

        return start_task(sim, call, dtype=f"{prefix}delsnapshot", wid=str(guest["vmid"]), work=work)

    async def rollback(sim: Sim, call: Call) -> str:
        guest = get_guest(sim, call, kind)
        name = call["snapname"]
        snap = _snap(guest, name)
        check_lock(guest)

        async def work(log):
            if running(guest) and not snap.get("vmstate"):
                await sim.backend.stop(guest, log=log)
                guest["status"] = "stopped"
            await sim.backend.rollback(guest, name, log=log)
            guest["config"] = {**snap["config"], "parent": name}
            if call.flag("start") or snap.get("vmstate"):
                await sim.backend.start(guest, log=log)
                guest.update(status="running", started=int(time.time()))

        return start_task(sim, call, dtype=f"{prefix}rollback", wid=str(guest["vmid"]), work=work)

    async def config(sim: Sim, call: Call) -> dict:
        return dict(_snap(get_guest(sim, call, kind), call["snapname"])["config"])

    async def config_set(sim: Sim, call: Call) -> None:
        snap = _snap(get_guest(sim, call, kind), call["snapname"])
        if call.get("description") is not None:
            snap["description"] = call["description"]
        sim.state.save()

    route("GET", base)(listing)
    route("POST", base)(create)
    route("GET", base + "/{snapname}")(index)
    route("DELETE", base + "/{snapname}")(delete)
    route("POST", base + "/{snapname}/rollback")(rollback)
    route("GET", base + "/{snapname}/config")(config)
    route("PUT", base + "/{snapname}/config")(config_set)


register("lxc")
register("qemu")
