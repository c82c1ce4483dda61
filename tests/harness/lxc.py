"""Real LXC guests for tests: the `lxc` backend's template, bridges and apt proxies for a whole session, and a
simulator per test whose containers are real.

Tests that use these fixtures carry the `lxc` marker; they skip with the reason when not root or lxc is
missing (CI runs as root, so they run there). `lxc(lane=N)` puts a test in lane N (default 0): each lane has its
own bridge, subnet, container prefix and apt-cacher-ng, and pytest-xdist runs each lane's tests in one worker, so
the two lanes run at the same time without meeting. Every container named with a lane's prefix and its bridge
are destroyed at the end, also after a failing test, and each test starts without containers."""

from __future__ import annotations

import contextlib
import dataclasses
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pvesim.lxc_backend import LxcBackend
from tests.pvesim.lxc_exec import lxc_available
from tests.pvesim.lxc_setup import LANES, LxcEnvironment, destroy_containers, lane_environment
from tests.pvesim.lxc_template import ensure_prepared
from tests.pvesim.server import Credentials, ThreadedServer, build_sim


def lane_of(item: pytest.Item) -> int:
    """The lane an `lxc` test runs in: `@pytest.mark.lxc(lane=1)`; 0 without one."""
    marker = item.get_closest_marker("lxc")
    lane = marker.kwargs.get("lane", 0) if marker else 0
    if lane not in range(len(LANES)):
        raise pytest.UsageError(f"{item.nodeid}: lxc lane {lane!r} is not one of 0..{len(LANES) - 1}")
    return lane


class Lanes:
    """The lanes this session has brought up, each on first use and held until the session ends."""

    def __init__(self, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._tmp = tmp_path_factory
        self._stack = contextlib.ExitStack()
        self._up: dict[int, LxcEnvironment] = {}

    def get(self, number: int) -> LxcEnvironment:
        if number not in self._up:
            state = self._tmp.mktemp(f"lxc-lane{number}")
            self._up[number] = self._stack.enter_context(lane_environment(number, state))
        return self._up[number]

    def close(self) -> None:
        self._stack.close()


@pytest.fixture(scope="session")
def lxc_lanes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lanes]:
    reason = lxc_available()
    if reason:
        pytest.skip(reason)
    lanes = Lanes(tmp_path_factory)
    try:
        yield lanes
    finally:
        lanes.close()


@pytest.fixture
def lxc_env(lxc_lanes: Lanes, request: pytest.FixtureRequest) -> LxcEnvironment:
    """The environment of the lane the test runs in."""
    return lxc_lanes.get(lane_of(request.node))


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

    def container(self, vmid: int) -> str:
        """The LXC container name of guest `vmid` (as `lxc-ls` lists it)."""
        return f"{self.env.backend.settings.prefix}{vmid}"


@pytest.fixture
def lxc_sim(lxc_env: LxcEnvironment, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[LxcSim]:
    """A simulator whose containers are real; a test marked `prepared_guests` gets them from the prepared
    template (the roles' usual packages already there: tests/pvesim/lxc_template.py)."""
    state = tmp_path / "pvesim"
    settings = dataclasses.replace(lxc_env.backend.settings, storage_dir=state / "storage")
    if request.node.get_closest_marker("prepared_guests"):
        settings = dataclasses.replace(settings, template=ensure_prepared(settings.template))
    sim, creds = build_sim(state, nodes=["pve"], backend=LxcBackend(settings), task_delay=0.05)
    server = ThreadedServer(sim).start()
    try:
        yield LxcSim(server=server, credentials=creds, env=lxc_env)
    finally:
        server.stop()
        destroy_containers(lxc_env.backend.settings.prefix)


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
