"""Helpers shared by the guest routes: lookups with PVE's messages, and the views of a guest."""

from __future__ import annotations

import hashlib
import json
import re
import time
from typing import TYPE_CHECKING, Any

from ..errors import fail
from ..router import Call
from ..tasks import Work

if TYPE_CHECKING:
    from ..app import Sim

GIB = 1024**3
MIB = 1024**2
LABEL = {"lxc": "CT", "qemu": "VM"}


def conf_path(node: str, kind: str, vmid: int | str) -> str:
    return f"nodes/{node}/{'lxc' if kind == 'lxc' else 'qemu-server'}/{vmid}.conf"


def get_guest(sim: Sim, call: Call, kind: str) -> dict:
    """The guest of a `/nodes/{node}/{kind}/{vmid}` path; PVE's error when its config is not on that node."""
    guest = sim.state.guest(call["vmid"])
    if guest is None or guest["node"] != call["node"] or guest["type"] != kind:
        raise fail(f"Configuration file '{conf_path(call['node'], kind, int(call['vmid']))}' does not exist")
    return guest


def check_unused(sim: Sim, vmid: int) -> None:
    """PVE::Cluster::check_vmid_unused."""
    other = sim.state.guest(vmid)
    if other is not None:
        raise fail(f"{LABEL[other['type']]} {vmid} already exists on node '{other['node']}'")


def check_lock(guest: dict) -> None:
    if guest.get("lock"):
        raise fail(f"{LABEL[guest['type']]} is locked ({guest['lock']})")


def size_bytes(text: str) -> int:
    found = re.search(r"(?:^|,)size=(\d+(?:\.\d+)?)([KMGT]?)", text)
    if not found:
        return 0
    factor = {"": 1, "K": 1024, "M": MIB, "G": GIB, "T": 1024 * GIB}[found.group(2)]
    return int(float(found.group(1)) * factor)


def max_disk(guest: dict) -> int:
    cfg = guest["config"]
    key = "rootfs" if guest["type"] == "lxc" else next(
        (k for k in sorted(cfg) if re.fullmatch(r"(scsi|virtio|sata|ide)\d+", k) and "media=cdrom" not in cfg[k]),
        None)
    return size_bytes(cfg.get(key, "")) if key else 0


def digest(config: dict) -> str:
    return hashlib.sha1(json.dumps(config, sort_keys=True).encode()).hexdigest()


def running(guest: dict) -> bool:
    return guest["status"] == "running"


def _usage(guest: dict) -> dict[str, Any]:
    cfg = guest["config"]
    maxmem = int(cfg.get("memory", 512 if guest["type"] == "lxc" else 2048)) * MIB
    is_running = running(guest)
    return {
        "maxmem": maxmem,
        "mem": maxmem // 8 if is_running else 0,
        "maxdisk": max_disk(guest),
        "disk": max_disk(guest) // 10 if is_running and guest["type"] == "lxc" else 0,
        "cpu": 0.0012 if is_running else 0,
        "uptime": int(time.time()) - guest.get("started", int(time.time())) if is_running else 0,
        "netin": 0, "netout": 0, "diskread": 0, "diskwrite": 0,
    }


def cpus(guest: dict) -> int:
    cfg = guest["config"]
    if guest["type"] == "qemu":
        return int(cfg.get("cores", 1)) * int(cfg.get("sockets", 1))
    return int(cfg.get("cores", 8))


def name_of(guest: dict) -> str:
    cfg = guest["config"]
    return cfg.get("hostname" if guest["type"] == "lxc" else "name", f"{LABEL[guest['type']]}{guest['vmid']}")


def resource_item(sim: Sim, guest: dict) -> dict[str, Any]:
    """An item of GET /cluster/resources?type=vm."""
    item = {"id": f"{guest['type']}/{guest['vmid']}", "type": guest["type"], "vmid": guest["vmid"],
            "name": name_of(guest), "node": guest["node"], "status": guest["status"],
            "template": int(guest["config"].get("template", 0)), "maxcpu": cpus(guest), **_usage(guest)}
    if guest["config"].get("tags"):
        item["tags"] = guest["config"]["tags"]
    pool = sim.state.pool_of(guest["vmid"])
    if pool:
        item["pool"] = pool
    if guest.get("lock"):
        item["lock"] = guest["lock"]
    return item


def list_item(guest: dict) -> dict[str, Any]:
    """An item of GET /nodes/{node}/lxc or /qemu."""
    item = {"vmid": guest["vmid"], "name": name_of(guest), "status": guest["status"], "cpus": cpus(guest),
            **_usage(guest)}
    if guest["type"] == "lxc":
        item["type"] = "lxc"
        item["maxswap"] = int(guest["config"].get("swap", 512)) * MIB
        item["swap"] = 0
    if guest["config"].get("template"):
        item["template"] = 1
    if guest["config"].get("tags"):
        item["tags"] = guest["config"]["tags"]
    if guest.get("lock"):
        item["lock"] = guest["lock"]
    if running(guest):
        item["pid"] = 4242 + guest["vmid"]
    return item


def status_current(guest: dict) -> dict[str, Any]:
    """GET .../status/current."""
    out = {**list_item(guest), "ha": {"managed": 0}}
    if guest["type"] == "qemu":
        out["qmpstatus"] = guest["status"]
        out["agent"] = 1 if str(guest["config"].get("agent", "0")).split(",")[0] in ("1", "enabled=1") else 0
    return out


def start_task(sim: Sim, call: Call, *, dtype: str, wid: str, work: Work) -> str:
    return sim.tasks.start(node=call["node"], dtype=dtype, wid=wid, user=call.user, work=work)
