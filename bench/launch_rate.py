"""Launch rate: how many `POST /playbooks/{name}/run` a real server accepts per second, on SQLite and PostgreSQL.

Starts `containr serve` (uvicorn, its own process) with a throwaway data dir, `CONTAINR_MAX_RUNS=1` and a
project dir holding tests/playbooks/echo.yml and sleep.yml. A `sleep` run holds the one slot throughout, so
launches only queue: the bench measures acceptance, not runs. The clients are this file run with `--clients`,
a separate process of N concurrent keep-alive HTTP connections. For each concurrency (1, 20, 100 by default),
R rounds alternating which side goes first, it measures accepted launches per second, their p50/p99 latency
and the server's CPU per answer, and the same for the baseline: `GET /tasks/{id}`, the cheapest
authenticated route, at the same concurrency. After each launch phase the tasks still queued are stopped
(they end `stopped` before they start); at the end ten more launches run for real once the sleeper is
stopped, and it checks that they succeed and reports the server's RSS. PostgreSQL is a throwaway cluster
(tests/harness/postgres.py). Writes bench/results/launch_rate.json. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import psutil
from serving import free_port, log_in, make_project, stop, wait_healthy

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.harness.postgres import start_cluster  # noqa: E402 (the checkout's path first)

BIN = Path(sys.executable).parent
PLAYBOOK = "echo"
BLOCKER = "sleep"  # holds the one run slot while the launches queue
DRAINED = 10  # launches at the end that run for real
IDLE_SECONDS = 3.0
LEVELS = (1, 20, 100)
TARGET_RATE = 200.0  # accepted launches per second at 20 clients, on 2 cores


def requests_for(clients: int, scale: float) -> int:
    """Enough requests that connection set-up and the last stragglers do not dominate."""
    return max(20, int(max(100, 15 * clients) * scale))


# ---- the client process ---------------------------------------------------------------------------------

async def _clients(spec: dict[str, Any]) -> dict[str, Any]:
    requests: list[tuple[str, str, Any]] = [tuple(item) for item in spec["requests"]]  # type: ignore[misc]
    concurrency = spec["concurrency"]
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    headers = {"Authorization": f"Bearer {spec['token']}"}
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    task_ids: list[int] = []
    retries = [0]
    async with httpx.AsyncClient(base_url=spec["url"], headers=headers, limits=limits, timeout=120) as client:
        # Every connection opened before the clock starts: the bench measures requests, not TCP handshakes.
        await asyncio.gather(*(client.get("/api/v1/health") for _ in range(concurrency)))
        pending = iter(requests)

        async def worker() -> None:
            for method, path, body in pending:
                started = time.perf_counter()
                for attempt in range(3):
                    try:
                        answer = await client.request(method, path, json=body)
                        break
                    except httpx.TransportError:
                        # A connection idle past the server's keep-alive (at a phase's tail) closed as it was
                        # reused; the server never read that request. Counted and reported, not hidden.
                        retries[0] += 1
                        if attempt == 2:
                            raise
                latencies.append(time.perf_counter() - started)
                statuses[str(answer.status_code)] = statuses.get(str(answer.status_code), 0) + 1
                if answer.status_code == 202:
                    task_ids.append(answer.json()["taskId"])

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"elapsed_s": elapsed, "latencies_s": latencies, "statuses": statuses, "task_ids": task_ids,
            "retries": retries[0]}


def run_clients(url: str, token: str, *, concurrency: int, requests: list[tuple[str, str, Any]]) -> dict[str, Any]:
    """The requests from a separate process, so the clients' CPU is not the server's event loop's."""
    spec = {"url": url, "token": token, "concurrency": concurrency, "requests": requests}
    done = subprocess.run([sys.executable, __file__, "--clients"], input=json.dumps(spec), capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the client process failed:\n{done.stderr}")
    return json.loads(done.stdout)


# ---- the server ------------------------------------------------------------------------------------------

class RssSampler(threading.Thread):
    """The server's resident memory, sampled every 100 ms: its peak and its last value."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.process = psutil.Process(pid)
        self.peak = self.last = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.1):
            try:
                self.last = self.process.memory_info().rss
            except psutil.Error:
                return
            self.peak = max(self.peak, self.last)


class Service:
    """`containr serve` on a free port, its output in a file printed when something fails."""

    def __init__(self, root: Path, project: Path, database_url: str | None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
                    "CONTAINR_DATA_DIR": str(root / "data"), "CONTAINR_PROJECT_DIR": str(project),
                    "CONTAINR_HOST": "127.0.0.1", "CONTAINR_PORT": str(self.port),
                    "CONTAINR_ENV": "development", "CONTAINR_MAX_RUNS": "1",
                    "ANSIBLE_CONFIG": str(project / "ansible.cfg")}
        self.env.pop("CONTAINR_SECRET_KEY", None)
        self.env.pop("CONTAINR_DATABASE_URL", None)
        if database_url:
            self.env["CONTAINR_DATABASE_URL"] = database_url
        self.log = root / "serve.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        subprocess.run([str(BIN / "containr"), "migrate"], env=self.env, check=True, stdout=subprocess.DEVNULL)
        with self.log.open("wb") as out:
            self.process = subprocess.Popen([str(BIN / "containr"), "serve"], env=self.env, stdout=out,
                                            stderr=subprocess.STDOUT)
        wait_healthy(self.url, self.process)

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)

    def tail(self) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-40:]) if self.log.exists() else ""


# ---- the measurement ------------------------------------------------------------------------------------

def _phase(result: dict[str, Any], expected: int) -> dict[str, float]:
    ok = result["statuses"].get(str(expected), 0)
    if ok != len(result["latencies_s"]):
        raise RuntimeError(f"expected every answer {expected}, got {result['statuses']}")
    latencies = sorted(result["latencies_s"])
    return {"rate": ok / result["elapsed_s"], "p50_s": latencies[len(latencies) // 2],
            "p99_s": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], "retries": result["retries"],
            "cpu_ms": result["cpu_s"] * 1000 / ok}


def server_cpu(process: psutil.Process) -> float:
    """CPU seconds of the server process, all its threads (the runs' own processes are not counted)."""
    times = process.cpu_times()
    return times.user + times.system


def stop_queued(client: httpx.Client, url: str, token: str) -> int:
    """Stop every task still queued (they end `stopped` before they start), so each phase starts alike."""
    queued: list[int] = []
    page = 1
    while True:
        tasks = client.get("/api/v1/tasks", params={"active": "true", "page": page, "per_page": 100}).json()["tasks"]
        queued += [task["id"] for task in tasks if task["state"] == "queued"]
        if len(tasks) < 100:
            break
        page += 1
    if queued:
        done = run_clients(url, token, concurrency=20,
                           requests=[("POST", f"/api/v1/tasks/{task_id}/stop", None) for task_id in queued])
        # A task the engine started meanwhile is not stopped: its stop answers 204 too, and it ends stopped.
        if set(done["statuses"]) - {"204", "409"}:
            raise RuntimeError(f"stopping queued tasks answered {done['statuses']}")
    return len(queued)


def wait_state(client: httpx.Client, task_id: int, state: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while client.get(f"/api/v1/tasks/{task_id}").json()["state"] != state:
        if time.monotonic() > deadline:
            raise RuntimeError(f"task {task_id} not {state} after {timeout} s")
        time.sleep(0.1)


def wait_idle(client: httpx.Client, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        health = client.get("/api/v1/health").json()
        if not health.get("runningTasks") and not health.get("queuedTasks"):
            return
        time.sleep(0.2)
    raise RuntimeError("tasks still active after the launches")


def measure(service: Service, *, rounds: int, levels: tuple[int, ...], scale: float, out_file: Path,
            same: bool) -> dict[str, Any]:
    token = log_in(service.url)
    assert service.process is not None
    sampler = RssSampler(service.process.pid)
    sampler.start()
    body = {"extraVars": {"echo_value": "launched", "echo_out_file": str(out_file)}}
    path = f"/api/v1/playbooks/{PLAYBOOK}/run"
    serial = iter(range(10**9))

    def launches(count: int) -> list[tuple[str, str, Any]]:
        if same:
            return [("POST", path, body)] * count
        # A limit of its own per launch (localhost plus a name that matches no host, which Ansible ignores):
        # each run locks another resource, so none is refused as busy.
        return [("POST", path, {**body, "limit": f"localhost,bench-{next(serial)}"}) for _ in range(count)]

    samples: dict[str, dict[str, list[dict[str, float]]]] = {str(c): {"launch": [], "baseline": []}
                                                            for c in levels}
    launched: list[int] = []
    with httpx.Client(base_url=service.url, headers={"Authorization": f"Bearer {token}"}, timeout=60) as client:
        # The one slot (max-runs 1) is held by a run that sleeps, through every phase: launches only queue, and
        # no Ansible run competes with the server for the CPU while one side or the other is measured.
        sleeper = {"extraVars": {"sleep_pid_file": str(out_file.with_suffix(".pid")), "sleep_seconds": 86400}}
        blocker = client.post(f"/api/v1/playbooks/{BLOCKER}/run", json=sleeper).raise_for_status().json()["taskId"]
        wait_state(client, blocker, "running")
        get = ("GET", f"/api/v1/tasks/{blocker}", None)
        # Warm-up: the first requests pay for imports, compiled queries and the first writes.
        warm = run_clients(service.url, token, concurrency=5, requests=launches(50) + [get] * 50)
        launched += warm["task_ids"]
        stop_queued(client, service.url, token)
        # What the server spends with no request at all (the sleeper's runner thread, timers): taken off each
        # phase's CPU, which would otherwise charge it to the answers, the more so the slower they come.
        before, started = server_cpu(sampler.process), time.perf_counter()
        time.sleep(IDLE_SECONDS)
        idle = (server_cpu(sampler.process) - before) / (time.perf_counter() - started)
        print(f"server CPU at rest: {idle * 1000:.1f} ms/s", file=sys.stderr)
        for number in range(rounds):
            for clients in levels:
                count = requests_for(clients, scale)
                sides = ("baseline", "launch") if number % 2 == 0 else ("launch", "baseline")
                for side in sides:
                    requests = [get] * count if side == "baseline" else launches(count)
                    cpu = server_cpu(sampler.process)
                    result = run_clients(service.url, token, concurrency=clients, requests=requests)
                    # The server's CPU per answer: steadier than a rate on a machine that others share.
                    result["cpu_s"] = server_cpu(sampler.process) - cpu - idle * result["elapsed_s"]
                    numbers = _phase(result, 200 if side == "baseline" else 202)
                    samples[str(clients)][side].append(numbers)
                    if side == "launch":
                        launched += result["task_ids"]
                        stop_queued(client, service.url, token)
                    print(f"round {number + 1}/{rounds}, {clients:3} clients, {side:8}: "
                          f"{numbers['rate']:7.1f}/s  p50 {numbers['p50_s'] * 1000:6.1f} ms  "
                          f"p99 {numbers['p99_s'] * 1000:6.1f} ms  CPU {numbers['cpu_ms']:5.2f} ms/answer  "
                          f"(retried {numbers['retries']})", file=sys.stderr)
        # The end: a last batch that runs for real, once the sleeper is stopped.
        drained = run_clients(service.url, token, concurrency=5, requests=launches(DRAINED))["task_ids"]
        launched += drained
        if client.post(f"/api/v1/tasks/{blocker}/stop").status_code != 204:
            raise RuntimeError(f"the sleeper (task {blocker}) ended before the launches did")
        wait_idle(client)
        states: dict[str, int] = {}
        stopped_unstarted = 0
        for task_id in launched:
            task = client.get(f"/api/v1/tasks/{task_id}").json()
            states[task["state"]] = states.get(task["state"], 0) + 1
            if task["state"] == "stopped" and task["message"] == "Stopped before it started":
                stopped_unstarted += 1
        ran = [client.get(f"/api/v1/tasks/{task_id}").json()["state"] for task_id in drained]
    sampler.done.set()
    sampler.join()
    return {"samples": samples, "idle_cpu_ms_per_s": idle * 1000, "tasks": len(launched), "states": states,
            "stopped_before_start": stopped_unstarted,
            "drained": len(drained), "drained_success": ran.count("success"),
            "rss_peak_mib": sampler.peak / 2**20, "rss_end_mib": sampler.last / 2**20}


def summarize(raw: dict[str, Any]) -> dict[str, Any]:
    levels: dict[str, Any] = {}
    for clients, sides in raw["samples"].items():
        medians = {side: {key: statistics.median(s[key] for s in runs)
                          for key in ("rate", "p50_s", "p99_s", "cpu_ms")}
                   for side, runs in sides.items()}
        pairs = list(zip(sides["launch"], sides["baseline"], strict=True))
        levels[clients] = {**medians, "ratio": statistics.median(a["rate"] / b["rate"] for a, b in pairs),
                           "cpu_ratio": statistics.median(a["cpu_ms"] / b["cpu_ms"] for a, b in pairs)}
    ok = (raw["states"].get("success", 0) + raw["stopped_before_start"] == raw["tasks"]
          and raw["drained_success"] == raw["drained"])
    return {"levels": levels, "idle_cpu_ms_per_s": raw["idle_cpu_ms_per_s"], "tasks": raw["tasks"],
            "states": raw["states"],
            "stopped_before_start": raw["stopped_before_start"], "drained": raw["drained"],
            "drained_success": raw["drained_success"], "all_ended_well": ok,
            "rss_peak_mib": raw["rss_peak_mib"], "rss_end_mib": raw["rss_end_mib"], "samples": raw["samples"]}


def report(database: str, results: dict[str, Any]) -> None:
    print(f"--- {database} (max-runs 1; medians) ---")
    for clients, level in results["levels"].items():
        launch, base = level["launch"], level["baseline"]
        print(f"{int(clients):3} clients  launch {launch['rate']:6.1f}/s p50 {launch['p50_s'] * 1000:6.1f} ms "
              f"p99 {launch['p99_s'] * 1000:7.1f} ms CPU {launch['cpu_ms']:5.2f} ms | GET /tasks/{{id}} "
              f"{base['rate']:6.1f}/s p50 {base['p50_s'] * 1000:6.1f} ms CPU {base['cpu_ms']:5.2f} ms | "
              f"rate ratio {level['ratio']:.2f}, CPU ratio {level['cpu_ratio']:.2f}")
    verdict = "ok" if results["all_ended_well"] else "NOT ALL WELL"
    print(f"tasks {results['tasks']}: {results['states']} ({results['stopped_before_start']} stopped before they "
          f"started; the last {results['drained']} ran, {results['drained_success']} succeeded): {verdict}")
    print(f"server CPU at rest (taken off each phase): {results['idle_cpu_ms_per_s']:.1f} ms/s")
    print(f"server RSS: peak {results['rss_peak_mib']:.0f} MiB, at the end {results['rss_end_mib']:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every level (default 3)")
    parser.add_argument("--levels", default=",".join(map(str, LEVELS)), help="client counts (default 1,20,100)")
    parser.add_argument("--databases", default="sqlite,postgres", help="sqlite, postgres or both")
    parser.add_argument("--scale", type=float, default=1.0, help="more or fewer requests per phase")
    parser.add_argument("--same", action="store_true",
                        help="launch one playbook and limit every time (queued behind each other), not a limit each")
    parser.add_argument("--clients", action="store_true", help=argparse.SUPPRESS)  # the client process
    args = parser.parse_args()
    if args.clients:
        try:
            import uvloop
        except ImportError:
            result = asyncio.run(_clients(json.load(sys.stdin)))
        else:
            result = uvloop.run(_clients(json.load(sys.stdin)))
        json.dump(result, sys.stdout)
        return
    # A bench stopped with SIGTERM still stops its server and its PostgreSQL cluster (the `finally` below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    levels = tuple(int(level) for level in args.levels.split(","))
    results: dict[str, Any] = {}
    for database in args.databases.split(","):
        root = Path(tempfile.mkdtemp(prefix="containr-bench-"))
        cluster = None
        service = None
        try:
            url = None
            if database == "postgres":
                # Under /tmp directly, not in the 0700 root: the postgres user must be able to reach it.
                cluster = start_cluster(Path(tempfile.mkdtemp(prefix="containr-bench-pg-")))
                url = cluster.create_database("containr_bench")
            playbooks = [REPO / "tests" / "playbooks" / f"{name}.yml" for name in (PLAYBOOK, BLOCKER)]
            service = Service(root, make_project(root, playbooks), url)
            service.start()
            raw = measure(service, rounds=args.rounds, levels=levels, scale=args.scale, out_file=root / "echo.txt",
                          same=args.same)
            results[database] = summarize(raw)
        except Exception:
            if service is not None:
                print("--- containr serve's output ---", service.tail(), sep="\n", file=sys.stderr)
            raise
        finally:
            if service is not None:
                service.stop()
            if cluster is not None:
                cluster.stop()
            shutil.rmtree(root, ignore_errors=True)
        report(database, results[database])
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "launch_rate.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
