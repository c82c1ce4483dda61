"""What the benchmarks share to measure a real `containr serve`: a free port, a project dir like the checkout,
waiting for the server to answer, and an account to call it with."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "benchmark password"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_project(root: Path, playbooks: list[Path]) -> Path:
    """A project dir like the checkout (ansible.cfg, inventory, collections) with only the given playbooks."""
    project = root / "project"
    (project / "playbooks").mkdir(parents=True)
    (project / "roles").mkdir()
    for name in ("ansible.cfg", "requirements.yml"):
        shutil.copy(REPO / name, project / name)
    # ansible.cfg names the inventory; the playbooks run on localhost but Ansible still parses it.
    shutil.copytree(REPO / "inventory", project / "inventory")
    if (REPO / "collections").exists():
        (project / "collections").symlink_to(REPO / "collections")
    for playbook in playbooks:
        shutil.copy(playbook, project / "playbooks" / playbook.name)
    return project


def wait_healthy(url: str, server: subprocess.Popen[bytes], *, what: str = "containr serve") -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"{what} exited with status {server.returncode}")
        try:
            if httpx.get(f"{url}/api/v1/health").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not answer within 60 s")


def log_in(url: str) -> str:
    """Register the instance's first account (its owner) and answer its access token."""
    account = {"username": "bench", "email": "bench@example.com", "password": PASSWORD}
    httpx.post(f"{url}/api/v1/auth/register", json=account).raise_for_status()
    login = httpx.post(f"{url}/api/v1/auth/login", json={"username": "bench", "password": PASSWORD})
    return login.raise_for_status().json()["accessToken"]


def stop(server: subprocess.Popen[bytes]) -> None:
    """Terminate the server, killing it if it has not gone within 30 s."""
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
