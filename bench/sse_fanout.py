"""SSE fan-out: one task's live log served to 1, 100 and 500 subscribers by a real uvicorn server.

The server is this file run with `--serve`: the service's own app (create_app, the real logstream route and
task engine) plus two loopback-only bench routes that make a running task and write its log at a steady rate
through the engine's own log path (`TaskEngine._log`, then `_ended`), so no Ansible run competes with the
server for the CPU. The subscribers are this file run with `--clients N`, a separate process speaking HTTP
over raw asyncio sockets. For each count, N times (alternating counts), it prints the p50/p99 delay from a
line being written to it being received, the server's CPU seconds per delivered event, and the writer's
duration against its duration with 1 subscriber (target: p99 <= 1 s at 500 subscribers, duration within
10 %). Writes bench/results/sse_fanout.json. Not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path
from typing import Any

import httpx
from serving import free_port, log_in, stop, wait_healthy

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGET_P99_S = 1.0
TARGET_DURATION_RATIO = 1.10
# The write time of every SAMPLE-th line, read back from the plain format's `data:` line: the client notes
# the delay of a sample of lines (and counts them all) so that it keeps up with 500 streams on one core.
SAMPLE = 10
SAMPLED = re.compile(rb" L \d*0 (\d+\.\d+)\n")
LAST_ID = re.compile(rb"\nid: (\d+)\n")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# ---- the server process -----------------------------------------------------------------------------------

def serve(port: int) -> None:
    import uvicorn
    from fastapi import FastAPI

    from service.app import create_app
    from service.config import get_settings
    from service.tasks.models import Task, TaskState

    app: FastAPI = create_app(get_settings())
    outcomes: dict[int, dict[str, float]] = {}

    async def write(task_id: int, *, lines: int, rate: float) -> None:
        engine = app.state.engine
        loop = asyncio.get_running_loop()
        start, written = loop.time(), 0
        while written < lines:
            # Whatever is due is written as one batch, as the engine batches what Ansible sent meanwhile.
            due = min(lines, int((loop.time() - start) * rate) + 1)
            engine._log(task_id, [f"L {n} {time.time():.6f}" for n in range(written + 1, due + 1)])
            written = due
            await asyncio.sleep(max(0.0, start + written / rate - loop.time()))
        duration = loop.time() - start
        task = await Task.get(id=task_id)
        task.finish(TaskState.SUCCESS, message="Done")
        await task.save()
        engine._ended(task_id)
        outcomes[task_id] = {"duration_s": duration, "ended_at": time.time()}

    @app.post("/bench/tasks")
    async def make_task() -> dict[str, int]:
        task = await Task.create(type="bench.fanout", state=TaskState.RUNNING, playbook="bench", timeout=3600)
        return {"id": task.id}

    @app.post("/bench/tasks/{task_id}/write")
    async def start_writing(task_id: int, lines: int, rate: float) -> dict[str, bool]:
        app.state.bench_writer = asyncio.create_task(write(task_id, lines=lines, rate=rate))
        return {"started": True}

    @app.get("/bench/tasks/{task_id}")
    async def outcome(task_id: int) -> dict[str, float]:
        return outcomes.get(task_id, {})

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


# ---- the client process -----------------------------------------------------------------------------------

def server_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


class Subscriber:
    def __init__(self) -> None:
        self.delays = array("d")
        self.next_line = 1
        self.in_order = True
        self.ended_at: float | None = None

    async def run(self, *, port: int, path: str, token: str, connected: asyncio.Event) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(f"GET {path} HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {token}\r\n"
                     "Accept: text/event-stream\r\n\r\n".encode())
        pending = b""
        while self.ended_at is None:
            data = await reader.read(1 << 16)
            if not data:
                break
            now = time.time()
            if not connected.is_set() and b"containr task log" in data:
                connected.set()
            pending += data
            cut = pending.rfind(b"\n\n")
            if cut < 0:
                continue
            # The blank line's second break stays with the rest: each event starts with a line break.
            complete, pending = pending[:cut + 1], pending[cut + 1:]
            count = complete.count(b"\nid: ")
            if count:
                # Every id once, in order: as many events as the last id moved on.
                last = int(LAST_ID.findall(complete)[-1])
                self.in_order = self.in_order and last == self.next_line + count - 1
                self.next_line = last + 1
                self.delays.extend(now - float(written) for written in SAMPLED.findall(complete))
            if b"event: end" in complete:
                self.ended_at = now
        writer.close()


async def subscribe_all(args: argparse.Namespace) -> dict[str, Any]:
    path = f"/api/v1/tasks/{args.task}/logstream"
    subscribers = [Subscriber() for _ in range(args.clients)]
    connected = [asyncio.Event() for _ in subscribers]
    runs = [asyncio.create_task(s.run(port=args.port, path=path, token=args.token, connected=c))
            for s, c in zip(subscribers, connected, strict=True)]
    await asyncio.wait_for(asyncio.gather(*(c.wait() for c in connected)), timeout=120)
    await asyncio.sleep(0.5)  # each stream's `follow` subscribes right after its first comment
    base = f"http://127.0.0.1:{args.port}"
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        cpu_before = server_cpu(args.server_pid)
        (await http.post(f"/bench/tasks/{args.task}/write",
                         params={"lines": args.lines, "rate": args.rate})).raise_for_status()
        try:
            await asyncio.wait_for(asyncio.gather(*runs), timeout=args.timeout)
        except TimeoutError:
            pass  # reported as streams that did not end
        cpu = server_cpu(args.server_pid) - cpu_before
        outcome = (await http.get(f"/bench/tasks/{args.task}")).json()
    delays = sorted(d for s in subscribers for d in s.delays)
    delivered = sum(s.next_line - 1 for s in subscribers)
    ended = [s.ended_at for s in subscribers if s.ended_at is not None]
    return {
        "subscribers": args.clients, "events": delivered, "sampled": len(delays),
        "complete": all(s.in_order and s.next_line == args.lines + 1 and s.ended_at for s in subscribers),
        "p50_s": delays[len(delays) // 2] if delays else None,
        "p99_s": delays[min(len(delays) - 1, int(len(delays) * 0.99))] if delays else None,
        "server_cpu_s": cpu, "cpu_us_per_event": cpu / max(1, delivered) * 1e6,
        "duration_s": outcome.get("duration_s"),
        "last_end_after_task_s": max(ended) - outcome["ended_at"] if ended and outcome else None,
    }


# ---- the driver -------------------------------------------------------------------------------------------

def one_run(url: str, *, port: int, pid: int, token: str, clients: int, args: argparse.Namespace) -> dict:
    task_id = httpx.post(f"{url}/bench/tasks").raise_for_status().json()["id"]
    command = [sys.executable, __file__, "--clients", str(clients), "--port", str(port), "--task", str(task_id),
               "--token", token, "--server-pid", str(pid), "--lines", str(args.lines), "--rate", str(args.rate),
               "--timeout", str(args.timeout)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout)


def summarize(samples: dict[int, list[dict]]) -> dict[str, Any]:
    def median(count: int, key: str) -> float | None:
        values = [s[key] for s in samples[count] if s[key] is not None]
        return statistics.median(values) if values else None

    base = median(1, "duration_s") if 1 in samples else None
    rows = {}
    for count in samples:
        duration = median(count, "duration_s")
        rows[count] = {key: median(count, key) for key in ("p50_s", "p99_s", "cpu_us_per_event", "duration_s",
                                                            "last_end_after_task_s")}
        rows[count]["duration_ratio"] = duration / base if duration and base else None
        rows[count]["complete"] = all(s["complete"] for s in samples[count])
    return {"rows": rows, "samples": samples}


def report(results: dict[str, Any], args: argparse.Namespace) -> None:
    def show(value: float | None, scale: float = 1.0, fmt: str = ".3f") -> str:
        return "-" if value is None else format(value * scale, fmt)

    print(f"{args.lines} lines at {args.rate:g}/s, {args.runs} runs per count (medians)")
    print("subscribers  p50 ms   p99 ms   CPU us/event  duration/1-sub  last end after task s  complete")
    for count, row in results["rows"].items():
        print(f"{count:>11}  {show(row['p50_s'], 1000, '7.1f')}  {show(row['p99_s'], 1000, '7.1f')}  "
              f"{show(row['cpu_us_per_event'], 1, '12.2f')}  {show(row['duration_ratio'], 1, '14.3f')}  "
              f"{show(row['last_end_after_task_s'], 1, '21.2f')}  {'yes' if row['complete'] else 'NO'}")
    top = results["rows"][max(results["rows"])]
    ok = (top["p99_s"] or 1e9) <= TARGET_P99_S and (top["duration_ratio"] or 1e9) <= TARGET_DURATION_RATIO
    print(f"target at {max(results['rows'])}: p99 <= {TARGET_P99_S:g} s and duration ratio <= "
          f"{TARGET_DURATION_RATIO:.2f}: {'ok' if ok else 'MISSED'}")


def drive(args: argparse.Namespace) -> None:
    counts = [int(c) for c in args.subscribers.split(",")]
    root = Path(tempfile.mkdtemp(prefix="containr-bench-sse-"))
    port = free_port()
    env = {**os.environ, "CONTAINR_DATA_DIR": str(root / "data"), "CONTAINR_ENV": "development"}
    for name in ("CONTAINR_DATABASE_URL", "CONTAINR_SECRET_KEY"):
        env.pop(name, None)  # a throwaway SQLite instance, whatever the shell points at
    server_log = root / "serve.log"
    server = None
    samples: dict[int, list[dict]] = {count: [] for count in counts}
    try:
        subprocess.run([str(BIN / "containr"), "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
        with server_log.open("wb") as log:
            server = subprocess.Popen([sys.executable, __file__, "--serve", "--port", str(port)], env=env,
                                      stdout=log, stderr=subprocess.STDOUT, cwd=REPO)
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, server, what="the bench server")
        token = log_in(url)
        for number in range(1, args.runs + 1):
            for count in counts:  # alternating, so a noisy machine moves every count alike
                sample = one_run(url, port=port, pid=server.pid, token=token, clients=count, args=args)
                samples[count].append(sample)
                print(f"run {number}/{args.runs}, {count} subscribers: {json.dumps(sample)}", file=sys.stderr)
    except Exception:
        if server_log.exists():
            print("--- the bench server's output ---", *server_log.read_text().splitlines()[-40:], sep="\n",
                  file=sys.stderr)
        raise
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(root, ignore_errors=True)
    results = summarize(samples)
    report(results, args)
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "sse_fanout.json").write_text(json.dumps({"lines": args.lines, "rate": args.rate, **results},
                                                    indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per subscriber count (default 3)")
    parser.add_argument("--subscribers", default="1,100,500", help="counts, the first the baseline")
    parser.add_argument("--lines", type=int, default=2000, help="log lines the task writes (default 2000)")
    parser.add_argument("--rate", type=float, default=250.0, help="lines per second (default 250)")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the streams' ends")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--clients", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--task", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--token", help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.port)
    elif args.clients:
        import uvloop  # the client's own overhead is not what is measured: the fastest loop there is

        print(json.dumps(uvloop.run(subscribe_all(args))))
    else:
        if args.subscribers.split(",")[0] != "1":
            parser.error("the first subscriber count is the baseline and must be 1")
        drive(args)


if __name__ == "__main__":
    main()
