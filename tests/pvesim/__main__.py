"""Run the simulator: python -m tests.pvesim --port 8006 --state DIR."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import uvicorn

from .server import build_sim, uvicorn_config


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.pvesim", description=__doc__)
    parser.add_argument("--port", type=int, default=8006)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--state", type=Path, required=True, help="state directory (created if missing)")
    parser.add_argument("--nodes", default="pve", help="comma-separated node names of a new cluster")
    parser.add_argument("--backend", default="memory", choices=["memory"])
    parser.add_argument("--task-delay", type=float, default=0.5, help="seconds each task stays running")
    args = parser.parse_args()
    sim, creds = build_sim(args.state, nodes=args.nodes.split(","), backend=args.backend, task_delay=args.task_delay)
    url = f"https://{args.host}:{args.port}"
    print(json.dumps({"url": url, "apiUrl": f"{url}/api2/json", "user": creds.user, "password": creds.password,
                      "tokenId": f"{creds.user}!{creds.token_id}", "tokenSecret": creds.token_secret,
                      "state": str(args.state)}, indent=2), flush=True)
    asyncio.run(uvicorn.Server(uvicorn_config(sim, host=args.host, port=args.port)).serve())


if __name__ == "__main__":
    main()
