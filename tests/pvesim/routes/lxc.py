"""/nodes/{node}/lxc: create/restore, config, power, clone, template, destroy, interfaces."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from .. import oci, propstring
from ..errors import fail, param_error
from ..router import Call, route
from .common import check_lock, check_unused, digest, get_guest, list_item, running, start_task, status_current
from .storage import supports

if TYPE_CHECKING:
    from ..app import Sim

INTEGER_KEYS = {"cores", "memory", "swap", "cpuunits", "onboot", "unprivileged", "protection", "console", "tty",
                "template", "debug"}
# What PVE applies to a running container at once when its config changes (the rest waits for a restart).
HOTPLUG = ("memory", "swap", "cores", "cpulimit")
NOT_STORED = {"vmid", "node", "ostemplate", "password", "ssh-public-keys", "storage", "force", "pool", "restore",
              "start", "unique", "bwlimit", "ignore-unpack-errors", "digest", "delete", "revert", "ha-managed"}


def _allocate(sim: Sim, vmid: int, key: str, value: str, default_storage: str, index: int) -> str:
    """`local-lvm:8,mp=/x` -> `local-lvm:vm-100-disk-N,mp=/x,size=8G`; checks the storage can hold CT disks."""
    opts = propstring.parse(value, "volume")
    volume = opts.get("volume", "")
    if volume.replace(".", "", 1).isdigit():
        volume = f"{default_storage}:{volume}"
    new = propstring.NEW_VOLUME.fullmatch(volume)
    if new or ":" in volume:
        sid = (new.group("storage") if new else volume.split(":")[0])
        if sid not in sim.state.storages or not supports(sim, sid, "rootdir"):
            raise param_error({"storage": f"storage '{sid}' does not support container directories"})
    if new:
        opts["volume"] = f"{new.group('storage')}:vm-{vmid}-disk-{index}"
        opts["size"] = propstring.gib_text(new.group("size"))
    return propstring.render(opts, default_key="volume", required=("mp",) if key != "rootfs" else ())


def _net(value: str) -> str:
    opts = propstring.parse(value)
    opts.setdefault("hwaddr", propstring.random_mac())
    opts.setdefault("type", "veth")
    return propstring.render(opts, required=("name",))


def _store(config: dict[str, Any], key: str, value: str) -> None:
    if key in INTEGER_KEYS:
        config[key] = int(value)
    elif key == "tags":
        config[key] = ";".join(sorted({t for t in value.replace(",", ";").replace(" ", ";").split(";") if t},
                                      key=str.lower))
    else:
        config[key] = value


def _apply(sim: Sim, vmid: int, config: dict[str, Any], params: dict[str, Any], storage: str) -> None:
    disks = 0
    for key in sorted(params, key=lambda k: (k != "rootfs", k)):
        value = params[key]
        if key in NOT_STORED:
            continue
        if key == "rootfs" or (key.startswith("mp") and key[2:].isdigit()):
            if config.get(key, "").split(",")[0] == propstring.parse(value, "volume").get("volume"):
                continue  # same volume: PVE keeps it
            config[key] = _allocate(sim, vmid, key, value, storage, disks)
            disks += 1
        elif key.startswith("net") and key[3:].isdigit():
            old = propstring.parse(config.get(key, ""))
            new = propstring.parse(value)
            if "hwaddr" not in new and "hwaddr" in old:
                new["hwaddr"] = old["hwaddr"]
            config[key] = _net(propstring.render(new))
        else:
            _store(config, key, value)


@route("GET", "/nodes/{node}/lxc")
async def lxc_list(sim: Sim, call: Call) -> list:
    return [list_item(g) for g in sim.state.guests.values() if g["node"] == call["node"] and g["type"] == "lxc"]


def _forget(sim: Sim, guest: dict) -> None:
    """Drops a guest whose create failed; the backend has already removed what it made of it."""
    sim.state.guests.pop(str(guest["vmid"]), None)
    for pool in sim.state.data["pools"].values():
        if guest["vmid"] in pool["members"]:
            pool["members"].remove(guest["vmid"])


async def _create_from_image(sim: Sim, guest: dict, template: str, image: dict[str, Any], *,
                             explicit: dict[str, Any], log) -> None:
    """PVE 9.1's create from an OCI archive: the rootfs from the image's layers, the config from its config."""
    log("Detected OCI archive")
    found = await sim.backend.create_oci(guest, template=template, image=image, log=log)
    try:
        oci.apply_image(guest["config"], image, passwd=found["passwd"], group=found["group"], log=log)
    except ValueError as exc:
        await sim.backend.destroy(guest, log=log)
        raise fail(str(exc)) from None
    if "ostype" not in explicit:
        guest["config"]["ostype"] = found["ostype"]
    elif explicit["ostype"] != found["ostype"]:
        log(f"got unexpected ostype ({found['ostype']} != {explicit['ostype']})")


@route("POST", "/nodes/{node}/lxc")
async def lxc_create(sim: Sim, call: Call) -> str:
    vmid, node = int(call["vmid"]), call["node"]
    restore = call.flag("restore")
    existing = sim.state.guest(vmid)
    if existing is not None and not (restore and call.flag("force") and existing["node"] == node):
        check_unused(sim, vmid)
    storage = call.get("storage", "local")
    ostemplate = call["ostemplate"]
    pool = call.get("pool")
    if pool and pool not in sim.state.data["pools"]:
        raise fail(f"pool '{pool}' does not exist")
    params = dict(call.params)
    if "rootfs" not in params:
        params["rootfs"] = f"{storage}:{'8' if restore else '4'}"
    archive = None
    if restore:
        sid = ostemplate.split(":")[0]
        archive = next((v for v in sim.state.volumes(node, sid) if v["volid"] == ostemplate), None)
        if archive is None:
            raise fail(f"unable to restore CT {vmid} - volume '{ostemplate}' does not exist")
        base = {k: v for k, v in archive["config"]["config"].items() if k not in ("rootfs", "parent")}
    else:
        base = {"arch": "amd64", "ostype": "debian", "hostname": f"CT{vmid}", "memory": 512, "swap": 512}
    config: dict[str, Any] = dict(base)
    _apply(sim, vmid, config, params, storage)
    if "ostype" not in call.params and ostemplate.split("/")[-1].startswith(("ubuntu", "alpine", "centos")):
        config["ostype"] = ostemplate.split("/")[-1].split("-")[0]
    guest = {"vmid": vmid, "type": "lxc", "node": node, "config": config, "status": "stopped", "lock": "create",
             "snapshots": {}, "ctime": int(time.time())}
    sim.state.guests[str(vmid)] = guest
    if pool:
        sim.state.data["pools"][pool]["members"].append(vmid)
    sim.state.save()

    async def work(log):
        if not restore and not any(v["volid"] == ostemplate for v in sim.state.volumes(node, ostemplate.split(":")[0])):
            sim.state.guests.pop(str(vmid), None)
            for p in sim.state.data["pools"].values():
                if vmid in p["members"]:
                    p["members"].remove(vmid)
            raise fail(f"unable to create CT {vmid} - volume '{ostemplate}' does not exist")
        log(f"Logical volume \"vm-{vmid}-disk-0\" created.")
        image = None if restore else next((v.get("oci") for v in sim.state.volumes(node, ostemplate.split(":")[0])
                                           if v["volid"] == ostemplate), None)
        try:
            if restore:
                await sim.backend.restore(guest, ostemplate, log=log)
            elif image is not None:
                await _create_from_image(sim, guest, ostemplate, image["config"], explicit=call.params, log=log)
            else:
                await sim.backend.create(guest, template=ostemplate, ssh_keys=call.get("ssh-public-keys"), log=log)
        except Exception:
            # PVE removes what a failed create made: no half-made container stays behind.
            _forget(sim, guest)
            raise
        guest.pop("lock", None)
        if call.flag("start"):
            await sim.backend.start(guest, log=log)
            guest.update(status="running", started=int(time.time()))

    return start_task(sim, call, dtype="vzrestore" if restore else "vzcreate", wid=str(vmid), work=work)


@route("GET", "/nodes/{node}/lxc/{vmid}")
async def lxc_index(sim: Sim, call: Call) -> list:
    get_guest(sim, call, "lxc")
    return [{"subdir": s} for s in ("config", "status", "snapshot", "interfaces", "clone", "template")]


def config_view(guest: dict, call: Call) -> dict:
    if call.get("snapshot"):
        snap = guest["snapshots"].get(call["snapshot"])
        if snap is None:
            raise fail(f"snapshot '{call['snapshot']}' does not exist")
        return {**snap["config"], "digest": digest(snap["config"])}
    out = dict(guest["config"])
    if guest.get("lock"):
        out["lock"] = guest["lock"]
    return {**out, "digest": digest(guest["config"])}


@route("GET", "/nodes/{node}/lxc/{vmid}/config")
async def lxc_config(sim: Sim, call: Call) -> dict:
    return config_view(get_guest(sim, call, "lxc"), call)


@route("PUT", "/nodes/{node}/lxc/{vmid}/config")
async def lxc_config_set(sim: Sim, call: Call) -> None:
    guest = get_guest(sim, call, "lxc")
    check_lock(guest)
    if call.get("digest") and call["digest"] != digest(guest["config"]):
        raise fail("detected modified configuration - file changed by other user? Try again.")
    deletes = list(propstring.parse(call.get("delete", "").replace(";", ",")).keys()) or [
        d for d in call.get("delete", "").replace(";", ",").split(",") if d]
    for key in deletes:
        if key in ("rootfs", "hostname", "memory", "ostype", "arch"):
            raise param_error({"delete": f"unable to delete required option '{key}'"})
        guest["config"].pop(key, None)
    before = {key: guest["config"].get(key) for key in HOTPLUG}
    _apply(sim, guest["vmid"], guest["config"], call.params, call.get("storage", "local"))
    sim.state.save()
    if any(guest["config"].get(key) != value for key, value in before.items()):
        await sim.backend.apply_limits(guest)


@route("GET", "/nodes/{node}/lxc/{vmid}/status")
async def lxc_status_index(sim: Sim, call: Call) -> list:
    get_guest(sim, call, "lxc")
    return [{"subdir": s} for s in ("current", "start", "stop", "shutdown", "reboot", "suspend", "resume")]


@route("GET", "/nodes/{node}/lxc/{vmid}/status/current")
async def lxc_current(sim: Sim, call: Call) -> dict:
    return status_current(get_guest(sim, call, "lxc"))


def power(kind: str, action: str):
    label = "CT" if kind == "lxc" else "VM"
    prefix = "vz" if kind == "lxc" else "qm"

    async def handler(sim: Sim, call: Call) -> str:
        guest = get_guest(sim, call, kind)
        vmid = guest["vmid"]
        if action == "start":
            if guest["config"].get("template"):
                raise fail(f"you can't start a {label} if it's a template")
            check_lock(guest)
            if running(guest):
                raise fail(f"{label} {vmid} already running")
        elif not running(guest):
            raise fail(f"{label} {vmid} not running")
        elif action != "stop":
            check_lock(guest)

        async def work(log):
            backend = sim.backend
            if action == "start":
                await backend.start(guest, log=log)
                guest.update(status="running", started=int(time.time()))
            elif action in ("stop", "reset"):
                await (backend.stop(guest, log=log) if action == "stop" else backend.reboot(guest, log=log))
                if action == "stop":
                    guest["status"] = "stopped"
            elif action == "shutdown":
                timeout = call.get("timeout")
                await backend.shutdown(guest, timeout=int(timeout) if timeout else None,
                                       force=call.flag("forceStop"), log=log)
                guest["status"] = "stopped"
            elif action == "reboot":
                await backend.reboot(guest, log=log)
                guest["started"] = int(time.time())
            elif action == "suspend":
                guest["status"] = "paused" if kind == "qemu" else "stopped"
            elif action == "resume":
                guest["status"] = "running"

        return start_task(sim, call, dtype=f"{prefix}{action}", wid=str(vmid), work=work)

    return handler


for _action in ("start", "stop", "shutdown", "reboot"):
    route("POST", f"/nodes/{{node}}/lxc/{{vmid}}/status/{_action}")(power("lxc", _action))


@route("GET", "/nodes/{node}/lxc/{vmid}/interfaces")
async def lxc_interfaces(sim: Sim, call: Call) -> list:
    guest = get_guest(sim, call, "lxc")
    if not running(guest):
        raise fail(f"CT {guest['vmid']} not running")
    return sim.backend.interfaces(guest)


@route("POST", "/nodes/{node}/lxc/{vmid}/template")
async def lxc_template(sim: Sim, call: Call) -> None:
    guest = get_guest(sim, call, "lxc")
    if running(guest):
        raise fail("you can't convert a CT to template if the CT is running")
    check_lock(guest)
    cfg = guest["config"]
    cfg["rootfs"] = cfg["rootfs"].replace(f"vm-{guest['vmid']}-disk", f"base-{guest['vmid']}-disk")
    cfg["template"] = 1
    sim.state.save()
