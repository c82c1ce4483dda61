"""Database create: time to a usable database by playbooks/database_create.yml, split into guest creation,
package install and configuration, against a bare `apt-get install` of the same server package in a fresh guest.

Needs root and Debian's lxc: brings up the simulator's `lxc` backend (cached template, private bridge,
apt-cacher-ng) as the tests do, and removes everything it made at the end. For each database type and run it
alternates, in turn order, (a) the playbook by `ansible-playbook` (JSON callback, for each task's times), then a
real client login, and (b) a bare guest made through the PVE API, reached over SSH, then `apt-get update` and
`apt-get install` of the server package, both with the same warm-or-cold apt cache. Prints each phase's
median and the ratios. Writes bench/results/database_create.json. Not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.harness.lxc import ssh  # noqa: E402 (the checkout's path first)
from tests.pvesim.lxc_setup import destroy_containers, lane_environment  # noqa: E402
from tests.pvesim.server import ThreadedServer, build_sim  # noqa: E402

BIN = Path(sys.executable).parent
TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
PACKAGES = {"postgresql": "postgresql-15", "mysql": "mariadb-server", "redis": "redis-server"}
INSTALL_TASKS = {"Install PostgreSQL", "Install MariaDB", "Install Redis"}


def _seconds(duration: dict[str, str]) -> float:
    if "end" not in duration:  # includes and meta tasks record no end; their work is in the tasks they run
        return 0.0
    start, end = (datetime.fromisoformat(duration[k].replace("Z", "+00:00")) for k in ("start", "end"))
    return (end - start).total_seconds()


def phases(report: dict[str, Any]) -> dict[str, float]:
    """Guest creation: play 1 and guest_base (reaching the guest, apt's proxy, facts); install: the server's
    apt task; configuration: the rest of play 2."""
    guest_play, server_play = report["plays"]
    guest = _seconds(guest_play["play"]["duration"])
    install = configure = 0.0
    reached = False
    for task in server_play["tasks"]:
        took = _seconds(task["task"]["duration"])
        if task["task"]["name"].split(" : ")[-1] in INSTALL_TASKS:  # "<role> : <task>"
            install += took
            reached = True
        elif reached:
            configure += took
        else:
            guest += took
    return {"guest": guest, "install": install, "configure": configure}


def playbook_run(env: dict[str, str], extra: dict[str, Any]) -> dict[str, float]:
    run_env = {**env, "ANSIBLE_STDOUT_CALLBACK": "ansible.posix.json", "ANSIBLE_CONFIG": str(REPO / "ansible.cfg")}
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "ansible-playbook"), "-e", json.dumps(extra), "playbooks/database_create.yml"],
                          cwd=REPO, env=run_env, capture_output=True, text=True, timeout=1200)
    total = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"database_create failed:\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}")
    report = json.loads(done.stdout[done.stdout.index("{"):])
    return {**phases(report), "total": total, "facts": report["global_custom_stats"]}


def usable(facts: dict[str, Any], password: str) -> None:
    """A real login with the client the tests use, so that the time measured ends with a database one can use."""
    if facts["type"] == "postgresql":
        import psycopg
        psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                        password=password, connect_timeout=10).close()
    elif facts["type"] == "mysql":
        import pymysql
        pymysql.connect(host=facts["host"], port=facts["port"], database=facts["database"], user=facts["user"],
                        password=password, connect_timeout=10).close()
    else:
        import redis
        with redis.Redis(host=facts["host"], port=facts["port"], username=facts["user"], password=password) as r:
            r.ping()


def _pve_ok(api: httpx.Client, response: httpx.Response) -> None:
    response.raise_for_status()
    upid = response.json()["data"]
    for _ in range(6000):
        status = api.get(f"/nodes/pve/tasks/{upid}/status").json()["data"]
        if status["status"] == "stopped":
            if status.get("exitstatus") != "OK":
                raise SystemExit(f"PVE task failed: {status}")
            return
        time.sleep(0.05)
    raise SystemExit(f"PVE task {upid} did not end")


def bare_run(api: httpx.Client, *, vmid: int, address: str, gateway: str, key: Path, proxy: str,
             package: str) -> dict[str, float]:
    started = time.perf_counter()
    _pve_ok(api, api.post("/nodes/pve/lxc", data={
        "vmid": str(vmid), "ostemplate": TEMPLATE, "hostname": f"bare-{vmid}", "rootfs": "local-lvm:8",
        "memory": "512", "cores": "1", "net0": f"name=eth0,bridge=vmbr0,ip={address},gw={gateway}",
        "ssh-public-keys": Path(f"{key}.pub").read_text()}))
    _pve_ok(api, api.post(f"/nodes/pve/lxc/{vmid}/status/start"))
    ssh(key, address, f"echo 'Acquire::http::Proxy \"{proxy}\";' > /etc/apt/apt.conf.d/01proxy", attempts=200)
    guest = time.perf_counter() - started
    started = time.perf_counter()
    ssh(key, address, f"apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q {package}",
        timeout=900)
    return {"guest": guest, "install": time.perf_counter() - started}


def median(samples: list[dict[str, float]], key: str) -> float:
    return statistics.median(sample[key] for sample in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs of each side per type (default 1)")
    parser.add_argument("--types", default="postgresql,mysql,redis", help="comma-separated database types")
    args = parser.parse_args()
    types = [t for t in args.types.split(",") if t]
    if unknown := [t for t in types if t not in PACKAGES]:
        raise SystemExit(f"unknown types {unknown}; choose from {sorted(PACKAGES)}")

    results: dict[str, Any] = {}
    # Lane 0 for one user at a time: the bridge and the container names are the tests' lane 0 too.
    with tempfile.TemporaryDirectory(prefix="containr-bench-") as tmp, \
            lane_environment(0, Path(tmp) / "lxc") as env_lxc:
        server = None
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
                        "PROXMOX_VALIDATE_CERTS": "false", "REQUESTS_CA_BUNDLE": "", "CURL_CA_BUNDLE": ""})
            api = httpx.Client(base_url=server.url + "/api2/json", verify=False, timeout=30,
                               headers={"Authorization": creds.token_header})
            host = 30
            for kind in types:
                playbook, bare = [], []
                for run in range(args.runs):
                    order = ("playbook", "bare") if run % 2 == 0 else ("bare", "playbook")
                    for side in order:
                        host += 1
                        address = f"{subnet[host]}/{subnet.prefixlen}"
                        if side == "bare":
                            bare.append(bare_run(api, vmid=100 + host, address=address, gateway=gateway, key=key,
                                                 proxy=env_lxc.apt_proxy, package=PACKAGES[kind]))
                            continue
                        password = secrets.token_urlsafe(24)
                        extra = {"database_type": kind, "database_name": "bench", "database_user": "bench",
                                 "containr_ssh_private_key_file": str(key), "guest_base_apt_proxy": env_lxc.apt_proxy,
                                 "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + host,
                                 "proxmox_guest_hostname": f"{kind}-{host}", "proxmox_guest_template": TEMPLATE,
                                 "proxmox_guest_ip": address, "proxmox_guest_gateway": gateway,
                                 "proxmox_guest_ssh_public_key": Path(f"{key}.pub").read_text().strip()}
                        started = time.perf_counter()
                        sample = playbook_run({**env, "CONTAINR_DATABASE_PASSWORD": password}, extra)
                        usable(sample.pop("facts"), password)
                        sample["usable"] = time.perf_counter() - started
                        playbook.append(sample)
                    destroy_containers(env_lxc.backend.settings.prefix)
                results[kind] = summarize(playbook, bare)
                report(kind, results[kind])
        finally:
            if server is not None:
                server.stop()
    out = REPO / "bench" / "results" / "database_create.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {out.relative_to(REPO)}")


def summarize(playbook: list[dict[str, float]], bare: list[dict[str, float]]) -> dict[str, Any]:
    medians = {f"playbook_{k}": median(playbook, k) for k in ("guest", "install", "configure", "total", "usable")}
    medians.update({f"bare_{k}": median(bare, k) for k in ("guest", "install")})
    bare_total = medians["bare_guest"] + medians["bare_install"]
    return {"medians": medians,
            "ratio_install": medians["playbook_install"] / medians["bare_install"],
            "ratio_install_and_configure": (medians["playbook_install"] + medians["playbook_configure"])
            / medians["bare_install"],
            "ratio_usable": medians["playbook_usable"] / bare_total,
            "samples": {"playbook": playbook, "bare": bare}}


def report(kind: str, result: dict[str, Any]) -> None:
    m = result["medians"]
    print(f"{kind}: usable after {m['playbook_usable']:.1f} s by database_create.yml "
          f"(guest {m['playbook_guest']:.1f} s, install {m['playbook_install']:.1f} s, "
          f"configuration {m['playbook_configure']:.1f} s); bare guest {m['bare_guest']:.1f} s + "
          f"apt-get install {m['bare_install']:.1f} s")
    print(f"  ratios: install {result['ratio_install']:.2f}, install+configuration "
          f"{result['ratio_install_and_configure']:.2f} (vs bare apt-get), usable {result['ratio_usable']:.2f} "
          f"(vs bare guest + apt-get)")


if __name__ == "__main__":
    main()
