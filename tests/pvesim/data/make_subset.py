"""Writes apidata-subset.json.gz: the PVE API schema (9.1 and 8.4) for the paths the simulator serves.

Run from the repository root: python tests/pvesim/data/make_subset.py [/path/to/shared/pve-api]
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parents[3] / "shared" / "pve-api"

# Where the full files come from (from ../shared/pve-api/README.md).
SOURCES = {
    "9.1": {
        "file": "apidata.json.gz",
        "origin": "proxmox/pve-docs api-viewer/apidata.js, branch master",
        "commit": "e5010dcea566",
        "pve_docs": "9.1.3",
    },
    "8.4": {
        "file": "apidata-pve8.json.gz",
        "origin": "proxmox/pve-docs api-viewer/apidata.js, branch stable-bookworm",
        "commit": "fa0b4f6ba0eb",
        "pve_docs": "8.4.2",
    },
}

# Path prefixes the simulator serves; every schema node under them is kept.
PREFIXES = (
    "/version",
    "/cluster/resources",
    "/cluster/nextid",
    "/cluster/status",
    "/pools",
    "/storage",
    "/access/ticket",
    "/access/permissions",
    "/nodes/{node}/lxc",
    "/nodes/{node}/qemu",
    "/nodes/{node}/tasks",
    "/nodes/{node}/storage",
)
EXACT = (
    "/nodes",
    "/nodes/{node}",
    "/nodes/{node}/status",
    "/nodes/{node}/version",
    "/nodes/{node}/network",
    "/nodes/{node}/vzdump",
    "/nodes/{node}/aplinfo",
    "/nodes/{node}/query-oci-repo-tags",
)
# Subtrees under kept prefixes that the simulator does not serve (large and irrelevant).
SKIP = ("/firewall", "/agent/", "/cloudinit", "/vncproxy", "/termproxy", "/vncwebsocket", "/spiceproxy",
        "/mtunnel", "/rrd", "/pending", "/feature", "/sendkey", "/monitor", "/remote_migrate")


def _wanted(path: str) -> bool:
    if any(part in path for part in SKIP) and not path.endswith("/agent/network-get-interfaces"):
        return False
    return path in EXACT or any(path == p or path.startswith(p + "/") for p in PREFIXES)


def flatten(nodes: list[dict], out: dict[str, dict]) -> None:
    for node in nodes:
        if _wanted(node["path"]) and node.get("info"):
            out[node["path"]] = {
                method: {k: info[k] for k in ("parameters", "returns", "allowtoken", "protected") if k in info}
                for method, info in node["info"].items()
            }
        flatten(node.get("children", []), out)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    result: dict = {"source": {}, "versions": {}}
    for version, meta in SOURCES.items():
        with gzip.open(source / meta["file"], "rt", encoding="utf-8") as fh:
            tree = json.load(fh)
        paths: dict[str, dict] = {}
        flatten(tree, paths)
        result["source"][version] = meta
        result["versions"][version] = paths
    target = HERE / "apidata-subset.json.gz"
    with gzip.GzipFile(target, "wb", mtime=0) as fh:
        fh.write(json.dumps(result, sort_keys=True, separators=(",", ":")).encode())
    counts = {v: len(p) for v, p in result["versions"].items()}
    print(f"wrote {target} ({target.stat().st_size} bytes), paths per version: {counts}")


if __name__ == "__main__":
    main()
