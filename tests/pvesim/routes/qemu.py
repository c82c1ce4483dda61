"""/nodes/{node}/qemu: VM records (create, config, power, template, agent interfaces)."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

from .. import propstring
from ..errors import fail
from ..router import Call, route
from .common import check_lock, check_unused, digest, get_guest, list_item, running, start_task, status_current
from .lxc import config_view, power
from .storage import supports

if TYPE_CHECKING:
    from ..app import Sim

DISK = re.compile(r"(?:scsi|virtio|sata|ide)\d+|efidisk0|tpmstate0")
MODELS = ("virtio", "e1000", "e1000e", "rtl8139", "vmxnet3", "i82551", "i82557b", "i82559er", "ne2k_isa",
          "ne2k_pci", "pcnet", "e1000-82540em", "e1000-82544gc", "e1000-82545em")
INTEGER_KEYS = {"memory", "cores", "sockets", "vcpus", "onboot", "template", "balloon", "acpi", "kvm", "numa",
                "protection", "tablet", "localtime", "reboot", "cpuunits", "shares", "freeze"}
NOT_STORED = {"vmid", "node", "pool", "force", "storage", "archive", "start", "unique", "live-restore", "bwlimit",
              "digest", "delete", "revert", "skiplock", "background_delay", "import-working-storage"}


def _net(value: str, old: str = "") -> str:
    opts = propstring.parse(value)
    model = next((m for m in MODELS if m in opts), opts.pop("model", "virtio"))
    mac = opts.pop(model, None) or opts.pop("macaddr", None) or propstring.parse(old).get(
        next((m for m in MODELS if m in propstring.parse(old)), ""), None) or propstring.random_mac()
    return ",".join([f"{model}={mac}", *(f"{k}={v}" for k, v in opts.items())])


def _disk(sim: Sim, vmid: int, value: str, index: int) -> str:
    opts = propstring.parse(value, "file")
    new = propstring.NEW_VOLUME.fullmatch(opts.get("file", ""))
    if new:
        sid = new.group("storage")
        if sid not in sim.state.storages or not supports(sim, sid, "images"):
            raise fail(f"storage '{sid}' does not support vm images")
        opts["file"] = f"{sid}:vm-{vmid}-disk-{index}"
        opts["size"] = propstring.gib_text(new.group("size"))
    return propstring.render(opts, default_key="file")


def _apply(sim: Sim, vmid: int, config: dict[str, Any], params: dict[str, Any]) -> None:
    disks = sum(1 for k in config if DISK.fullmatch(k))
    for key in sorted(params):
        value = params[key]
        if key in NOT_STORED:
            continue
        if DISK.fullmatch(key):
            if config.get(key, "").split(",")[0] != value.split(",")[0]:
                config[key] = _disk(sim, vmid, value, disks)
                disks += 1
        elif key.startswith("net") and key[3:].isdigit():
            config[key] = _net(value, config.get(key, ""))
        elif key in INTEGER_KEYS:
            config[key] = int(value)
        elif key == "tags":
            config[key] = ";".join(sorted({t for t in re.split(r"[;,\s]+", value) if t}, key=str.lower))
        else:
            config[key] = value


@route("GET", "/nodes/{node}/qemu")
async def qemu_list(sim: Sim, call: Call) -> list:
    return [list_item(g) for g in sim.state.guests.values() if g["node"] == call["node"] and g["type"] == "qemu"]


@route("POST", "/nodes/{node}/qemu")
async def qemu_create(sim: Sim, call: Call) -> str:
    vmid, node = int(call["vmid"]), call["node"]
    check_unused(sim, vmid)
    pool = call.get("pool")
    if pool and pool not in sim.state.data["pools"]:
        raise fail(f"pool '{pool}' does not exist")
    config: dict[str, Any] = {"smbios1": f"uuid=5e1d{vmid:04d}-0000-4000-8000-000000000000",
                              "vmgenid": f"0000{vmid:04d}-0000-4000-8000-000000000000", "meta":
                              f"creation-qemu=9.2.0,ctime={int(time.time())}"}
    _apply(sim, vmid, config, call.params)
    guest = {"vmid": vmid, "type": "qemu", "node": node, "config": config, "status": "stopped", "lock": "create",
             "snapshots": {}, "ctime": int(time.time())}
    sim.state.guests[str(vmid)] = guest
    if pool:
        sim.state.data["pools"][pool]["members"].append(vmid)
    sim.state.save()

    async def work(log):
        await sim.backend.create(guest, template=call.get("archive"), log=log)
        guest.pop("lock", None)
        if call.flag("start"):
            await sim.backend.start(guest, log=log)
            guest.update(status="running", started=int(time.time()))

    return start_task(sim, call, dtype="qmrestore" if call.get("archive") else "qmcreate", wid=str(vmid), work=work)


@route("GET", "/nodes/{node}/qemu/{vmid}")
async def qemu_index(sim: Sim, call: Call) -> list:
    get_guest(sim, call, "qemu")
    return [{"subdir": s} for s in ("config", "status", "snapshot", "agent", "clone", "template")]


@route("GET", "/nodes/{node}/qemu/{vmid}/config")
async def qemu_config(sim: Sim, call: Call) -> dict:
    return config_view(get_guest(sim, call, "qemu"), call)


async def _update(sim: Sim, call: Call) -> dict:
    guest = get_guest(sim, call, "qemu")
    if not call.flag("skiplock"):
        check_lock(guest)
    if call.get("digest") and call["digest"] != digest(guest["config"]):
        raise fail("detected modified configuration - file changed by other user? Try again.")
    for key in [d for d in re.split(r"[,;\s]+", call.get("delete", "")) if d]:
        if key not in guest["config"] and not call.flag("force"):
            continue
        guest["config"].pop(key, None)
    _apply(sim, guest["vmid"], guest["config"], call.params)
    sim.state.save()
    return guest


@route("PUT", "/nodes/{node}/qemu/{vmid}/config")
async def qemu_config_set(sim: Sim, call: Call) -> None:
    await _update(sim, call)


@route("POST", "/nodes/{node}/qemu/{vmid}/config")
async def qemu_config_async(sim: Sim, call: Call) -> str:
    guest = await _update(sim, call)

    async def work(log):
        log("update VM config")

    return start_task(sim, call, dtype="qmconfig", wid=str(guest["vmid"]), work=work)


@route("GET", "/nodes/{node}/qemu/{vmid}/status")
async def qemu_status_index(sim: Sim, call: Call) -> list:
    get_guest(sim, call, "qemu")
    return [{"subdir": s} for s in ("current", "start", "stop", "reset", "shutdown", "suspend", "reboot")]


@route("GET", "/nodes/{node}/qemu/{vmid}/status/current")
async def qemu_current(sim: Sim, call: Call) -> dict:
    return status_current(get_guest(sim, call, "qemu"))


for _action in ("start", "stop", "shutdown", "reboot", "reset", "suspend", "resume"):
    route("POST", f"/nodes/{{node}}/qemu/{{vmid}}/status/{_action}")(power("qemu", _action))


@route("POST", "/nodes/{node}/qemu/{vmid}/template")
async def qemu_template(sim: Sim, call: Call) -> str:
    guest = get_guest(sim, call, "qemu")
    if running(guest):
        raise fail("you can't convert a VM to template if VM is running")
    check_lock(guest)

    async def work(log):
        for key, value in list(guest["config"].items()):
            if DISK.fullmatch(key):
                guest["config"][key] = value.replace(f"vm-{guest['vmid']}-disk", f"base-{guest['vmid']}-disk")
        guest["config"]["template"] = 1

    return start_task(sim, call, dtype="qmtemplate", wid=str(guest["vmid"]), work=work)


@route("GET", "/nodes/{node}/qemu/{vmid}/agent/network-get-interfaces")
async def qemu_agent_interfaces(sim: Sim, call: Call) -> dict:
    guest = get_guest(sim, call, "qemu")
    if str(guest["config"].get("agent", "0")).split(",")[0] not in ("1", "enabled=1"):
        raise fail("No QEMU guest agent configured")
    if not running(guest):
        raise fail(f"VM {guest['vmid']} is not running")
    result = [{"name": "lo", "hardware-address": "00:00:00:00:00:00",
               "ip-addresses": [{"ip-address": "127.0.0.1", "ip-address-type": "ipv4", "prefix": 8}]}]
    for key in sorted(k for k in guest["config"] if k.startswith("ipconfig")):
        ip = propstring.parse(guest["config"][key]).get("ip", "")
        if "/" in ip:
            addr, prefix = ip.split("/")
            result.append({"name": f"eth{key[8:]}", "hardware-address": "bc:24:11:00:00:00",
                           "ip-addresses": [{"ip-address": addr, "ip-address-type": "ipv4", "prefix": int(prefix)}]})
    return {"result": result}


