"""Node storage: status, content (templates, ISOs, backups and the guests' disks), downloads, vzdump."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

from ..errors import PVEError, fail, param_error
from ..router import Call, route
from .common import size_bytes, start_task

if TYPE_CHECKING:
    from ..app import Sim

DISK_KEYS = re.compile(r"rootfs|mp\d+|unused\d+|(?:scsi|virtio|sata|ide)\d+|efidisk0|tpmstate0")
TEMPLATE_NAME = re.compile(r"[\w.+-]+\.tar\.(?:gz|xz|zst)")
EXTENSIONS = {"zstd": ".zst", "gzip": ".gz", "lzo": ".lzo", "0": "", "1": ".lzo"}


def _scfg(sim: Sim, sid: str) -> dict:
    scfg = sim.state.storages.get(sid)
    if scfg is None:
        raise fail(f"storage '{sid}' does not exist")
    return scfg


def supports(sim: Sim, sid: str, content: str) -> bool:
    return content in _scfg(sim, sid)["content"].split(",")


def disk_volumes(sim: Sim, node: str, sid: str) -> list[dict[str, Any]]:
    """The guests' volumes on a storage, read from their configs (and snapshots' configs)."""
    out = []
    for guest in sim.state.guests.values():
        if guest["node"] != node:
            continue
        for key, value in guest["config"].items():
            if not isinstance(value, str):
                continue
            volume = value.split(",")[0]
            if not DISK_KEYS.fullmatch(key) or not volume.startswith(sid + ":") or "media=cdrom" in value:
                continue
            content = "rootdir" if guest["type"] == "lxc" else "images"
            out.append({"volid": volume, "content": content, "format": "raw", "vmid": guest["vmid"],
                        "size": size_bytes(value), "used": size_bytes(value) // 10, "ctime": guest.get("ctime", 0)})
    return out


def usage(sim: Sim, node: str, sid: str) -> tuple[int, int]:
    total = _scfg(sim, sid)["total"]
    used = sum(v.get("size", 0) for v in sim.state.volumes(node, sid) + disk_volumes(sim, node, sid))
    return used, total


@route("GET", "/nodes/{node}/storage")
async def node_storages(sim: Sim, call: Call) -> list:
    out = []
    wanted = call.get("content")
    for sid, scfg in sorted(sim.state.storages.items()):
        if wanted and not any(c in scfg["content"].split(",") for c in re.split(r"[,;\s]+", wanted)):
            continue
        if call.get("storage") not in (None, sid):
            continue
        used, total = usage(sim, call["node"], sid)
        out.append({"storage": sid, "type": scfg["type"], "content": scfg["content"], "active": 1, "enabled": 1,
                    "shared": scfg["shared"], "total": total, "used": used, "avail": total - used,
                    "used_fraction": used / total})
    return out


@route("GET", "/nodes/{node}/storage/{storage}")
async def node_storage_index(sim: Sim, call: Call) -> list:
    _scfg(sim, call["storage"])
    subdirs = ["content", "download-url", "status", "upload"]
    if sim.release != "8.4":
        subdirs.insert(2, "oci-registry-pull")
    return [{"subdir": s} for s in subdirs]


@route("GET", "/nodes/{node}/storage/{storage}/status")
async def node_storage_status(sim: Sim, call: Call) -> dict:
    scfg = _scfg(sim, call["storage"])
    used, total = usage(sim, call["node"], call["storage"])
    return {"type": scfg["type"], "content": scfg["content"], "active": 1, "enabled": 1, "shared": scfg["shared"],
            "total": total, "used": used, "avail": total - used}


@route("GET", "/nodes/{node}/storage/{storage}/content")
async def content(sim: Sim, call: Call) -> list:
    sid = call["storage"]
    _scfg(sim, sid)
    items = sim.state.volumes(call["node"], sid) + disk_volumes(sim, call["node"], sid)
    if call.get("content"):
        items = [i for i in items if i["content"] == call["content"]]
    if call.get("vmid"):
        items = [i for i in items if i.get("vmid") == int(call["vmid"])]
    # `config` (a backup's guest config) and `oci` (a pulled image's) are the simulator's own records.
    return sorted(({k: v for k, v in i.items() if k not in ("config", "oci")} for i in items),
                  key=lambda i: i["volid"])


def _volid(sid: str, volume: str) -> str:
    return volume if volume.startswith(sid + ":") or ":" in volume else f"{sid}:{volume}"


def _find_volume(sim: Sim, call: Call) -> dict:
    volid = _volid(call["storage"], call["volume"])
    for item in sim.state.volumes(call["node"], call["storage"]) + disk_volumes(sim, call["node"], call["storage"]):
        if item["volid"] == volid:
            return item
    raise fail(f"volume '{volid}' does not exist")


@route("GET", "/nodes/{node}/storage/{storage}/content/{volume}")
async def volume_read(sim: Sim, call: Call) -> dict:
    item = _find_volume(sim, call)
    return {"path": f"/var/lib/vz/{item['volid'].split(':', 1)[1]}", "size": item["size"], "used": item["size"],
            "format": item["format"], **({"notes": item["notes"]} if "notes" in item else {})}


@route("DELETE", "/nodes/{node}/storage/{storage}/content/{volume}")
async def volume_delete(sim: Sim, call: Call) -> str:
    item = _find_volume(sim, call)
    if "vmid" in item and item["content"] in ("images", "rootdir"):
        raise fail(f"volume '{item['volid']}' is in use by guest {item['vmid']}")
    volumes = sim.state.volumes(call["node"], call["storage"])

    async def work(log):
        if item in volumes:
            volumes.remove(item)
        log(f"Removed volume '{item['volid']}'")

    # PVE forks imgdel without an id: a volid's colon could not stand in a UPID.
    return start_task(sim, call, dtype="imgdel", wid="", work=work)


def _add_volume(sim: Sim, call: Call, *, content_type: str, filename: str, size: int) -> str:
    sid = call["storage"]
    if not supports(sim, sid, content_type):
        raise fail(f"storage '{sid}' does not support content-type '{content_type}'")
    volid = f"{sid}:{content_type}/{filename}"
    fmt = {"vztmpl": "t" + filename.rsplit(".", 1)[-1][:2], "iso": "iso"}.get(content_type, "raw")

    async def work(log):
        volumes = sim.state.volumes(call["node"], sid)
        volumes[:] = [v for v in volumes if v["volid"] != volid]
        volumes.append({"volid": volid, "content": content_type, "format": fmt, "size": size,
                        "ctime": int(time.time())})
        log(f"download of '{filename}' to '{volid}' finished")

    return start_task(sim, call, dtype="download", wid=sid, work=work)


@route("POST", "/nodes/{node}/storage/{storage}/download-url")
async def download_url(sim: Sim, call: Call) -> str:
    return _add_volume(sim, call, content_type=call["content"], filename=call["filename"], size=104_857_600)


@route("POST", "/nodes/{node}/aplinfo")
async def aplinfo(sim: Sim, call: Call) -> str:
    template = call["template"]
    if not TEMPLATE_NAME.fullmatch(template):
        raise fail(f"no such template '{template}'")
    call.params["storage"] = call["storage"]
    return _add_volume(sim, call, content_type="vztmpl", filename=template, size=126_418_338)


@route("POST", "/nodes/{node}/vzdump")
async def vzdump(sim: Sim, call: Call) -> str:
    node = call["node"]
    sid = call.get("storage", "local")
    if not supports(sim, sid, "backup"):
        raise PVEError(500, f"can't use storage '{sid}' for backups - wrong content type")
    if call.flag("all"):
        wanted = [g for g in sim.state.guests.values() if g["node"] == node]
    elif call.get("pool"):
        members = sim.state.data["pools"].get(call["pool"], {}).get("members", [])
        wanted = [sim.state.guest(v) for v in members if sim.state.guest(v) and sim.state.guest(v)["node"] == node]
    elif call.get("vmid"):
        ids = [int(v) for v in re.split(r"[,;\s]+", call["vmid"]) if v]
        missing = [v for v in ids if sim.state.guest(v) is None]
        if missing:
            raise fail(f"VM {missing[0]} does not exist")
        wanted = [sim.state.guest(v) for v in ids if sim.state.guest(v)["node"] == node]
    else:
        raise param_error({"vmid": "property is missing and it is not optional"})
    if not wanted:
        return "OK"
    ext = EXTENSIONS.get(call.get("compress", "0"), "")
    mode = call.get("mode", "snapshot")

    async def work(log):
        for guest in wanted:
            stamp = time.strftime("%Y_%m_%d-%H_%M_%S", time.gmtime())
            kind = guest["type"]
            name = f"vzdump-{kind}-{guest['vmid']}-{stamp}.{'tar' if kind == 'lxc' else 'vma'}{ext}"
            volid = f"{sid}:backup/{name}"
            log(f"INFO: starting new backup job: vzdump {guest['vmid']} --mode {mode} --storage {sid}")
            await sim.backend.vzdump(guest, volid, log=log)
            sim.state.volumes(node, sid).append({
                "volid": volid, "content": "backup", "format": name.split(".", 1)[1], "vmid": guest["vmid"],
                "size": 52_428_800, "ctime": int(time.time()), "subtype": kind,
                "notes": call.get("notes-template", "{{guestname}}").replace("{{guestname}}", guest["config"].get(
                    "hostname", guest["config"].get("name", ""))).replace("{{vmid}}", str(guest["vmid"])),
                "config": {"type": kind, "config": dict(guest["config"])}})
        log("INFO: Backup job finished successfully")

    wid = str(wanted[0]["vmid"]) if len(wanted) == 1 else ""
    return start_task(sim, call, dtype="vzdump", wid=wid, work=work)
