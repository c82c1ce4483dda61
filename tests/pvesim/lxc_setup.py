"""Bringing the `lxc` backend up and tearing everything it made down again.

prepare(): the template (built or reused), the bridge, apt-cacher-ng on the bridge address, and the backend.
clean(): every container named with the prefix (stopped and destroyed), the bridge, apt-cacher-ng.
`python -m tests.pvesim.lxc_setup clean` is what `make clean-sim` runs: without options it cleans every lane.

A lane is one independent set of bridge, subnet, container prefix and apt-cacher-ng: the tests run their LXC
tests in two lanes at once, and lane 0 is also what `make sim` uses. Each bridge has its own apt-cacher-ng
(its own cache dir: two instances must not share one)."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import ipaddress
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .lxc_backend import DEFAULT_PREFIX, LxcBackend, LxcSettings
from .lxc_exec import lxc_available, lxc_default_path
from .lxc_net import DEFAULT_ADDRESS, DEFAULT_BRIDGE, AptCacher, delete_bridge, ensure_bridge
from .lxc_template import cache_root, ensure_template, host_mirror


@dataclass(frozen=True)
class Lane:
    prefix: str
    bridge: str
    address: str


# The suite's tests use lanes 0 and 1 (one pytest-xdist worker each, on a 2-core machine); 2 and 3 are spare
# lanes for running a test by hand beside a suite that holds the first two.
LANES = (Lane(DEFAULT_PREFIX, DEFAULT_BRIDGE, DEFAULT_ADDRESS), Lane("ctrsim1-", "ctrsim1", "10.213.1.1/24"),
         Lane("ctrsim2-", "ctrsim2", "10.213.2.1/24"), Lane("ctrsim3-", "ctrsim3", "10.213.3.1/24"))


@dataclass
class LxcEnvironment:
    backend: LxcBackend
    apt_cacher: AptCacher

    @property
    def apt_proxy(self) -> str:
        """What a guest puts in `Acquire::http::Proxy` (and Containr's node default `aptProxy`)."""
        return self.apt_cacher.url

    @property
    def subnet(self) -> ipaddress.IPv4Network:
        return ipaddress.ip_interface(self.backend.settings.address).network

    @property
    def gateway(self) -> str:
        return str(ipaddress.ip_interface(self.backend.settings.address).ip)


def apt_cacher(address: str = DEFAULT_ADDRESS, cache: Path | None = None, bridge: str = DEFAULT_BRIDGE) -> AptCacher:
    host = str(ipaddress.ip_interface(address).ip)
    name = "apt-cacher-ng" if bridge == DEFAULT_BRIDGE else f"apt-cacher-ng-{bridge}"
    return AptCacher(directory=(cache or cache_root()) / name, host=host, mirror=host_mirror())


def prepare(state_dir: Path, *, bridge: str = DEFAULT_BRIDGE, address: str = DEFAULT_ADDRESS,
            prefix: str = DEFAULT_PREFIX, cache: Path | None = None) -> LxcEnvironment:
    reason = lxc_available()
    if reason:
        raise RuntimeError(reason)
    template = ensure_template(cache=cache)
    ensure_bridge(bridge, address)
    cacher = apt_cacher(address, cache, bridge)
    cacher.start()
    settings = LxcSettings(template=template, storage_dir=state_dir / "storage", bridge=bridge, address=address,
                           prefix=prefix)
    return LxcEnvironment(backend=LxcBackend(settings), apt_cacher=cacher)


def containers(prefix: str = DEFAULT_PREFIX, lxcpath: Path | None = None) -> list[str]:
    path = lxcpath or Path(lxc_default_path())
    if not path.is_dir():
        return []
    return sorted(d.name for d in path.iterdir() if d.name.startswith(prefix) and (d / "config").exists())


def destroy_containers(prefix: str = DEFAULT_PREFIX, lxcpath: Path | None = None) -> list[str]:
    """Stops and removes every container named with `prefix`; answers their names."""
    if not prefix:
        raise ValueError("an empty prefix would name every container")
    path = lxcpath or Path(lxc_default_path())
    names = containers(prefix, path)
    for name in names:
        subprocess.run(["lxc-stop", "-n", name, "-P", str(path), "-k"], capture_output=True, timeout=60)
        subprocess.run(["rm", "-rf", "--one-file-system", str(path / name)], check=True, timeout=300)
    return names


def clean(*, prefix: str = DEFAULT_PREFIX, bridge: str = DEFAULT_BRIDGE, address: str = DEFAULT_ADDRESS,
          cache: Path | None = None, lxcpath: Path | None = None, say=print) -> None:
    """Removes every container named with `prefix`, the bridge and apt-cacher-ng; safe to run twice."""
    for name in destroy_containers(prefix, lxcpath):
        say(f"destroyed container {name}")
    if delete_bridge(bridge):
        say(f"deleted bridge {bridge}")
    if apt_cacher(address, cache, bridge).stop():
        say("stopped apt-cacher-ng")


@contextlib.contextmanager
def lane_environment(number: int, state_dir: Path) -> Iterator[LxcEnvironment]:
    """Lane `number` brought up for one user at a time (a second one waits for the lane's lock), cleaned of what
    a killed run left before, and of everything it made after."""
    lane = LANES[number]
    where = {"prefix": lane.prefix, "bridge": lane.bridge, "address": lane.address}
    lock_file = cache_root() / f"lxc-lane-{number}.lock"
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        clean(**where, say=lambda _: None)
        try:
            yield prepare(state_dir, **where)
        finally:
            clean(**where, say=lambda _: None)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.pvesim.lxc_setup", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["clean"])
    parser.add_argument("--prefix", help="one lane's container prefix (with --bridge and --bridge-address)")
    parser.add_argument("--bridge")
    parser.add_argument("--bridge-address")
    args = parser.parse_args()
    reason = lxc_available()
    if reason:
        sys.exit(f"clean-sim: {reason}")
    chosen = (args.prefix, args.bridge, args.bridge_address)
    if any(chosen) and not all(chosen):
        sys.exit("clean-sim: --prefix, --bridge and --bridge-address go together")
    for lane in [Lane(*chosen)] if all(chosen) else LANES:
        clean(prefix=lane.prefix, bridge=lane.bridge, address=lane.address)


if __name__ == "__main__":
    main()
