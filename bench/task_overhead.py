"""Task overhead: a 20-task playbook by bare `ansible-playbook`, by ansible-runner alone and through the API.

Starts `containr serve` on a free port with a throwaway data dir and a project dir holding
bench/playbooks/twenty_tasks.yml, then alternates, N times, a bare run, a run of ansible-runner alone (the
engine's library without the service) and a run through the API (POST -> `end` event of the task's SSE log
stream), so that a noisy machine moves all three alike. Prints the medians, the ratio API / bare (target
<= 1.10) and the median time from the 202 to the engine's `Running` log line, which it writes once the task
is `running` and its run starts. Writes the numbers to bench/results/task_overhead.json. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from serving import free_port, log_in, make_project, stop, wait_healthy

from service.cli_client import parse_sse, sse_lines

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PLAYBOOK = "twenty_tasks"
TARGET_RATIO = 1.10
# The engine's first line of a run, written after the task became `running` (service/tasks/engine.py).
RUNNING_LINE = "[containr] Running "


def bare_run(project: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(BIN / "ansible-playbook"), f"playbooks/{PLAYBOOK}.yml"], cwd=project, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def runner_run(project: Path, env: dict[str, str]) -> float:
    """ansible-runner alone, as the engine calls it but without the service: the floor under the API."""
    import ansible_runner

    private = Path(tempfile.mkdtemp(prefix="containr-bench-run-"))
    started = time.perf_counter()
    try:
        result = ansible_runner.run(
            private_data_dir=str(private), project_dir=str(project), playbook=f"playbooks/{PLAYBOOK}.yml",
            envvars={"ANSIBLE_CONFIG": env["ANSIBLE_CONFIG"], "PATH": env["PATH"]}, quiet=True,
            suppress_env_files=True, event_handler=lambda _: False, settings={"pexpect_timeout": 0.2})
        elapsed = time.perf_counter() - started
        if result.status != "successful":
            raise RuntimeError(f"ansible-runner alone: the benchmark playbook ended {result.status}")
    finally:
        shutil.rmtree(private, ignore_errors=True)
    return elapsed


def api_run(client: httpx.Client) -> tuple[float, float]:
    """Seconds from the POST to the `end` event, and from the 202 to the engine's `Running` line."""
    started = time.perf_counter()
    answer = client.post(f"/playbooks/{PLAYBOOK}/run", json={})
    accepted = time.perf_counter()
    if answer.status_code != 202:
        raise RuntimeError(f"POST /playbooks/{PLAYBOOK}/run answered {answer.status_code}: {answer.text}")
    task_id = answer.json()["taskId"]
    running = None
    with client.stream("GET", f"/tasks/{task_id}/logstream", headers={"Accept": "text/event-stream"},
                       timeout=httpx.Timeout(60, read=None)) as stream:
        for event in parse_sse(sse_lines(stream.iter_bytes())):
            if running is None and event.event == "message" and RUNNING_LINE in event.data:
                running = time.perf_counter()
            if event.event == "end":
                finished = time.perf_counter()
                task = json.loads(event.data)
                break
        else:
            raise RuntimeError(f"the log stream of task {task_id} closed without its end event")
    if not task["success"]:
        raise RuntimeError(f"the benchmark run (task {task_id}) ended {task['state']}: {task['error']}")
    if running is None:
        raise RuntimeError(f"no {RUNNING_LINE.strip()!r} line in the log of task {task_id}: "
                           "has the engine's wording changed?")
    return finished - started, running - accepted


def measure(url: str, *, project: Path, env: dict[str, str], runs: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"bare": [], "runner": [], "api": [], "accepted_to_running": []}
    headers = {"Authorization": f"Bearer {log_in(url)}"}
    with httpx.Client(base_url=f"{url}/api/v1", headers=headers, timeout=60) as client:
        api_run(client)  # warm-up: the service's first run pays for imports and the first database writes
        for number in range(1, runs + 1):
            samples["bare"].append(bare_run(project, env))
            samples["runner"].append(runner_run(project, env))
            total, to_running = api_run(client)
            samples["api"].append(total)
            samples["accepted_to_running"].append(to_running)
            bare, runner = samples["bare"][-1], samples["runner"][-1]
            print(f"run {number}/{runs}: bare {bare:.3f} s, runner {runner:.3f} s, API {total:.3f} s",
                  file=sys.stderr)
    return samples


def summarize(samples: dict[str, list[float]], runs: int) -> dict[str, Any]:
    bare, runner, api = (statistics.median(samples[name]) for name in ("bare", "runner", "api"))
    return {"playbook": f"bench/playbooks/{PLAYBOOK}.yml", "runs": runs, "bare_median_s": bare,
            "runner_median_s": runner, "api_median_s": api, "ratio": api / bare,
            "runner_ratio": runner / bare, "target_ratio": TARGET_RATIO,
            "accepted_to_running_median_s": statistics.median(samples["accepted_to_running"]),
            "samples_s": samples}


def report(results: dict[str, Any]) -> None:
    print(f"bare ansible-playbook   median {results['bare_median_s']:.3f} s  ({results['runs']} runs)")
    print(f"ansible-runner alone    median {results['runner_median_s']:.3f} s  "
          f"(ratio {results['runner_ratio']:.3f}: the floor under the API)")
    print(f"through the API         median {results['api_median_s']:.3f} s  (POST to the `end` event)")
    verdict = "ok" if results["ratio"] <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio API / bare        {results['ratio']:.3f}  (target <= {TARGET_RATIO:.2f}: {verdict})")
    print(f"202 -> running          median {results['accepted_to_running_median_s'] * 1000:.0f} ms  "
          "(to the engine's `Running` log line, read from the SSE stream)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each kind (default 7)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    root = Path(tempfile.mkdtemp(prefix="containr-bench-"))
    project = make_project(root, [REPO / "bench" / "playbooks" / f"{PLAYBOOK}.yml"])
    port = free_port()
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "CONTAINR_DATA_DIR": str(root / "data"), "CONTAINR_PROJECT_DIR": str(project),
           "CONTAINR_HOST": "127.0.0.1", "CONTAINR_PORT": str(port), "CONTAINR_ENV": "development",
           "ANSIBLE_CONFIG": str(project / "ansible.cfg")}
    for name in ("CONTAINR_DATABASE_URL", "CONTAINR_SECRET_KEY"):
        env.pop(name, None)  # a throwaway SQLite instance, whatever the shell points at
    server_log = root / "serve.log"
    server = None
    try:
        subprocess.run([str(BIN / "containr"), "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
        with server_log.open("wb") as log:
            server = subprocess.Popen([str(BIN / "containr"), "serve"], env=env, stdout=log,
                                      stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, server)
        results = summarize(measure(url, project=project, env=env, runs=args.runs), args.runs)
    except Exception:
        if server_log.exists():
            print("--- containr serve's output ---", *server_log.read_text().splitlines()[-40:], sep="\n",
                  file=sys.stderr)
        raise
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(root, ignore_errors=True)
    report(results)
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "task_overhead.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
