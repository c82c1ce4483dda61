"""One simulated container on disk: its directory under the LXC path, its LXC config written from the PVE
config, and the files the backend writes into its root filesystem (as `pct` does at create and start).

A container made from the backend's template is an overlay: the template's unpacked rootfs is the read-only
lower layer (shared by every such container, never changed) and `<dir>/delta` the upper layer; LXC mounts it
and keeps its work dir in `<dir>/olwork`. A restored container has a full copy in `<dir>/rootfs`. Either way the
container's own data is one directory, its `layer`, which snapshots copy and rollbacks put back.

Containers are privileged with AppArmor unconfined: simpler than an id-mapped rootfs, and these guests only
run the project's own test workloads on a private bridge."""

from __future__ import annotations

import ipaddress
import json
import os
import stat
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import propstring

MIB = 1024**2
# No RSA: generating it takes seconds on a busy machine, and every client speaks these two.
HOST_KEY_TYPES = ("ecdsa", "ed25519")


@dataclass
class Container:
    name: str
    directory: Path  # <lxcpath>/<name>

    @property
    def meta_file(self) -> Path:
        return self.directory / "pvesim.json"

    def meta(self) -> dict[str, Any]:
        return json.loads(self.meta_file.read_text())

    def write_meta(self, **meta: Any) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.meta_file.write_text(json.dumps(meta))

    @property
    def base(self) -> Path | None:
        """The overlay's lower layer, or None for a container with a full rootfs."""
        base = self.meta().get("base")
        return Path(base) if base else None

    @property
    def layer(self) -> Path:
        return self.directory / ("delta" if self.base else "rootfs")

    def snapshot_dir(self, name: str) -> Path:
        return self.directory / "snapshots" / name

    def rootfs_spec(self) -> str:
        return f"overlay:{self.base}:{self.layer}" if self.base else f"dir:{self.layer}"


# --- the LXC config ------------------------------------------------------------------------------------

def _memsw_available() -> bool:
    return Path("/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes").exists()


def network(config: dict[str, Any]) -> list[dict[str, str]]:
    """The `netN` entries of a PVE config, parsed, in index order."""
    keys = sorted((k for k in config if k.startswith("net") and k[3:].isdigit()), key=lambda k: int(k[3:]))
    return [{"key": k, **propstring.parse(config[k])} for k in keys]


def limits(config: dict[str, Any]) -> list[tuple[str, str]]:
    """memory/swap/cores/cpulimit as (cgroup key, value): v1 where the host mounts v1 controllers (LXC ignores
    the cgroup2 keys there), v2 otherwise. `lxc.cgroup[2].<key>` in the config; `lxc-cgroup` sets them live."""
    memory = int(config.get("memory", 512))
    swap = int(config.get("swap", 512))
    cpus = os.cpu_count() or 1
    cores = min(int(config.get("cores", cpus)), cpus)
    cpuset = "0" if cores == 1 else f"0-{cores - 1}"
    quota = int(float(config.get("cpulimit") or 0) * 100000)
    if cgroup_v1():
        pairs = [("memory.limit_in_bytes", str(memory * MIB)), ("cpuset.cpus", cpuset)]
        if _memsw_available():
            pairs.append(("memory.memsw.limit_in_bytes", str((memory + swap) * MIB)))
        if quota:
            pairs += [("cpu.cfs_period_us", "100000"), ("cpu.cfs_quota_us", str(quota))]
        return pairs
    pairs = [("memory.max", str(memory * MIB)), ("memory.swap.max", str(swap * MIB)), ("cpuset.cpus", cpuset)]
    if quota:
        pairs.append(("cpu.max", f"{quota} 100000"))
    return pairs


def cgroup_v1() -> bool:
    return Path("/sys/fs/cgroup/memory").is_dir()


