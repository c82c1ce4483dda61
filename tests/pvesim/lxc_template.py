"""The Debian 12 template of the `lxc` backend: a debootstrap'ed root filesystem, built once and cached.

The cache lives outside the repository (`${XDG_CACHE_HOME:-~/.cache}/containr/pvesim/templates/<key>/`), keyed
by suite, mirror and package list, so a change of any of them builds a new one and a warm cache is reused across
runs and checkouts. Each entry holds the unpacked `rootfs/` (the read-only lower layer of the containers'
overlays: never changed once built) and the same tree packed under the real PVE template name. An exclusive lock
per key makes a second process wait for the first one's build instead of building it again."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATE_NAME = "debian-12-standard_12.7-1_amd64.tar.zst"
SUITE = "bookworm"
# What a guest needs for Containr's playbooks: sshd and python3 for Ansible, systemd as init, ifupdown and
# iproute2 for its network, sudo and CA certificates as the real PVE template has them.
PACKAGES = ("openssh-server", "python3", "iproute2", "ifupdown", "systemd-sysv", "ca-certificates", "sudo")
FORMAT = 1  # bump when the way a template is prepared changes
FALLBACK_MIRROR = "http://deb.debian.org/debian"


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "containr" / "pvesim"


def host_mirror(sources: Path = Path("/etc/apt")) -> str:
    """The Debian mirror of the host's own apt sources (deb822 or one-line format), http only: apt-cacher-ng
    and the guests behind it speak plain HTTP to it."""
    files = [sources / "sources.list", *sorted((sources / "sources.list.d").glob("*"))]
    for file in files:
        if not file.is_file():
            continue
        text = file.read_text(errors="replace")
        for stanza in re.split(r"\n\s*\n", text):
            if re.search(rf"^Suites:.*\b{SUITE}\b", stanza, re.M):
                uris = re.search(r"^URIs:\s*(\S+)", stanza, re.M)
                if uris and uris.group(1).startswith("http://") and "security" not in uris.group(1):
                    return uris.group(1).rstrip("/")
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[0] == "deb" and parts[1].startswith("http://") and SUITE in parts[2:3]:
                return parts[1].rstrip("/")
    return FALLBACK_MIRROR


@dataclass
class Template:
    """A built template: `rootfs` for overlays, `archive` for the `local` storage."""

    directory: Path
    mirror: str
    packages: tuple[str, ...] = field(default=PACKAGES)

    @property
    def rootfs(self) -> Path:
        return self.directory / "rootfs"

    @property
    def archive(self) -> Path:
        return self.directory / TEMPLATE_NAME

    @property
    def ready(self) -> bool:
        return (self.directory / "manifest.json").exists() and self.rootfs.is_dir() and self.archive.is_file()


def template_key(mirror: str, packages: tuple[str, ...] = PACKAGES) -> str:
    text = json.dumps({"suite": SUITE, "mirror": mirror, "packages": sorted(packages), "format": FORMAT})
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _run(command: list[str], log: Callable[[str], None], **kwargs) -> None:
    log("$ " + " ".join(command))
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-15:]
        raise RuntimeError(f"{command[0]} failed ({done.returncode}):\n" + "\n".join(tail))


def _prepare(rootfs: Path) -> None:
    """What every guest starts from: no host identity of its own (keys, machine id, hostname are per guest and
    written at create), no package caches, loopback only in the network config."""
    for key in (rootfs / "etc/ssh").glob("ssh_host_*"):
        key.unlink()
    (rootfs / "etc/machine-id").write_text("")
    (rootfs / "etc/hostname").write_text("localhost\n")
    (rootfs / "etc/network/interfaces").write_text("auto lo\niface lo inet loopback\n\n"
                                                   "source /etc/network/interfaces.d/*\n")
    for cache in ("var/cache/apt/archives", "var/lib/apt/lists"):
        for item in (rootfs / cache).glob("*"):
            if item.is_file() and item.name != "lock":
                item.unlink()


def ensure_template(*, cache: Path | None = None, mirror: str | None = None,
                    log: Callable[[str], None] | None = None) -> Template:
    """The cached template, built first when missing (minutes; needs root, debootstrap, zstd)."""
    say = log or (lambda line: print(f"pvesim: {line}", file=sys.stderr, flush=True))
    mirror = mirror or host_mirror()
    root = (cache or cache_root()) / "templates"
    template = Template(root / template_key(mirror), mirror)
    if template.ready:
        return template
    with _locked(root / f"{template.directory.name}.lock"):
        if template.ready:  # built by another process while this one waited
            return template
        for tool in ("debootstrap", "zstd", "tar"):
            if shutil.which(tool) is None:
                raise RuntimeError(f"building the LXC template needs '{tool}' (apt-get install {tool})")
        say(f"building the Debian {SUITE} template from {mirror} (once; cached in {template.directory})")
        shutil.rmtree(template.directory, ignore_errors=True)
        template.directory.mkdir(parents=True)
        staging = template.directory / ".rootfs"
        _run(["debootstrap", "--variant=minbase", f"--include={','.join(template.packages)}", SUITE,
              str(staging), mirror], say, timeout=1800)
        _prepare(staging)
        packed = template.directory / f".{TEMPLATE_NAME}"
        say(f"packing {TEMPLATE_NAME}")
        _run(["tar", "--numeric-owner", "--xattrs", "--xattrs-include=*", "-I", "zstd -T0 -3", "-C", str(staging),
              "-cf", str(packed), "."], say, timeout=900)
        packed.rename(template.archive)
        staging.rename(template.rootfs)
        (template.directory / "manifest.json").write_text(json.dumps(
            {"suite": SUITE, "mirror": mirror, "packages": list(template.packages), "format": FORMAT}))
        say("template ready")
    return template


if __name__ == "__main__":
    print(ensure_template().directory)
