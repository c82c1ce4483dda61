"""Version, cluster, nodes, pools, storage config and access endpoints."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from ..errors import PVEError, fail
from ..router import Call, route
from .common import GIB, resource_item

if TYPE_CHECKING:
    from ..app import Sim


@route("POST", "/access/ticket")
async def login(sim: Sim, call: Call) -> dict:
    return sim.auth.login(call.params)


@route("GET", "/access/permissions")
async def permissions(sim: Sim, call: Call) -> dict:
    privs = ("VM.Allocate", "VM.Audit", "VM.Backup", "VM.Clone", "VM.Config.Disk", "VM.PowerMgmt",
             "VM.Snapshot", "Datastore.Allocate", "Datastore.AllocateSpace", "Datastore.Audit", "Sys.Audit",
             "Sys.Modify", "Pool.Allocate", "Pool.Audit")
    full = dict.fromkeys(privs, 1)
    return dict.fromkeys(("/", "/vms", "/storage", "/nodes", "/pool", "/access"), full)


@route("GET", "/version")
async def version(sim: Sim, call: Call) -> dict:
    return {"version": sim.version, "release": sim.release, "repoid": sim.repoid, "console": "xtermjs"}


def _node_item(sim: Sim, name: str) -> dict[str, Any]:
    node = sim.state.nodes[name]
    return {"node": name, "id": f"node/{name}", "type": "node", "status": "online", "level": "",
            "cpu": 0.02, "maxcpu": node["cpus"], "mem": node["memory"] // 6, "maxmem": node["memory"],
            "disk": 12 * GIB, "maxdisk": 100 * GIB, "uptime": int(time.time()) - node["started"],
            "ssl_fingerprint": "5A:3F:00:" + ":".join(["AB"] * 29)}


@route("GET", "/nodes")
async def nodes(sim: Sim, call: Call) -> list:
    return [_node_item(sim, name) for name in sorted(sim.state.nodes)]


@route("GET", "/nodes/{node}")
async def node_index(sim: Sim, call: Call) -> list:
    names = ["aplinfo", "lxc", "network", "qemu", "status", "storage", "tasks", "version", "vzdump"]
    if sim.release != "8.4":  # what the simulator serves of 9.1's additions
        names.insert(names.index("qemu") + 1, "query-oci-repo-tags")
    return [{"name": n} for n in names]


@route("GET", "/nodes/{node}/status")
async def node_status(sim: Sim, call: Call) -> dict:
    node = sim.state.nodes[call["node"]]
    return {"cpu": 0.02, "wait": 0, "uptime": int(time.time()) - node["started"], "loadavg": ["0.10", "0.05", "0.01"],
            "kversion": "Linux 6.8.12-9-pve #1 SMP PREEMPT_DYNAMIC PMX 6.8.12-9", "pveversion": f"pve-manager/"
            f"{sim.version}/{sim.repoid}", "cpuinfo": {"cpus": node["cpus"], "cores": node["cpus"], "sockets": 1,
                                                       "model": "Simulated CPU", "mhz": "2400.000", "hvm": "1"},
            "memory": {"total": node["memory"], "used": node["memory"] // 6, "free": node["memory"] * 5 // 6},
            "swap": {"total": 8 * GIB, "used": 0, "free": 8 * GIB},
            "rootfs": {"total": 100 * GIB, "used": 12 * GIB, "avail": 88 * GIB, "free": 88 * GIB},
            "idle": 0, "ksm": {"shared": 0}, "boot-info": {"mode": "efi", "secureboot": 0},
            "current-kernel": {"sysname": "Linux", "release": "6.8.12-9-pve", "machine": "x86_64",
                               "version": "#1 SMP PREEMPT_DYNAMIC PMX 6.8.12-9"}}


@route("GET", "/nodes/{node}/version")
async def node_version(sim: Sim, call: Call) -> dict:
    return {"version": sim.version, "release": sim.release, "repoid": sim.repoid}


@route("GET", "/nodes/{node}/network")
async def node_network(sim: Sim, call: Call) -> list:
    ip = sim.state.nodes[call["node"]]["ip"]
    return [
        {"iface": "eno1", "type": "eth", "method": "manual", "families": ["inet"], "active": 1, "exists": 1,
         "priority": 3, "autostart": 0, "method6": "manual"},
        {"iface": "vmbr0", "type": "bridge", "method": "static", "families": ["inet"], "active": 1, "autostart": 1,
         "priority": 4, "address": ip, "netmask": "24", "cidr": f"{ip}/24", "gateway": "192.0.2.1",
         "bridge_ports": "eno1", "bridge_stp": "off", "bridge_fd": "0", "method6": "manual"},
    ]


@route("GET", "/cluster/status")
async def cluster_status(sim: Sim, call: Call) -> list:
    names = sorted(sim.state.nodes)
    out: list[dict[str, Any]] = []
    if len(names) > 1:
        out.append({"id": "cluster", "type": "cluster", "name": sim.state.data["cluster"]["name"],
                    "nodes": len(names), "quorate": 1, "version": len(names)})
    for i, name in enumerate(names):
        out.append({"id": f"node/{name}", "type": "node", "name": name, "nodeid": i + 1, "online": 1,
                    "local": int(i == 0), "ip": sim.state.nodes[name]["ip"], "level": ""})
    return out


@route("GET", "/cluster/nextid")
async def nextid(sim: Sim, call: Call) -> str:
    if call.get("vmid") is not None:
        vmid = int(call["vmid"])
        if sim.state.guest(vmid) is not None:
            raise PVEError(400, "Parameter verification failed.", {"vmid": f"VM {vmid} already exists"})
        return str(vmid)
    # PVE sends the id as a JSON string.
    return str(sim.state.next_vmid())


def _storage_resource(sim: Sim, node: str, sid: str) -> dict[str, Any]:
    from .storage import usage

    scfg = sim.state.storages[sid]
    used, total = usage(sim, node, sid)
    return {"id": f"storage/{node}/{sid}", "type": "storage", "storage": sid, "node": node, "status": "available",
            "content": scfg["content"], "plugintype": scfg["type"], "shared": scfg["shared"], "disk": used,
            "maxdisk": total}


@route("GET", "/cluster/resources")
async def resources(sim: Sim, call: Call) -> list:
    kind = call.get("type")
    out: list[dict] = []
    if kind in (None, "node"):
        out += [{**_node_item(sim, n), "cgroup-mode": 2} for n in sorted(sim.state.nodes)]
    if kind in (None, "storage"):
        out += [_storage_resource(sim, n, s) for n in sorted(sim.state.nodes) for s in sorted(sim.state.storages)]
    if kind in (None, "vm"):
        out += [resource_item(sim, g) for _, g in sorted(sim.state.guests.items(), key=lambda kv: int(kv[0]))]
    if kind in (None, "pool"):
        out += [{"id": f"/pool/{p}", "type": "pool", "pool": p} for p in sorted(sim.state.data["pools"])]
    return out


# --- storage configuration ------------------------------------------------------------------------------


def _storage_config(sid: str, scfg: dict) -> dict[str, Any]:
    out = {"storage": sid, **{k: v for k, v in scfg.items() if k not in ("total", "shared")}, "digest": "0" * 40}
    if scfg["shared"]:
        out["shared"] = 1
    return out


@route("GET", "/storage")
async def storage_index(sim: Sim, call: Call) -> list:
    return [_storage_config(sid, scfg) for sid, scfg in sorted(sim.state.storages.items())
            if call.get("type") in (None, scfg["type"])]


@route("GET", "/storage/{storage}")
async def storage_read(sim: Sim, call: Call) -> dict:
    scfg = sim.state.storages.get(call["storage"])
    if scfg is None:
        raise fail(f"storage '{call['storage']}' does not exist")
    return _storage_config(call["storage"], scfg)


# --- pools ----------------------------------------------------------------------------------------------


def _members(sim: Sim, poolid: str) -> list[dict]:
    return [resource_item(sim, sim.state.guest(vmid)) for vmid in sim.state.data["pools"][poolid]["members"]
            if sim.state.guest(vmid) is not None]


def _pool(sim: Sim, poolid: str) -> dict:
    if poolid not in sim.state.data["pools"]:
        raise fail(f"pool '{poolid}' does not exist")
    return sim.state.data["pools"][poolid]


@route("GET", "/pools")
async def pools(sim: Sim, call: Call) -> list:
    wanted = call.get("poolid")
    if wanted is not None:
        pool = _pool(sim, wanted)
        return [{"poolid": wanted, "comment": pool.get("comment", ""), "members": _members(sim, wanted)}]
    return [{"poolid": p, "comment": v.get("comment", "")} for p, v in sorted(sim.state.data["pools"].items())]


@route("GET", "/pools/{poolid}")
async def pool_read(sim: Sim, call: Call) -> dict:
    pool = _pool(sim, call["poolid"])
    return {"comment": pool.get("comment", ""), "members": _members(sim, call["poolid"])}


@route("POST", "/pools")
async def pool_create(sim: Sim, call: Call) -> None:
    if call["poolid"] in sim.state.data["pools"]:
        raise fail(f"create pool failed: pool '{call['poolid']}' already exists")
    sim.state.data["pools"][call["poolid"]] = {"comment": call.get("comment", ""), "members": []}
    sim.state.save()


@route("DELETE", "/pools/{poolid}")
async def pool_delete(sim: Sim, call: Call) -> None:
    pool = _pool(sim, call["poolid"])
    if pool["members"]:
        raise fail("delete pool failed: pool is not empty")
    del sim.state.data["pools"][call["poolid"]]
    sim.state.save()


@route("DELETE", "/pools")
async def pool_delete_new(sim: Sim, call: Call) -> None:
    await pool_delete(sim, call)