def live_order(pairs: list[tuple[str, str]], *, memory_now: int) -> list[tuple[str, str]]:
    """The limits in an order a running container's cgroup accepts: under v1 memory+swap may never be below
    memory, so a growing memory limit goes after memsw, a shrinking one before it."""
    new_memory = int(dict(pairs).get("memory.limit_in_bytes", "0"))
    grows = new_memory > memory_now
    return sorted(pairs, key=lambda pair: (pair[0] == "memory.limit_in_bytes") == grows)


def lxc_config(container: Container, config: dict[str, Any], *, bridge: str) -> str:
    """The LXC config for a PVE container config: every NIC on the backend's bridge, whatever bridge PVE's
    config names."""
    lines = [
        "# Written by the PVE simulator's lxc backend from the guest's PVE config; rewritten at each start.",
        "lxc.include = /usr/share/lxc/config/common.conf",
        "lxc.arch = amd64",
        f"lxc.uts.name = {config.get('hostname', container.name)}",
        f"lxc.rootfs.path = {container.rootfs_spec()}",
        "lxc.apparmor.profile = unconfined",
        f"lxc.console.logfile = {container.directory / 'console.log'}",
    ]
    raw = [(str(k), str(v)) for k, v in config.get("lxc") or []]
    if not any(key == "lxc.signal.halt" for key, _ in raw):
        # systemd powers off on SIGRTMIN+4; LXC's default SIGPWR would leave it running until the timeout.
        lines.append("lxc.signal.halt = SIGRTMIN+4")
    entrypoint = config.get("entrypoint")
    if entrypoint:
        lines.append(f"lxc.init.cmd = {entrypoint}")
        if entrypoint != "/sbin/init":  # no init to set up /dev/shm (pve-container does the same)
            lines.append("lxc.mount.entry = shm dev/shm tmpfs rw,nosuid,nodev,create=dir 0 0")
    version = "cgroup" if cgroup_v1() else "cgroup2"
    lines += [f"lxc.{version}.{key} = {value}" for key, value in limits(config)]
    for index, nic in enumerate(network(config)):
        prefix = f"lxc.net.{index}"
        lines += [f"{prefix}.type = veth", f"{prefix}.link = {bridge}", f"{prefix}.flags = up",
                  f"{prefix}.name = {nic.get('name', f'eth{index}')}"]
        if nic.get("hwaddr"):
            lines.append(f"{prefix}.hwaddr = {nic['hwaddr'].lower()}")
        if nic.get("mtu"):
            lines.append(f"{prefix}.mtu = {nic['mtu']}")
        # The address is set before init runs, so it is up as soon as the container is.
        if "/" in nic.get("ip", ""):
            lines.append(f"{prefix}.ipv4.address = {nic['ip']}")
            if nic.get("gw"):
                lines.append(f"{prefix}.ipv4.gateway = {nic['gw']}")
        if "/" in nic.get("ip6", ""):
            lines.append(f"{prefix}.ipv6.address = {nic['ip6']}")
            if nic.get("gw6"):
                lines.append(f"{prefix}.ipv6.gateway = {nic['gw6']}")
    # PVE writes `lxc.environment.runtime` (LXC 6); Debian's LXC 5 has `lxc.environment`, for init the same.
    lines += [f"lxc.environment = {variable}" for variable in str(config.get("env") or "").split("\0") if variable]
    lines += [f"{key} = {value}" for key, value in raw if value]
    return "\n".join(lines) + "\n"


def outside(config: dict[str, Any], subnet: str) -> list[str]:
    """The configured IPv4 addresses that are not on the bridge's subnet (unreachable from the host)."""
    net = ipaddress.ip_interface(subnet).network
    return [nic["ip"] for nic in network(config)
            if "/" in nic.get("ip", "") and ipaddress.ip_interface(nic["ip"]).ip not in net]


# --- files in the rootfs ---------------------------------------------------------------------------------

def _is_whiteout(path: Path) -> bool:
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return False
    return stat.S_ISCHR(mode)


