"""PVE 9.1's OCI registry calls: pulling an image into a storage's templates, listing a repository's tags.

As in pve-storage and pve-manager, neither call takes credentials: skopeo pulls anonymously, or with what the
node's root stored by `skopeo login`, and trusts the node's CAs. The simulator's backend carries the same: the
`memory` backend's FakeRegistries.logins, the `lxc` backend's trust_registry()."""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from .. import oci
from ..errors import fail
from ..router import Call, route
from .common import start_task
from .storage import _scfg, supports

if TYPE_CHECKING:
    from ..app import Sim

# Storage types with a path (pve-storage: `$scfg->{path}` is defined), where a pull can write its file.
FILE_STORAGES = {"dir", "nfs", "cifs", "cephfs", "glusterfs", "btrfs"}


@route("POST", "/nodes/{node}/storage/{storage}/oci-registry-pull")
async def oci_registry_pull(sim: Sim, call: Call) -> str:
    node, sid, reference = call["node"], call["storage"], call["reference"]
    scfg = _scfg(sim, sid)
    if scfg["type"] not in FILE_STORAGES:
        raise fail(f"can't upload to storage type '{scfg['type']}', not a file based storage!")
    if not supports(sim, sid, "vztmpl"):
        raise fail(f"storage '{sid}' is not configured for content-type 'vztmpl'")
    filename = oci.pull_filename(reference, call.get("filename"))
    volid = f"{sid}:vztmpl/{filename}"
    volumes = sim.state.volumes(node, sid)
    if any(v["volid"] == volid for v in volumes):
        raise fail(f"refusing to override existing file '{filename}'")
    # What PVE's failure message names: its temporary file in the storage's template dir.
    tmp_path = f"{scfg.get('path', '/var/lib/vz')}/template/cache/{filename}.tmp.{os.getpid()}"

    async def work(log):
        pulled = await sim.backend.oci_pull(reference, volid, path=tmp_path, log=log)
        if any(v["volid"] == volid for v in volumes):  # a pull of the same name that finished first
            raise fail(f"refusing to override existing file '{filename}'")
        volumes.append({"volid": volid, "content": "vztmpl", "format": "tar", "size": pulled["size"],
                        "ctime": int(time.time()), "oci": {"reference": reference, "config": pulled["config"]}})

    return start_task(sim, call, dtype="ociregistrypull", wid=oci.encode_text(filename), work=work)


@route("GET", "/nodes/{node}/query-oci-repo-tags")
async def query_oci_repo_tags(sim: Sim, call: Call) -> list[str]:
    return await sim.backend.oci_tags(call["reference"])
