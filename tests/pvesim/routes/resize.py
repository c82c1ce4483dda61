"""PUT /nodes/{node}/lxc/{vmid}/resize: grow a container's rootfs or mount point, never shrink it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import propstring
from ..errors import fail
from ..router import Call, route
from .common import check_lock, digest, get_guest, size_bytes, start_task

if TYPE_CHECKING:
    from ..app import Sim


def _checked(sim: Sim, call: Call) -> tuple[dict, str, int]:
    """pve-container's load_and_check: run before the task is forked (so a refusal is the call's 500) and again
    inside it. Returns the guest, the disk and its new size in bytes."""
    guest = get_guest(sim, call, "lxc")
    check_lock(guest)
    if call.get("digest") and call["digest"] != digest(guest["config"]):
        raise fail("detected modified configuration - file changed by other user? Try again.")
    disk = call["disk"]
    value = guest["config"].get(disk)
    if not value:
        # PVE dies parsing the missing volume; its message names no disk, this one does.
        raise fail(f"unable to resize '{disk}' of CT {guest['vmid']} - no such mount point")
    volume = value.split(",")[0]
    owner = re.search(r":(?:vm|base|subvol)-(\d+)-disk-", volume)
    if owner is None:
        raise fail(f"unable to parse volume ID '{volume}'")
    if int(owner.group(1)) != guest["vmid"]:
        raise fail(f"can't resize mount point owned by another container ({owner.group(1)})")
    text = call["size"]
    requested = propstring.parse_size(text.lstrip("+"))
    size = size_bytes(value)
    new = size + requested if text.startswith("+") else requested
    if new < size:
        raise fail("unable to shrink disk size")
    if new == size:
        raise fail("disk is already at specified size")
    return guest, disk, new


@route("PUT", "/nodes/{node}/lxc/{vmid}/resize")
async def lxc_resize(sim: Sim, call: Call) -> str:
    guest, _, _ = _checked(sim, call)

    async def work(log):
        guest, disk, new = _checked(sim, call)
        log(f"update CT {guest['vmid']}: resize --disk {disk} --size {call['size']}")
        await sim.backend.resize_disk(guest, disk, new, log=log)
        opts = propstring.parse(guest["config"][disk], "volume")
        opts["size"] = propstring.size_text(new)
        guest["config"][disk] = propstring.render(opts, default_key="volume", required=("mp",) if disk != "rootfs"
                                                  else ())
        sim.state.save()

    return start_task(sim, call, dtype="resize", wid=str(guest["vmid"]), work=work)
