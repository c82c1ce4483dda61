"""Scale-out: throughput of short playbook tasks with 1 and with 3 `containr worker` processes, and the launch
rate (202s answered per second) of two `containr serve` instances against one, on one PostgreSQL.

The cluster is the acceptance test's (tests/scale_out/cluster.py): CONTAINR_TASK_WORKERS=external, a throwaway
PostgreSQL (tests/harness/postgres.py), a project dir with tests/playbooks/marker.yml (one marker file per run,
created exclusively). Throughput: N tasks (default 200, distinct limits so none waits behind another) submitted
to one API, timed from the first submit until every task ended; 1 worker and 3 workers (concurrency 2 each)
alternate for R rounds (default 1), each round with fresh workers. Launch rate: with no worker running (the
tasks only queue), M launches (default 400) from 20 concurrent clients in this process to one API, then
spread over both, alternating for R rounds. On this machine 2 cores bound both ratios: three workers' playbooks
and two APIs share them with PostgreSQL and the clients. Writes bench/results/scale_out.json. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from serving import make_project  # noqa: E402 (bench/ is the script's own path)

from tests.harness.postgres import start_cluster as start_postgres  # noqa: E402 (the checkout's path first)
from tests.scale_out.cluster import Cluster, admin_token, wait_ended, wait_healthy, wait_workers  # noqa: E402

CLIENTS = 20
CONCURRENCY = 2


async def _launch(clients: list[httpx.AsyncClient], bodies: list[dict[str, Any]]) -> tuple[float, list[int]]:
    """The bodies launched by CLIENTS concurrent senders, each request to the next API in turn: seconds taken
    and the task ids."""
    pending = iter(enumerate(bodies))
    task_ids: list[int] = []

    async def sender() -> None:
        for n, body in pending:
            answer = await clients[n % len(clients)].post("/api/v1/playbooks/marker/run", json=body)
            if answer.status_code != 202:
                raise RuntimeError(f"launch refused: {answer.status_code} {answer.text}")
            task_ids.append(int(answer.json()["taskId"]))

    started = time.perf_counter()
    await asyncio.gather(*(sender() for _ in range(CLIENTS)))
    return time.perf_counter() - started, task_ids


def _bodies(tag: str, count: int, markers: Path) -> list[dict[str, Any]]:
    return [{"limit": f"localhost:{tag}{n}", "extraVars": {"marker_dir": str(markers), "marker_name": f"{tag}{n}"}}
            for n in range(count)]


async def _throughput(cluster: Cluster, client: httpx.AsyncClient, *, workers: list[str], tasks: int,
                      tag: str) -> float:
    for name in workers:
        cluster.start_worker(name, concurrency=CONCURRENCY)
    await wait_workers(client, set(workers))
    markers = cluster.root / f"markers-{tag}"
    markers.mkdir()
    started = time.perf_counter()
    _, task_ids = await _launch([client], _bodies(tag, tasks, markers))
    ended = await wait_ended(client, task_ids, timeout=3600)
    elapsed = time.perf_counter() - started
    failed = [task_id for task_id, task in ended.items() if task["state"] != "success"]
    if failed or len(list(markers.iterdir())) != tasks:
        raise RuntimeError(f"{len(failed)} tasks did not succeed, {len(list(markers.iterdir()))} markers")
    for name in workers:
        cluster.stop(name)
    return tasks / elapsed


async def run(args: argparse.Namespace, cluster: Cluster) -> dict[str, Any]:
    await asyncio.to_thread(cluster.migrate)
    apis = [cluster.start_api("api1"), cluster.start_api("api2")]
    await asyncio.gather(*(wait_healthy(proc) for proc in apis))
    token = await admin_token(str(apis[0].url))
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_connections=CLIENTS, max_keepalive_connections=CLIENTS)
    clients = [httpx.AsyncClient(base_url=str(proc.url), headers=headers, timeout=120, limits=limits)
               for proc in apis]
    samples: dict[str, list[float]] = {"one_worker": [], "three_workers": [], "one_api": [], "two_apis": []}
    try:
        for round_ in range(args.rounds):
            one = await _throughput(cluster, clients[0], workers=[f"a{round_}"], tasks=args.tasks, tag=f"a{round_}x")
            three = await _throughput(cluster, clients[0], workers=[f"b{round_}w{n}" for n in range(3)],
                                      tasks=args.tasks, tag=f"b{round_}x")
            samples["one_worker"].append(one)
            samples["three_workers"].append(three)
            print(f"round {round_ + 1}: {one:.2f} tasks/s with 1 worker, {three:.2f} with 3", flush=True)
        markers = cluster.root / "markers-launch"  # never written: no worker runs these
        for round_ in range(args.rounds):
            order = (("one_api", clients[:1]), ("two_apis", clients)) if round_ % 2 == 0 else \
                (("two_apis", clients), ("one_api", clients[:1]))
            for key, used in order:
                await asyncio.gather(*(client.get("/api/v1/health") for client in used for _ in range(CLIENTS)))
                elapsed, _ = await _launch(used, _bodies(f"l{round_}{key}", args.launches, markers))
                samples[key].append(args.launches / elapsed)
            print(f"round {round_ + 1}: {samples['one_api'][-1]:.0f} launches/s on 1 API, "
                  f"{samples['two_apis'][-1]:.0f} on 2", flush=True)
    finally:
        for client in clients:
            await client.aclose()
    medians = {key: statistics.median(values) for key, values in samples.items()}
    return {"tasks": args.tasks, "launches": args.launches, "rounds": args.rounds, "samples": samples,
            "medians": medians, "worker_ratio": medians["three_workers"] / medians["one_worker"],
            "api_ratio": medians["two_apis"] / medians["one_api"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=200)
    parser.add_argument("--launches", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="containr-bench-scale-out-"))
    postgres = start_postgres(Path(tempfile.mkdtemp(prefix="containr-pg-")))
    cluster = Cluster(root=root, database_url=postgres.create_database("bench_scale_out"),
                      project_dir=make_project(root, [REPO / "tests" / "playbooks" / "marker.yml"]))
    try:
        result = asyncio.run(run(args, cluster))
    except BaseException:
        print(cluster.tails(), file=sys.stderr)
        raise
    finally:
        cluster.stop_all()
        postgres.stop()
    shutil.rmtree(root, ignore_errors=True)
    medians = result["medians"]
    print(f"throughput, {args.tasks} marker tasks: {medians['one_worker']:.2f}/s with 1 worker, "
          f"{medians['three_workers']:.2f}/s with 3 (concurrency {CONCURRENCY} each): ratio "
          f"{result['worker_ratio']:.2f} (bound by this machine's 2 cores: the three workers' playbooks, "
          "PostgreSQL and the API share them)")
    print(f"launch rate, {args.launches} launches from {CLIENTS} clients: {medians['one_api']:.0f}/s on 1 API, "
          f"{medians['two_apis']:.0f}/s on 2: ratio {result['api_ratio']:.2f} (2 cores shared by both APIs, "
          "PostgreSQL and the clients)")
    out = REPO / "bench" / "results" / "scale_out.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
