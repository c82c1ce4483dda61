"""Edge apply: one route changed among 200 on the edge by playbooks/edge_apply.yml through the task engine's run
(service.tasks.runner.execute: ansible-runner, extravars as unsafe YAML, the certificates' PEMs and PVE's token in
the run's environment only), against a bare `nginx -t && nginx -s reload` of the same configuration by SSH in the
same guest.

Needs root and Debian's lxc: brings up the simulator's `lxc` backend on lane 0 (cached template, private bridge,
apt-cacher-ng) as the tests do, two small HTTP upstreams on the lane's gateway, and applies the edge once with 200
routes (the first apply: guest, nginx from Debian, the whole configuration; reported apart). route-000 is plain
HTTP; the other 199 are HTTPS with one wildcard certificate (made here, self-signed) unless --no-tls. Then, N times,
alternating which side goes first:
  apply  route-000's upstream moved to the other upstream, edge_apply.yml run through the engine's run function
         (preflight, the guest found running, guest_base, the whole configuration rendered and compared, nginx -t
         on the staging copy, the switch, the reload); route-000 must then answer from the new upstream;
  bare   `nginx -t -q -c <live>/nginx.conf && nginx -c <live>/nginx.conf -s reload` as one SSH command in the guest.
Prints both medians, the ratio apply / bare and the slowest tasks of the apply. Removes every container at the end,
also when it fails. Writes bench/results/edge_apply.json. Not a test.
"""

from __future__ import annotations

import argparse
import datetime
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from service.tasks.runner import RunSpec, cleanup, execute  # noqa: E402 (the checkout's path first)
from tests.harness.lxc import ssh  # noqa: E402
from tests.pvesim.lxc_setup import destroy_containers, lane_environment  # noqa: E402
from tests.pvesim.server import ThreadedServer, build_sim  # noqa: E402

TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
HOST, DOMAIN, ROUTES = 61, "bench.test", 200
LIVE = "/etc/nginx/containr/live/nginx.conf"
BARE = f"nginx -t -q -c {LIVE} && nginx -c {LIVE} -s reload"


def upstream(host: str, answer: str) -> ThreadingHTTPServer:
    """An HTTP server on `host` answering every GET with `answer`, in a thread of its own."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body = f"{answer}\n".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer((host, 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def wildcard_certificate(domain: str) -> dict[str, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"*.{domain}")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(f"*.{domain}")]), critical=False)
            .sign(key, hashes.SHA256()))
    return {"cert": cert.public_bytes(serialization.Encoding.PEM).decode(),
            "key": key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()).decode()}


class Engine:
    """edge_apply.yml through the engine's own run function, one private run dir per run."""

    def __init__(self, root: Path, secret_env: dict[str, str]) -> None:
        self.root, self.secret_env, self.count = root, secret_env, 0

    def __call__(self, extra: dict[str, Any]) -> dict[str, Any]:
        self.count += 1
        run_dir = self.root / f"run-{self.count}"
        durations: dict[str, float] = {}
        failures: list[str] = []

        def on_event(event: dict[str, Any]) -> None:
            data = event.get("event_data") or {}
            if event.get("event", "").startswith("runner_on_") and "task" in data:
                durations[data["task"]] = durations.get(data["task"], 0.0) + float(data.get("duration") or 0.0)
                if event["event"] == "runner_on_failed" and not data.get("ignore_errors"):
                    failures.append(f"{data['task']}: {(data.get('res') or {}).get('msg')}")

        spec = RunSpec(task_id=self.count, playbook=REPO / "playbooks" / "edge_apply.yml", project_dir=REPO,
                       data_dir=self.root / "data", run_dir=run_dir, marker=f"bench-edge-{self.count}",
                       extra_vars=extra, secret_env=self.secret_env)
        started = time.perf_counter()
        try:
            outcome = execute(spec, on_event=on_event, should_cancel=lambda: False)
        finally:
            cleanup(run_dir)
        total = time.perf_counter() - started
        if outcome.status != "successful":
            raise SystemExit(f"edge_apply ended {outcome.status}: {'; '.join(failures)}")
        changed = sum(host["changed"] for host in outcome.stats.values())
        return {"total": total, "changed": changed, "tasks": durations}


