"""Resizing a container as PVE does: the disk grows (never shrinks) in a `resize` task, memory and cores change
through the config; the live cgroup order the lxc backend uses."""

from __future__ import annotations

import httpx

from tests.pvesim.lxc_guest import live_order
from tests.pvesim.propstring import parse_size, size_text

from .helpers import create_ct, wait_task

GIB = 1024**3


def _config(api: httpx.Client, vmid: int) -> dict:
    return api.get(f"/nodes/pve/lxc/{vmid}/config").json()["data"]


def _tasks(api: httpx.Client) -> list[str]:
    return [t["type"] for t in api.get("/nodes/pve/tasks", params={"source": "all"}).json()["data"]]


def test_the_root_disk_grows_in_a_resize_task(api: httpx.Client) -> None:
    create_ct(api, 120)
    grown = api.put("/nodes/pve/lxc/120/resize", data={"disk": "rootfs", "size": "+2G"})
    assert grown.status_code == 200, grown.text
    status = wait_task(api, "pve", grown.json()["data"])
    assert (status["type"], status["id"], status["exitstatus"]) == ("resize", "120", "OK")
    assert _config(api, 120)["rootfs"] == "local-lvm:vm-120-disk-0,size=10G"

    absolute = api.put("/nodes/pve/lxc/120/resize", data={"disk": "rootfs", "size": "12G"})
    assert wait_task(api, "pve", absolute.json()["data"])["exitstatus"] == "OK"
    assert _config(api, 120)["rootfs"] == "local-lvm:vm-120-disk-0,size=12G"
    item = api.get("/cluster/resources", params={"type": "vm"}).json()["data"][0]
    assert item["maxdisk"] == 12 * GIB
    content = api.get("/nodes/pve/storage/local-lvm/content", params={"vmid": "120"}).json()["data"]
    assert [c["size"] for c in content] == [12 * GIB]
    log = api.get(f"/nodes/pve/tasks/{absolute.json()['data']}/log").json()["data"]
    assert log[0]["t"] == "update CT 120: resize --disk rootfs --size 12G"


def test_a_shrink_or_the_same_size_is_refused_before_any_task(api: httpx.Client) -> None:
    create_ct(api, 121)
    before = _tasks(api)
    shrink = api.put("/nodes/pve/lxc/121/resize", data={"disk": "rootfs", "size": "4G"})
    assert (shrink.status_code, shrink.json()["message"]) == (500, "unable to shrink disk size\n")
    same = api.put("/nodes/pve/lxc/121/resize", data={"disk": "rootfs", "size": "8192M"})
    assert (same.status_code, same.json()["message"]) == (500, "disk is already at specified size\n")
    missing = api.put("/nodes/pve/lxc/121/resize", data={"disk": "mp0", "size": "+1G"})
    assert missing.status_code == 500
    assert "mp0" in missing.json()["message"]
    bad = api.put("/nodes/pve/lxc/121/resize", data={"disk": "rootfs", "size": "-1G"})
    assert bad.status_code == 400 and set(bad.json()["errors"]) == {"size"}
    assert _tasks(api) == before
    assert _config(api, 121)["rootfs"] == "local-lvm:vm-121-disk-0,size=8G"


def test_memory_and_cores_change_through_the_config(api: httpx.Client) -> None:
    create_ct(api, 122, memory="512", cores="1")
    digest = _config(api, 122)["digest"]
    changed = api.put("/nodes/pve/lxc/122/config", data={"memory": "1024", "cores": "2", "digest": digest})
    assert changed.json() == {"data": None}
    config = _config(api, 122)
    assert (config["memory"], config["cores"], config["swap"]) == (1024, 2, 512)
    current = api.get("/nodes/pve/lxc/122/status/current").json()["data"]
    assert (current["maxmem"], current["cpus"]) == (1024 * 1024**2, 2)
    stale = api.put("/nodes/pve/lxc/122/config", data={"memory": "2048", "digest": digest})
    assert stale.status_code == 500 and _config(api, 122)["memory"] == 1024


def test_sizes_are_read_and_printed_as_pve_does() -> None:
    assert [parse_size(s) for s in ("12G", "512M", "1.5T", "4096")] == [12 * GIB, 512 * 1024**2, 1536 * GIB, 4096]
    assert [size_text(n) for n in (10 * GIB, 1536 * 1024**2, 2 * 1024**4, 1000)] == ["10G", "1536M", "2T", "1000"]


def test_a_running_cgroup_gets_memsw_first_when_memory_grows() -> None:
    pairs = [("memory.limit_in_bytes", str(2 * GIB)), ("cpuset.cpus", "0-1"),
             ("memory.memsw.limit_in_bytes", str(3 * GIB))]
    grow = [key for key, _ in live_order(pairs, memory_now=GIB)]
    assert grow.index("memory.memsw.limit_in_bytes") < grow.index("memory.limit_in_bytes")
    shrink = [key for key, _ in live_order(pairs, memory_now=4 * GIB)]
    assert shrink.index("memory.limit_in_bytes") < shrink.index("memory.memsw.limit_in_bytes")