def _make_parents(container: Container, rel: Path) -> None:
    """Creates the parent dirs of `rel` in the layer, with the owner and mode they have in the lower layer."""
    current = container.layer
    base = container.base
    for part in rel.parent.parts:
        current = current / part
        if _is_whiteout(current):  # deleted in the guest: recreate it opaque, hiding the lower layer's entries
            current.unlink()
            current.mkdir()
            os.setxattr(current, "trusted.overlay.opaque", b"y")
            continue
        if current.is_dir():
            continue
        lower = base / current.relative_to(container.layer) if base else None
        current.mkdir()
        if lower is not None and lower.is_dir():
            info = lower.stat()
            os.chown(current, info.st_uid, info.st_gid)
            current.chmod(stat.S_IMODE(info.st_mode))


def put(container: Container, path: str, data: str | bytes, *, mode: int = 0o644, uid: int = 0,
        gid: int = 0) -> None:
    """Writes a file of the guest (an absolute path inside it), replacing what the lower layer has."""
    rel = Path(path.lstrip("/"))
    _make_parents(container, rel)
    target = container.layer / rel
    if target.is_symlink() or _is_whiteout(target):
        target.unlink()
    target.write_bytes(data.encode() if isinstance(data, str) else data)
    os.chown(target, uid, gid)
    target.chmod(mode)


def write_host_keys(container: Container, hostname: str) -> None:
    """A guest's own SSH host keys: a clone or a template must never share its origin's."""
    with tempfile.TemporaryDirectory() as tmp:
        for kind in HOST_KEY_TYPES:
            key = Path(tmp) / f"ssh_host_{kind}_key"
            subprocess.run(["ssh-keygen", "-q", "-t", kind, "-N", "", "-C", f"root@{hostname}", "-f", str(key)],
                           check=True, capture_output=True, timeout=60)
            put(container, f"/etc/ssh/{key.name}", key.read_bytes(), mode=0o600)
            put(container, f"/etc/ssh/{key.name}.pub", Path(f"{key}.pub").read_bytes(), mode=0o644)
    # sshd would otherwise look for the RSA key too and log an error at every start.
    put(container, "/etc/ssh/sshd_config.d/pvesim-host-keys.conf",
        "".join(f"HostKey /etc/ssh/ssh_host_{kind}_key\n" for kind in HOST_KEY_TYPES))


def write_authorized_keys(container: Container, keys: str) -> None:
    text = "".join(line.strip() + "\n" for line in keys.splitlines() if line.strip())
    put(container, "/root/.ssh/authorized_keys", text, mode=0o600)
    (container.layer / "root" / ".ssh").chmod(0o700)


def write_identity(container: Container, config: dict[str, Any]) -> None:
    """What pct's setup writes at every start: hostname, /etc/hosts, the network config, the resolver."""
    hostname = str(config.get("hostname", container.name))
    short = hostname.split(".")[0]
    domain = config.get("searchdomain")
    fqdn = hostname if "." in hostname or not domain else f"{hostname}.{domain}"
    put(container, "/etc/hostname", short + "\n")
    put(container, "/etc/hosts", f"127.0.0.1 localhost\n127.0.1.1 {fqdn} {short}\n\n"
                                 "::1 localhost ip6-localhost ip6-loopback\nff02::1 ip6-allnodes\n"
                                 "ff02::2 ip6-allrouters\n")
    # LXC configures the addresses before init; ifupdown only has to leave them alone.
    stanzas = ["auto lo\niface lo inet loopback\n"]
    for nic in network(config):
        name = nic.get("name", "eth0")
        mode = "dhcp" if nic.get("ip") == "dhcp" else "manual"
        stanzas.append(f"auto {name}\niface {name} inet {mode}\n")
    put(container, "/etc/network/interfaces", "\n".join(stanzas))
    if config.get("nameserver"):
        lines = [f"nameserver {server}" for server in str(config["nameserver"]).split()]
        if domain:
            lines.insert(0, f"search {domain}")
        put(container, "/etc/resolv.conf", "\n".join(lines) + "\n")
