"""Real LXC guests for tests: the `lxc` backend's template, bridge and apt proxy for a whole session, and a
simulator per test whose containers are real.

Tests that use these fixtures carry the `lxc` marker; they skip with the reason when not root or lxc is
missing (CI runs as root, so they run there). Every container named with the session's prefix and the bridge
are destroyed at the end, also after a failing test, and each test starts without containers."""

from __future__ import annotations

import dataclasses
import fcntl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pvesim.lxc_backend import LxcBackend
from tests.pvesim.lxc_exec import lxc_available
from tests.pvesim.lxc_setup import LxcEnvironment, clean, destroy_containers, prepare
from tests.pvesim.lxc_template import cache_root
from tests.pvesim.server import Credentials, ThreadedServer, build_sim

PREFIX = "ctrsim-"
BRIDGE = "ctrsim0"
ADDRESS = "10.213.0.1/24"


@pytest.fixture(scope="session")
def lxc_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LxcEnvironment]:
    reason = lxc_available()
    if reason:
        pytest.skip(reason)
    # One session at a time owns the bridge and the container names: a second one waits here.
    lock_file = cache_root() / "lxc-session.lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        clean(prefix=PREFIX, bridge=BRIDGE, address=ADDRESS, say=lambda _: None)  # what a killed run left
        try:
            yield prepare(tmp_path_factory.mktemp("lxc-env"), bridge=BRIDGE, address=ADDRESS, prefix=PREFIX)
        finally:
            clean(prefix=PREFIX, bridge=BRIDGE, address=ADDRESS, say=lambda _: None)


@dataclasses.dataclass
class LxcSim:
    server: ThreadedServer
    credentials: Credentials
    env: LxcEnvironment

    @property
    def backend(self) -> LxcBackend:
        return self.server.sim.backend

    def address(self, host: int) -> str:
        """The guests' address number `host` on the bridge's subnet, as `net0` wants it (with prefix)."""
        return f"{self.env.subnet[host]}/{self.env.subnet.prefixlen}"


@pytest.fixture
def lxc_sim(lxc_env: LxcEnvironment, tmp_path: Path) -> Iterator[LxcSim]:
    state = tmp_path / "pvesim"
    settings = dataclasses.replace(lxc_env.backend.settings, storage_dir=state / "storage")
    sim, creds = build_sim(state, nodes=["pve"], backend=LxcBackend(settings), task_delay=0.05)
    server = ThreadedServer(sim).start()
    try:
        yield LxcSim(server=server, credentials=creds, env=lxc_env)
    finally:
        server.stop()
        destroy_containers(PREFIX)


@pytest.fixture
def ssh_key(tmp_path: Path) -> Path:
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "pvesim-test", "-f", str(key)],
                   check=True, timeout=30)
    return key


def ssh(key: Path, address: str, command: str, *, attempts: int = 1, timeout: float = 120) -> str:
    """Runs `command` as root in a guest; retries a refused or timed-out connection (sshd starting)."""
    args = ["ssh", "-i", str(key), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
            "-o", "BatchMode=yes", "-o", "ConnectTimeout=3", "-o", "LogLevel=ERROR", f"root@{address.split('/')[0]}",
            command]
    for attempt in range(attempts):
        done = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
        if done.returncode != 255 or attempt == attempts - 1:  # 255: ssh itself failed to connect
            break
        time.sleep(0.5)
    if done.returncode != 0:
        raise AssertionError(f"ssh {command!r} -> {done.returncode}: {done.stderr.strip()}")
    return done.stdout
