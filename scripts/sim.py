#!/usr/bin/env python3
"""Start the Proxmox VE simulator on localhost with a fresh state dir, and print how to register it with Containr
and how to point playbooks at it. Run by `make sim`; SIM_PORT (default 8006) picks the port.

The simulator's `lxc` backend (real containers) is used when this runs as root, the simulator has it and the
Debian packages it needs are installed (`make sim` installs them as root: scripts/bootstrap --sim-deps);
otherwise the `memory` backend (records only), saying why. Ctrl-C stops the simulator."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst"
BOOTSTRAP = ROOT / "scripts" / "bootstrap"


def missing_packages() -> list[str]:
    """The Debian packages of `make sim` that are not installed; the bootstrap keeps their list."""
    listed = subprocess.run([str(BOOTSTRAP), "--missing", "sim"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout
    return listed.split()


def choose_backend(python: str) -> tuple[str, str]:
    """The backend and why; the `lxc` one needs root, a simulator that offers it and its Debian packages."""
    listed = subprocess.run([python, "-m", "tests.pvesim", "--help"], cwd=ROOT, capture_output=True, text=True,
                            check=True).stdout
    offers_lxc = "lxc" in listed.split("--backend", 1)[-1].split("\n", 1)[0]
    if not offers_lxc:
        return "memory", "this simulator has no lxc backend"
    if os.geteuid() != 0:
        return "memory", "the lxc backend needs root"
    missing = missing_packages()
    if missing:
        return "memory", (f"the lxc backend needs Debian packages that are missing: {' '.join(missing)}; install "
                          f"them with `scripts/bootstrap --sim-deps` (or apt-get install {' '.join(missing)})")
    return "lxc", "running as root"


def read_banner(proc: subprocess.Popen[str]) -> dict:
    """The simulator prints one JSON document (its URL and credentials) once it is ready to listen."""
    text = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        text += line
        if line.rstrip() == "}":
            return json.loads(text)
    raise SystemExit(f"the simulator stopped before it was ready (exit status {proc.wait()})")


def node_body(info: dict, backend: str) -> dict:
    if backend == "lxc" and info.get("subnet"):
        network = {"mode": "static", "cidr": info["subnet"], "gateway": info.get("gateway")}
        base = info["subnet"].rsplit(".", 1)[0]
        network.update(rangeStart=f"{base}.20", rangeEnd=f"{base}.200")
    else:
        network = {"mode": "static", "cidr": "10.213.0.0/24", "gateway": "10.213.0.1",
                   "rangeStart": "10.213.0.20", "rangeEnd": "10.213.0.200"}
    defaults: dict = {"node": "pve", "storage": "local-lvm", "templateStorage": "local", "template": TEMPLATE,
                      "bridge": "vmbr0", "network": network}
    if info.get("aptProxy"):
        defaults["aptProxy"] = info["aptProxy"]
    return {"name": "simulator", "apiUrl": info["url"], "tokenId": info["tokenId"], "tokenSecret": info["tokenSecret"],
            "verifyTls": False, "defaults": defaults}


def main() -> int:
    port = os.environ.get("SIM_PORT", "8006")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise SystemExit(f"SIM_PORT must be a TCP port number, not {port!r}")
    python = sys.executable
    backend, why = choose_backend(python)
    state = Path(tempfile.mkdtemp(prefix="containr-sim-"))
    print(f"Starting the Proxmox VE simulator ({backend} backend: {why}) on https://127.0.0.1:{port}, "
          f"state in {state}", flush=True)
    proc = subprocess.Popen([python, "-m", "tests.pvesim", "--port", port, "--state", str(state),
                             "--backend", backend], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            # Its own session: Ctrl-C reaches this script only, which then ends it cleanly.
                            start_new_session=True)
    try:
        info = read_banner(proc)
        user, _, token = info["tokenId"].partition("!")
        print("\nRegister it with Containr: POST /api/v1/nodes with this body plus \"teamId\" (one of your teams, "
              "GET /api/v1/teams):\n")
        print(json.dumps(node_body(info, backend), indent=2))
        print("\nRun the playbooks against it by hand (from the repository root):\n")
        print(f"export PROXMOX_HOST=127.0.0.1 PROXMOX_PORT={port} PROXMOX_URL={info['url']} PROXMOX_USER={user} \\\n"
              f"       PROXMOX_TOKEN_ID={token} PROXMOX_TOKEN_SECRET={info['tokenSecret']} "
              f"PROXMOX_VALIDATE_CERTS=false \\\n"
              f"       REQUESTS_CA_BUNDLE={state / 'pve-ssl.pem'} CURL_CA_BUNDLE=")
        print("\nThe simulator runs until Ctrl-C.", flush=True)
        assert proc.stdout is not None
        for line in proc.stdout:  # anything it prints later
            print(line, end="", flush=True)
        return proc.wait()
    except KeyboardInterrupt:
        print(f"\nStopping the simulator; its state stays in {state}", flush=True)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        return 0


if __name__ == "__main__":
    sys.exit(main())
