"""Destroy and clone, for containers and VMs alike."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING

from ..errors import fail
from ..router import Call, route
from .common import LABEL, check_lock, check_unused, get_guest, running, start_task

if TYPE_CHECKING:
    from ..app import Sim

DISK = re.compile(r"rootfs|mp\d+|(?:scsi|virtio|sata|ide)\d+|efidisk0|tpmstate0")


def destroy(kind: str):
    async def handler(sim: Sim, call: Call) -> str:
        guest = get_guest(sim, call, kind)
        vmid = guest["vmid"]
        check_lock(guest)
        if running(guest) and not (kind == "lxc" and call.flag("force")):
            raise fail(f"unable to destroy {LABEL[kind]} {vmid} - container is running" if kind == "lxc"
                       else f"VM {vmid} is running - destroy failed")
        if guest["config"].get("protection"):
            raise fail(f"can't remove {LABEL[kind]} {vmid} - protection mode enabled")

        async def work(log):
            if running(guest):
                await sim.backend.stop(guest, log=log)
            await sim.backend.destroy(guest, log=log)
            sim.state.guests.pop(str(vmid), None)
            for pool in sim.state.data["pools"].values():
                if vmid in pool["members"]:
                    pool["members"].remove(vmid)

        return start_task(sim, call, dtype="vzdestroy" if kind == "lxc" else "qmdestroy", wid=str(vmid), work=work)

    return handler


route("DELETE", "/nodes/{node}/lxc/{vmid}")(destroy("lxc"))
route("DELETE", "/nodes/{node}/qemu/{vmid}")(destroy("qemu"))


def clone(kind: str):
    async def handler(sim: Sim, call: Call) -> str:
        source = get_guest(sim, call, kind)
        newid = int(call["newid"])
        check_unused(sim, newid)
        is_template = bool(source["config"].get("template"))
        full = call.flag("full") if call.get("full") is not None else not is_template
        if not full and not is_template:
            raise fail(f"linked clone feature is not available for {LABEL[kind]} {source['vmid']}")
        if call.get("storage") and not full:
            raise fail("parameter 'storage' not allowed for linked clones")
        target = call.get("target", source["node"])
        if target not in sim.state.nodes:
            raise fail(f"no such cluster node '{target}'")
        snap = call.get("snapname")
        if snap and snap not in source["snapshots"]:
            raise fail(f"snapshot '{snap}' does not exist")
        config = dict(source["snapshots"][snap]["config"] if snap else source["config"])
        config.pop("template", None)
        config.pop("parent", None)
        for key, value in list(config.items()):
            if DISK.fullmatch(key) and ":" in value.split(",")[0] and "media=cdrom" not in value:
                sid, vol = value.split(",")[0].split(":", 1)
                sid = call.get("storage", sid) if full else sid
                new_vol = re.sub(r"(?:vm|base)-\d+-disk", f"vm-{newid}-disk", vol)
                config[key] = ",".join([f"{sid}:{new_vol}", *value.split(",")[1:]])
            elif key.startswith("net") and key[3:].isdigit():
                config[key] = re.sub(r"(hwaddr|macaddr|virtio|e1000|vmxnet3|rtl8139)=[0-9A-Fa-f:]{17}",
                                     lambda m: f"{m.group(1)}=BC:24:11:{newid % 256:02X}:{newid // 256 % 256:02X}:01",
                                     value)
        name_key = "hostname" if kind == "lxc" else "name"
        if call.get(name_key):
            config[name_key] = call[name_key]
        if call.get("description"):
            config["description"] = call["description"]
        new = {"vmid": newid, "type": kind, "node": target, "config": config, "status": "stopped", "lock": "create",
               "snapshots": {}, "ctime": int(time.time())}
        sim.state.guests[str(newid)] = new
        if call.get("pool"):
            if call["pool"] not in sim.state.data["pools"]:
                raise fail(f"pool '{call['pool']}' does not exist")
            sim.state.data["pools"][call["pool"]]["members"].append(newid)
        sim.state.save()

        async def work(log):
            await sim.backend.clone(source, new, snapname=snap, log=log)
            new.pop("lock", None)

        return start_task(sim, call, dtype="vzclone" if kind == "lxc" else "qmclone", wid=str(source["vmid"]),
                          work=work)

    return handler


route("POST", "/nodes/{node}/lxc/{vmid}/clone")(clone("lxc"))
route("POST", "/nodes/{node}/qemu/{vmid}/clone")(clone("qemu"))
