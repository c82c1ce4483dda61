"""Task overhead: a bare `ansible-playbook` run against the same playbook through Containr's API.

Starts `containr serve` on a free port with a throwaway data dir and a project dir holding
bench/playbooks/twenty_tasks.yml, then alternates N bare runs and N API runs (POST -> `end` event on the
SSE stream) and prints medians, their ratio (target <= 1.10) and the median time from the 202 to the
first log line of the run (the task is running by then). It also times ansible-runner alone, without the
service, which shows how much of the ratio is the runner's own and how much is ours. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_project(root: Path) -> Path:
    project = root / "project"
    (project / "playbooks").mkdir(parents=True)
    for name in ("ansible.cfg", "requirements.yml"):
        shutil.copy(REPO / name, project / name)
    shutil.copytree(REPO / "inventory", project / "inventory")
    (project / "roles").mkdir()
    if (REPO / "collections").exists():
        (project / "collections").symlink_to(REPO / "collections")
    shutil.copy(REPO / "bench" / "playbooks" / "twenty_tasks.yml", project / "playbooks" / "twenty_tasks.yml")
    return project


def bare_run(project: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(BIN / "ansible-playbook"), "playbooks/twenty_tasks.yml"], cwd=project, env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def runner_run(project: Path, env: dict[str, str]) -> float:
    """ansible-runner alone, as the engine calls it but without the service: the floor under the API."""
    import ansible_runner

    private = Path(tempfile.mkdtemp(prefix="containr-bench-run-"))
    started = time.perf_counter()
    ansible_runner.run(private_data_dir=str(private), project_dir=str(project), playbook="playbooks/twenty_tasks.yml",
                       envvars={"ANSIBLE_CONFIG": env["ANSIBLE_CONFIG"], "PATH": env["PATH"]}, quiet=True,
                       suppress_env_files=True, event_handler=lambda _: False, settings={"pexpect_timeout": 0.2})
    elapsed = time.perf_counter() - started
    shutil.rmtree(private, ignore_errors=True)
    return elapsed


def api_run(client: httpx.Client) -> tuple[float, float]:
    """Seconds from the POST to the `end` event, and from the 202 to the first log line of the run."""
    started = time.perf_counter()
    task_id = client.post("/playbooks/twenty_tasks/run", json={}).raise_for_status().json()["taskId"]
    accepted = time.perf_counter()
    first_line = None
    with client.stream("GET", f"/tasks/{task_id}/logstream", timeout=httpx.Timeout(60, read=None)) as stream:
        event = ""
        for line in stream.iter_lines():
            if line.startswith("data:") and first_line is None and event != "end":
                first_line = time.perf_counter()
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            if event == "end" and line.startswith("data:"):
                task = json.loads(line.split(":", 1)[1])
                if not task["success"]:
                    raise RuntimeError(f"the benchmark run failed: {task['error']}")
                break
    finished = time.perf_counter()
    return finished - started, (first_line or finished) - accepted


def wait_healthy(url: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if server.poll() is not None:
            raise RuntimeError("containr serve exited")
        try:
            if httpx.get(f"{url}/api/v1/health").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError("containr serve did not answer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="containr-bench-"))
    project = make_project(root)
    port = free_port()
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
           "CONTAINR_DATA_DIR": str(root / "data"), "CONTAINR_PROJECT_DIR": str(project),
           "CONTAINR_PORT": str(port), "ANSIBLE_CONFIG": str(project / "ansible.cfg")}
    subprocess.run([str(BIN / "containr"), "migrate"], env=env, check=True, stdout=subprocess.DEVNULL)
    server = subprocess.Popen([str(BIN / "containr"), "serve"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, server)
        httpx.post(f"{url}/api/v1/auth/register",
                   json={"username": "bench", "email": "bench@example.com", "password": PASSWORD}).raise_for_status()
        token = httpx.post(f"{url}/api/v1/auth/login", json={"username": "bench", "password": PASSWORD}
                           ).raise_for_status().json()["accessToken"]
        bare, floor, api, latency = [], [], [], []
        with httpx.Client(base_url=f"{url}/api/v1", headers={"Authorization": f"Bearer {token}"},
                          timeout=60) as client:
            api_run(client)  # warm-up: imports and the first database connection
            for _ in range(args.runs):
                bare.append(bare_run(project, env))
                floor.append(runner_run(project, env))
                total, to_running = api_run(client)
                api.append(total)
                latency.append(to_running)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)
    results = {"runs": args.runs, "bare_median_s": statistics.median(bare), "api_median_s": statistics.median(api),
               "ratio": statistics.median(api) / statistics.median(bare),
               "runner_median_s": statistics.median(floor),
               "runner_ratio": statistics.median(floor) / statistics.median(bare),
               "accepted_to_running_median_s": statistics.median(latency)}
    print(f"bare ansible-playbook   median {results['bare_median_s']:.3f} s  ({args.runs} runs)")
    print(f"ansible-runner alone    median {results['runner_median_s']:.3f} s  "
          f"(ratio {results['runner_ratio']:.3f}: the floor under the API)")
    print(f"through the API         median {results['api_median_s']:.3f} s")
    print(f"ratio API / bare        {results['ratio']:.3f}  (target <= 1.10)")
    print(f"202 -> running          median {results['accepted_to_running_median_s'] * 1000:.0f} ms "
          "(to the first log line of the run)")
    out = REPO / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "task_overhead.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