def answers(address: str, fqdn: str, expected: str) -> None:
    got = httpx.get(f"http://{address}/", headers={"Host": fqdn}, timeout=10)
    if got.text != f"{expected}\n":
        raise SystemExit(f"{fqdn} answered {got.status_code} {got.text!r}, not {expected!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each side (default 5)")
    parser.add_argument("--no-tls", action="store_true", help="every route plain HTTP (no certificate)")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    results: dict[str, Any] = {}
    root = Path(tempfile.mkdtemp(prefix="containr-bench-"))
    try:
        with lane_environment(0, root / "lxc") as env_lxc:
            server = None
            prefix = env_lxc.backend.settings.prefix
            upstreams = [upstream(env_lxc.gateway, "upstream A"), upstream(env_lxc.gateway, "upstream B")]
            try:
                sim, creds = build_sim(root / "pvesim", nodes=["pve"], backend=env_lxc.backend, task_delay=0.05)
                server = ThreadedServer(sim).start()
                key = root / "id_ed25519"
                subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
                address = str(env_lxc.subnet[HOST])
                certificates = [] if args.no_tls else [{"name": "wildcard", "fqdns": [f"*.{DOMAIN}"]}]
                pems = {} if args.no_tls else {"wildcard": wildcard_certificate(DOMAIN)}
                secret_env = {"PROXMOX_HOST": "127.0.0.1", "PROXMOX_PORT": str(server.port),
                              "PROXMOX_USER": creds.user, "PROXMOX_TOKEN_ID": creds.token_id,
                              "PROXMOX_TOKEN_SECRET": creds.token_secret, "PROXMOX_VALIDATE_CERTS": "false",
                              "REQUESTS_CA_BUNDLE": "", "CURL_CA_BUNDLE": "",
                              "CONTAINR_EDGE_CERTIFICATES": json.dumps(pems)}
                engine = Engine(root, secret_env)

                def routes(first_upstream: int) -> list[dict[str, Any]]:
                    return [{"fqdn": f"route-{n:03d}.{DOMAIN}", "upstream_host": env_lxc.gateway,
                             "upstream_port": upstreams[first_upstream if n == 0 else 0].server_address[1],
                             "certificate": "" if n == 0 or args.no_tls else "wildcard"} for n in range(ROUTES)]

                def extra(first_upstream: int) -> dict[str, Any]:
                    return {"edge_routes": routes(first_upstream), "edge_certificates": certificates,
                            "containr_ssh_private_key_file": str(key), "guest_base_apt_proxy": env_lxc.apt_proxy,
                            "proxmox_guest_node": "pve", "proxmox_guest_vmid": 100 + HOST,
                            "proxmox_guest_hostname": "edge", "proxmox_guest_template": TEMPLATE,
                            "proxmox_guest_ip": f"{address}/{env_lxc.subnet.prefixlen}",
                            "proxmox_guest_gateway": env_lxc.gateway,
                            "proxmox_guest_ssh_public_key": Path(f"{key}.pub").read_text().strip(),
                            "proxmox_guest_memory_mb": 512}

                first = engine(extra(0))
                answers(address, f"route-000.{DOMAIN}", "upstream A")
                print(f"first apply ({ROUTES} routes, guest and nginx included): {first['total']:.1f} s", flush=True)
                applied: list[dict[str, Any]] = []
                bare: list[float] = []
                current = 0
                for run in range(args.runs):
                    for side in ("apply", "bare") if run % 2 == 0 else ("bare", "apply"):
                        if side == "apply":
                            current = 1 - current
                            applied.append(engine(extra(current)))
                            answers(address, f"route-000.{DOMAIN}", ("upstream A", "upstream B")[current])
                            took = applied[-1]["total"]
                        else:
                            started = time.perf_counter()
                            ssh(key, address, BARE)
                            took = time.perf_counter() - started
                            bare.append(took)
                        print(f"  run {run + 1} {side}: {took:.2f} s", flush=True)
                results = summarize(first, applied, bare, tls=not args.no_tls)
            finally:
                if server is not None:
                    server.stop()
                for running in upstreams:
                    running.shutdown()
                    running.server_close()
                destroy_containers(prefix)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report(results)
    out = REPO / "bench" / "results" / "edge_apply.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written: {out.relative_to(REPO)}")


def summarize(first: dict[str, Any], applied: list[dict[str, Any]], bare: list[float], *, tls: bool
              ) -> dict[str, Any]:
    apply_median, bare_median = statistics.median(s["total"] for s in applied), statistics.median(bare)
    names = applied[0]["tasks"].keys()
    slowest = sorted(((statistics.median(s["tasks"].get(n, 0.0) for s in applied), n) for n in names),
                     reverse=True)[:8]
    return {"routes": ROUTES, "tls": tls, "apply_median_s": apply_median, "bare_median_s": bare_median,
            "ratio": apply_median / bare_median, "apply_changed": [s["changed"] for s in applied],
            "slowest_apply_tasks": [{"task": n, "seconds": t} for t, n in slowest],
            "first_apply_s": first["total"], "samples": {"apply": applied, "bare": bare}}


def report(results: dict[str, Any]) -> None:
    kind = "HTTPS, one wildcard certificate" if results["tls"] else "HTTP"
    print(f"one route changed among {results['routes']} ({kind}) by edge_apply.yml through the engine: "
          f"{results['apply_median_s']:.2f} s; tasks changed: "
          f"{results['apply_changed']}")
    print(f"bare `{BARE}` by SSH: {results['bare_median_s']:.3f} s")
    print(f"  ratio apply / bare: {results['ratio']:.1f}")
    print("  slowest apply tasks (median s): " + "; ".join(
        f"{t['task']} {t['seconds']:.2f}" for t in results["slowest_apply_tasks"]))


if __name__ == "__main__":
    main()
