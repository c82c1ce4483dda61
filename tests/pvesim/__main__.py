"""Run the simulator: python -m tests.pvesim --port 8006 --state DIR [--backend memory|lxc].

With `--backend lxc` (root only) each container is a real LXC container on a private bridge; the first run
builds the Debian template (minutes, cached), and apt-cacher-ng serves the guests' apt on the bridge address.
`make clean-sim` destroys the containers and the bridge.

`--release 9.1` answers as PVE 9.1 (checked against 9.1's schema alone): OCI image pulls into a storage's
templates and application containers made from them. The memory backend pulls from nowhere (a test registers
images on it); the lxc backend pulls with skopeo, trusting --registry-ca and logged in by --registry-authfile."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import uvicorn

from .server import build_sim, uvicorn_config


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.pvesim", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8006)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--state", type=Path, required=True, help="state directory (created if missing)")
    parser.add_argument("--nodes", default="pve", help="comma-separated node names of a new cluster")
    parser.add_argument("--backend", default="memory", choices=["memory", "lxc"])
    parser.add_argument("--release", default="8.4", choices=["8.4", "9.1"],
                        help="the PVE release to answer as (9.1 adds OCI image pulls and application containers)")
    parser.add_argument("--task-delay", type=float, default=0.5, help="seconds each task stays running")
    lxc = parser.add_argument_group("lxc backend")
    lxc.add_argument("--bridge", default="ctrsim0", help="the guests' bridge (created if missing)")
    lxc.add_argument("--bridge-address", default="10.213.0.1/24", help="the host's address on it, with prefix")
    lxc.add_argument("--lxc-prefix", default="ctrsim-", help="name prefix of the LXC containers")
    lxc.add_argument("--registry-ca", type=Path, action="append", default=[],
                     help="a CA file the node trusts for OCI registries (repeatable)")
    lxc.add_argument("--registry-authfile", type=Path,
                     help="a containers auth.json: root's `skopeo login` on the node, for private registries")
    args = parser.parse_args()
    info: dict[str, str] = {"backend": args.backend}
    backend: object = args.backend
    if args.backend == "lxc":
        from .lxc_exec import lxc_available
        from .lxc_setup import prepare

        reason = lxc_available()
        if reason:
            parser.error(reason)
        env = prepare(args.state, bridge=args.bridge, address=args.bridge_address, prefix=args.lxc_prefix)
        backend = env.backend
        for ca_file in args.registry_ca:
            env.backend.trust_registry(ca_file=ca_file)
        if args.registry_authfile:
            env.backend.trust_registry(authfile=args.registry_authfile)
        info.update(bridge=args.bridge, subnet=str(env.subnet), gateway=env.gateway, aptProxy=env.apt_proxy)
    sim, creds = build_sim(args.state, nodes=args.nodes.split(","), backend=backend, task_delay=args.task_delay,
                           release=args.release)
    url = f"https://{args.host}:{args.port}"
    print(json.dumps({"url": url, "apiUrl": f"{url}/api2/json", "user": creds.user, "password": creds.password,
                      "tokenId": f"{creds.user}!{creds.token_id}", "tokenSecret": creds.token_secret,
                      "state": str(args.state), **info}, indent=2), flush=True)
    asyncio.run(uvicorn.Server(uvicorn_config(sim, host=args.host, port=args.port)).serve())


if __name__ == "__main__":
    main()
