"""The simulated cluster's state, persisted as one JSON file under --state so it survives restarts."""

from __future__ import annotations

import json
import os
import secrets
import time
from pathlib import Path
from typing import Any

DEFAULT_TEMPLATE = "debian-12-standard_12.7-1_amd64.tar.zst"
GIB = 1024**3

# What a fresh PVE install on LVM has in /etc/pve/storage.cfg.
DEFAULT_STORAGES = {
    "local": {"type": "dir", "path": "/var/lib/vz", "content": "backup,iso,vztmpl", "shared": 0,
              "total": 100 * GIB},
    "local-lvm": {"type": "lvmthin", "thinpool": "data", "vgname": "pve", "content": "images,rootdir",
                  "shared": 0, "total": 400 * GIB},
}


def _template_volume(name: str) -> dict[str, Any]:
    return {"volid": f"local:vztmpl/{name}", "content": "vztmpl", "format": "tzst", "size": 126_418_338,
            "ctime": 1_717_000_000}


def new_state(*, nodes: list[str], root_password: str, token_id: str, token_secret: str,
              cluster_name: str) -> dict[str, Any]:
    return {
        "cluster": {"name": cluster_name},
        "nodes": {name: {"ip": f"192.0.2.{10 + i}", "cpus": 8, "memory": 32 * GIB, "started": int(time.time())}
                  for i, name in enumerate(nodes)},
        "storages": DEFAULT_STORAGES,
        # Volumes per node and storage: none of the default storages is shared.
        "volumes": {name: {"local": [_template_volume(DEFAULT_TEMPLATE)], "local-lvm": []} for name in nodes},
        "guests": {},
        "pools": {},
        "tasks": [],
        "users": {"root@pam": {"password": root_password, "tokens": {token_id: token_secret}}},
        "ticket_key": secrets.token_hex(32),
        "counter": 0,
    }


class State:
    """The data plus load/save; callers mutate `data` and call `save()`."""

    def __init__(self, directory: Path, data: dict[str, Any]) -> None:
        self.directory = directory
        self.data = data

    @property
    def file(self) -> Path:
        return self.directory / "state.json"

    @classmethod
    def open(cls, directory: Path, **defaults: Any) -> State:
        directory.mkdir(parents=True, exist_ok=True)
        file = directory / "state.json"
        if file.exists():
            return cls(directory, json.loads(file.read_text()))
        state = cls(directory, new_state(**defaults))
        state.save()
        return state

    def save(self) -> None:
        tmp = self.file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=1, sort_keys=True))
        os.replace(tmp, self.file)

    # --- lookups -------------------------------------------------------------------------------------

    @property
    def nodes(self) -> dict[str, dict]:
        return self.data["nodes"]

    @property
    def guests(self) -> dict[str, dict]:
        return self.data["guests"]

    @property
    def storages(self) -> dict[str, dict]:
        return self.data["storages"]

    def guest(self, vmid: int | str) -> dict | None:
        return self.guests.get(str(int(vmid)))

    def volumes(self, node: str, storage: str) -> list[dict]:
        return self.data["volumes"].setdefault(node, {}).setdefault(storage, [])

    def next_counter(self) -> int:
        self.data["counter"] += 1
        return self.data["counter"]

    def next_vmid(self) -> int:
        used = {int(v) for v in self.guests}
        vmid = 100
        while vmid in used:
            vmid += 1
        return vmid

    def pool_of(self, vmid: int) -> str | None:
        for poolid, pool in self.data["pools"].items():
            if vmid in pool["members"]:
                return poolid
        return None
