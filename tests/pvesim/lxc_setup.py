"""Bringing the `lxc` backend up and tearing everything it made down again.

prepare(): the template (built or reused), the bridge, apt-cacher-ng on the bridge address, and the backend.
clean(): every container named with the prefix (stopped and destroyed), the bridge, apt-cacher-ng.
`python -m tests.pvesim.lxc_setup clean` is what `make clean-sim` runs."""

from __future__ import annotations

import argparse
import ipaddress
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .lxc_backend import DEFAULT_PREFIX, LxcBackend, LxcSettings
from .lxc_exec import lxc_available, lxc_default_path
from .lxc_net import DEFAULT_ADDRESS, DEFAULT_BRIDGE, AptCacher, delete_bridge, ensure_bridge
from .lxc_template import cache_root, ensure_template, host_mirror


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


def apt_cacher(address: str = DEFAULT_ADDRESS, cache: Path | None = None) -> AptCacher:
    host = str(ipaddress.ip_interface(address).ip)
    return AptCacher(directory=(cache or cache_root()) / "apt-cacher-ng", host=host, mirror=host_mirror())


def prepare(state_dir: Path, *, bridge: str = DEFAULT_BRIDGE, address: str = DEFAULT_ADDRESS,
            prefix: str = DEFAULT_PREFIX, cache: Path | None = None) -> LxcEnvironment:
    reason = lxc_available()
    if reason:
        raise RuntimeError(reason)
    template = ensure_template(cache=cache)
    ensure_bridge(bridge, address)
    cacher = apt_cacher(address, cache)
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
    if apt_cacher(address, cache).stop():
        say("stopped apt-cacher-ng")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.pvesim.lxc_setup", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["clean"])
    parser.add_argument("--prefix", default=DEFAULT_PREFIX)
    parser.add_argument("--bridge", default=DEFAULT_BRIDGE)
    parser.add_argument("--bridge-address", default=DEFAULT_ADDRESS)
    args = parser.parse_args()
    reason = lxc_available()
    if reason:
        sys.exit(f"clean-sim: {reason}")
    clean(prefix=args.prefix, bridge=args.bridge, address=args.bridge_address)


if __name__ == "__main__":
    main()
