"""Service deploy: a redeploy of an unchanged app by playbooks/service_deploy.yml, split into fetch, build and
restart, against a bare `git clone` + `pip install` + `systemctl restart` by SSH in the same guest.

Needs root and Debian's lxc: brings up the simulator's `lxc` backend on lane 0 (cached template, private bridge,
apt-cacher-ng) as the tests do, a git server on the lane's gateway holding tests.services.apps.python_web_app,
deploys it once (the first deploy: guest, runtime, build; reported apart), then for each run alternates (a) the
same commit deployed again by `ansible-playbook` with the same vars and (b) the bare steps in the same guest.

The playbook's time is split by its tasks (ansible.posix.json callback), by the role file they come from:
  guest    play 1 (preflight, the guest exists and runs), the pre_tasks, guest_base (SSH, apt's proxy, facts)
           and the post_tasks (set_stats, the run's SSH folder);
  prepare  service_release's preflight and its setup tasks in main.yml (apt git and dbus, dbus, user, folders);
  fetch    service_release fetch.yml and export.yml, and main.yml's resolve/read the commit, the release's folder
           and its `built` marker;
  build    service_release detect.yml and build.yml, and main.yml's environment file, the stack's and Aptfile's
           apt task, the start script and the release's facts;
  restart  all of service_runtime (unit, switch, start or restart, health check, prune);
  overhead the wall time less the sum of all the tasks' times (Ansible's start, parsing, between tasks).
The bare side times, each as one SSH command: fetch `git clone --depth 1`, build `python3 -m venv
--system-site-packages` + `pip install -r requirements.txt`, restart `systemctl restart` until GET / answers in
the guest. Writes bench/results/service_deploy.json. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.harness.git_server import start_git_server  # noqa: E402 (the checkout's path first)
from tests.harness.lxc import ssh  # noqa: E402
from tests.pvesim.lxc_setup import destroy_containers, lane_environment  # noqa: E402
from tests.pvesim.server import ThreadedServer, build_sim  # noqa: E402
from tests.services.apps import python_web_app  # noqa: E402

BIN = Path(sys.executable).parent
TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
NAME, HOST, PORT, MESSAGE = "bench", 40, 8000, "hello from the bench"
PHASES = ("guest", "prepare", "fetch", "build", "restart")
RELEASE = REPO / "roles" / "service_release" / "tasks"


def _names(tasks: list[dict[str, Any]]) -> set[str]:
    names: set[str] = set()
    for task in tasks or []:
        names.add(task.get("name", ""))
        for key in ("block", "rescue", "always"):
            names |= _names(task.get(key, []))
    return names


def _file_names(*files: str) -> set[str]:
    return set().union(*(_names(yaml.safe_load((RELEASE / f).read_text())) for f in files))


FETCH = _file_names("fetch.yml", "export.yml") | {
    "Resolve the commit", "Refuse a commit the repository does not have", "Read the commit",
    "Keep the release's folder", "Look for the finished release"}
BUILD = _file_names("detect.yml", "build.yml") | {
    "Write the app's environment", "Install the stack's Debian packages and the Aptfile's", "Write the start script",
    "Keep the release's facts"}


def _seconds(duration: dict[str, str]) -> float:
    if "end" not in duration:  # includes and meta tasks record no end
        return 0.0
    start, end = (datetime.fromisoformat(duration[k].replace("Z", "+00:00")) for k in ("start", "end"))
    return (end - start).total_seconds()


def phase_of(play: int, name: str) -> str:
    role, _, task = name.rpartition(" : ")  # "<role> : <task>"
    if play == 0 or role not in ("service_release", "service_runtime"):
        return "guest"
    if role == "service_runtime":
        return "restart"
    return "fetch" if task in FETCH else "build" if task in BUILD else "prepare"


def playbook_run(env: dict[str, str], extra: dict[str, Any]) -> dict[str, Any]:
    run_env = {**env, "ANSIBLE_STDOUT_CALLBACK": "ansible.posix.json", "ANSIBLE_CONFIG": str(REPO / "ansible.cfg")}
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "ansible-playbook"), "-e", json.dumps(extra), "playbooks/service_deploy.yml"],
                          cwd=REPO, env=run_env, capture_output=True, text=True, timeout=1800)
    total = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"service_deploy failed:\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout[done.stdout.index("{"):])
    sample: dict[str, Any] = dict.fromkeys(PHASES, 0.0)
    tasks: dict[str, float] = {}
    for number, play in enumerate(report["plays"]):
        for task in play["tasks"]:
            name, took = task["task"]["name"], _seconds(task["task"]["duration"])
            sample[phase_of(number, name)] += took
            tasks[name] = tasks.get(name, 0.0) + took
    sample["total"] = total
    sample["overhead"] = total - sum(sample[p] for p in PHASES)
    sample["changed"] = sum(stats.get("changed", 0) for stats in report["stats"].values())
    sample["tasks"] = tasks
    return sample


def bare_run(key: Path, address: str, url: str, run: int) -> dict[str, float]:
    """The same guest: a shallow clone, a venv and pip, a restart of the running unit until it answers again."""
    folder = f"/tmp/bare-{run}"
    probe = f"import urllib.request; urllib.request.urlopen('http://127.0.0.1:{PORT}/', timeout=2)"
    steps = {
        "fetch": f"git clone --quiet --depth 1 {shlex.quote(url)} {folder}",
        "build": f"cd {folder} && python3 -m venv --system-site-packages venv && "
                 "venv/bin/pip install --quiet --no-input --disable-pip-version-check -r requirements.txt",
        "restart": f"systemctl restart containr-{NAME}.service && timeout 60 sh -c "
                   f"{shlex.quote(f'until python3 -c {shlex.quote(probe)} 2>/dev/null; do sleep 0.1; done')}",
    }
    sample: dict[str, float] = {}
    try:
        for step, command in steps.items():
            started = time.perf_counter()
            ssh(key, address, command, timeout=300)
            sample[step] = time.perf_counter() - started
    finally:
        ssh(key, address, f"rm -rf {folder}")
    sample["total"] = sum(sample.values())
    return sample


def serving(address: str) -> None:
    answer = httpx.get(f"http://{address}:{PORT}/", timeout=10)
    if answer.text != f"{MESSAGE}\n":
        raise SystemExit(f"the app answered {answer.status_code} {answer.text!r}")


def median(samples: list[dict[str, Any]], key: str) -> float:
    return statistics.median(sample[key] for sample in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each side (default 3)")
    args = parser.parse_args()

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="containr-bench-") as tmp, \
            lane_environment(0, Path(tmp) / "lxc") as env_lxc:
        server = None
        prefix = env_lxc.backend.settings.prefix
        try:
            sim, creds = build_sim(Path(tmp) / "pvesim", nodes=["pve"], backend=env_lxc.backend, task_delay=0.05)
            server = ThreadedServer(sim).start()
            key = Path(tmp) / "id_ed25519"
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
            subnet, gateway = env_lxc.subnet, env_lxc.gateway
            env = {k: v for k, v in os.environ.items() if k not in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")}
            env.update({"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "PROXMOX_HOST": "127.0.0.1",
                        "PROXMOX_PORT": str(server.port), "PROXMOX_USER": creds.user,
                        "PROXMOX_TOKEN_ID": creds.token_id, "PROXMOX_TOKEN_SECRET": creds.token_secret,
                        "PROXMOX_VALIDATE_CERTS": "false", "REQUESTS_CA_BUNDLE": "", "CURL_CA_BUNDLE": "",
                        # The app's environment: in the run's environment only, as the engine passes it.
                        "CONTAINR_SERVICE_ENVIRONMENT": json.dumps({"GREETING": "bench"})})
            address = str(subnet[HOST])
            with start_git_server(Path(tmp) / "git", hosts=[gateway, "127.0.0.1"]) as git:
                git.create(NAME)
                commit = git.push(NAME, python_web_app(MESSAGE), message="The bench's app")
                url = git.url(NAME, host=gateway)
                extra = {"service_name": NAME, "service_type": "web", "service_repository": url,
                         "containr_ssh_private_key_file": str(key), "guest_base_apt_proxy": env_lxc.apt_proxy,
                         "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + HOST,
                         "proxmox_guest_hostname": NAME, "proxmox_guest_template": TEMPLATE,
                         "proxmox_guest_ip": f"{address}/{subnet.prefixlen}", "proxmox_guest_gateway": gateway,
                         "proxmox_guest_ssh_public_key": Path(f"{key}.pub").read_text().strip(),
                         "proxmox_guest_memory_mb": 512}
                first = playbook_run(env, extra)
                serving(address)
                print(f"first deploy: {first['total']:.1f} s ({phase_line(first)})", flush=True)
                redeploy: list[dict[str, Any]] = []
                bare: list[dict[str, float]] = []
                for run in range(args.runs):
                    for side in ("redeploy", "bare") if run % 2 == 0 else ("bare", "redeploy"):
                        if side == "bare":
                            bare.append(bare_run(key, address, url, run))
                        else:
                            redeploy.append(playbook_run(env, extra))
                        serving(address)
                        print(f"  run {run + 1} {side}: {(bare if side == 'bare' else redeploy)[-1]['total']:.2f} s",
                              flush=True)
                results = summarize(first, redeploy, bare)
                results["commit"] = commit
        finally:
            if server is not None:
                server.stop()
            destroy_containers(prefix)
    report(results)
    out = REPO / "bench" / "results" / "service_deploy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {out.relative_to(REPO)}")


def phase_line(sample: dict[str, Any]) -> str:
    return ", ".join(f"{p} {sample[p]:.2f} s" for p in (*PHASES, "overhead"))


def summarize(first: dict[str, Any], redeploy: list[dict[str, Any]], bare: list[dict[str, float]]) -> dict[str, Any]:
    medians = {f"redeploy_{k}": median(redeploy, k) for k in (*PHASES, "overhead", "total")}
    medians.update({f"bare_{k}": median(bare, k) for k in ("fetch", "build", "restart", "total")})
    names = redeploy[0]["tasks"].keys()
    slowest = sorted(((statistics.median(s["tasks"][n] for s in redeploy), n) for n in names), reverse=True)[:8]
    return {"medians": medians,
            "ratios": {k: medians[f"redeploy_{k}"] / medians[f"bare_{k}"]
                       for k in ("total", "fetch", "build", "restart")},
            "redeploy_changed": [s["changed"] for s in redeploy],
            "slowest_redeploy_tasks": [{"task": n, "seconds": t} for t, n in slowest],
            "first_deploy": first, "samples": {"redeploy": redeploy, "bare": bare}}


def report(results: dict[str, Any]) -> None:
    m, r = results["medians"], results["ratios"]
    print(f"redeploy of the same commit by service_deploy.yml: {m['redeploy_total']:.2f} s (guest "
          f"{m['redeploy_guest']:.2f}, prepare {m['redeploy_prepare']:.2f}, fetch {m['redeploy_fetch']:.2f}, build "
          f"{m['redeploy_build']:.2f}, restart {m['redeploy_restart']:.2f}, Ansible overhead "
          f"{m['redeploy_overhead']:.2f}); tasks changed: {results['redeploy_changed']}")
    print(f"bare by SSH: {m['bare_total']:.2f} s (git clone {m['bare_fetch']:.2f}, venv + pip {m['bare_build']:.2f}, "
          f"systemctl restart until serving {m['bare_restart']:.2f})")
    print(f"  ratios redeploy / bare: total {r['total']:.2f}, fetch {r['fetch']:.2f}, build {r['build']:.2f}, "
          f"restart {r['restart']:.2f}")
    print("  slowest redeploy tasks (median s): " + "; ".join(
        f"{t['task']} {t['seconds']:.2f}" for t in results["slowest_redeploy_tasks"]))


if __name__ == "__main__":
    main()
