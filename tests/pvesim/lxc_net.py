"""The `lxc` backend's network: a private bridge for the guests, and apt-cacher-ng on its address.

The bridge gets the host's address on the guests' subnet and nothing else: no NAT, and forwarding is switched off
for packets that arrive on it, so guests reach the host (SSH answers, the apt proxy) and each other, never the
outside. apt in a guest works through apt-cacher-ng, which fetches from the host's own Debian mirror."""

from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

DEFAULT_BRIDGE = "ctrsim0"
DEFAULT_ADDRESS = "10.213.0.1/24"
# Not apt-cacher-ng's own 3142: where the package's service runs (a host with systemd starts it at install),
# it holds 3142 on every address.
PROXY_PORT = 3143


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(["ip", *args], capture_output=True, text=True)
    if check and done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)}: {done.stderr.strip()}")
    return done


def bridge_exists(name: str) -> bool:
    return Path(f"/sys/class/net/{name}/bridge").is_dir()


def ensure_bridge(name: str = DEFAULT_BRIDGE, address: str = DEFAULT_ADDRESS) -> None:
    """Creates the bridge when missing and gives it `address`; idempotent."""
    if len(name) > 15:
        raise ValueError(f"bridge name '{name}' is longer than 15 characters")
    interface = ipaddress.ip_interface(address)
    if not bridge_exists(name):
        if Path(f"/sys/class/net/{name}").exists():
            raise RuntimeError(f"'{name}' exists and is not a bridge")
        _ip("link", "add", name, "type", "bridge")
    # Packets from guests are never routed on: only the host itself answers them.
    Path(f"/proc/sys/net/ipv4/conf/{name}/forwarding").write_text("0\n")
    ipv6 = Path(f"/proc/sys/net/ipv6/conf/{name}/forwarding")
    if ipv6.exists():
        ipv6.write_text("0\n")
    if str(interface) not in _ip("-o", "addr", "show", "dev", name).stdout:
        _ip("addr", "add", str(interface), "dev", name)
    _ip("link", "set", name, "up")


def delete_bridge(name: str = DEFAULT_BRIDGE) -> bool:
    if not bridge_exists(name):
        return False
    _ip("link", "delete", name, "type", "bridge")
    return True


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"apt-cacher-ng" in cmdline


@dataclass
class AptCacher:
    """apt-cacher-ng with its own config, cache and log dirs under `directory`, listening on `host`."""

    directory: Path
    host: str
    mirror: str
    port: int = PROXY_PORT

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.directory / "run" / "apt-cacher-ng.pid"

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        return pid if _alive(pid) else None

    def _configure(self) -> Path:
        conf = self.directory / "conf"
        conf.mkdir(parents=True, exist_ok=True)
        # The packaged config (remap rules, mirror lists) with our own dirs, address and upstream mirror:
        # without backends_debian naming the host's mirror it answers 503 "Host not found".
        for item in Path("/etc/apt-cacher-ng").iterdir():
            if item.is_file():
                shutil.copy(item, conf / item.name)
        (conf / "backends_debian").write_text(self.mirror.rstrip("/") + "/\n")
        for sub in ("cache", "log", "run"):
            (self.directory / sub).mkdir(exist_ok=True)
        (conf / "zz_containr.conf").write_text(
            f"CacheDir: {self.directory / 'cache'}\nLogDir: {self.directory / 'log'}\n"
            f"PidFile: {self.pid_file}\nSocketPath: {self.directory / 'run' / 'socket'}\n"
            f"BindAddress: {self.host}\nPort: {self.port}\n")
        return conf

    def start(self) -> str:
        """Starts it unless it already runs with this config; answers the proxy URL."""
        if self.pid() is not None and _answers(self.host, self.port):
            return self.url
        if shutil.which("apt-cacher-ng") is None:
            raise RuntimeError("apt-cacher-ng is missing (apt-get install apt-cacher-ng)")
        conf = self._configure()
        done = subprocess.run(["apt-cacher-ng", "-c", str(conf), "ForeGround=0"], capture_output=True, text=True,
                              timeout=30)
        if done.returncode != 0:
            raise RuntimeError(f"apt-cacher-ng did not start: {(done.stderr or done.stdout).strip()}")
        for _ in range(200):
            if _answers(self.host, self.port):
                return self.url
            time.sleep(0.05)
        raise RuntimeError(f"apt-cacher-ng does not answer on {self.url} (log: {self.directory / 'log'})")

    def stop(self) -> bool:
        pid = self.pid()
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)
        for _ in range(100):
            if not _alive(pid):
                break
            time.sleep(0.05)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True
