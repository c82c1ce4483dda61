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
# The prepared template (tests marked `prepared_guests`): the base one with the Debian packages that Containr's
# roles install most often already unpacked, their services disabled and stopped, so that a guest starts as the
# base one does and a role's install step only finds its packages there. The tests of a role's first install on
# a bare guest, and of what a dry run would install, keep the base template.
PREPARED_PACKAGES = (
    "nginx", "php8.2-fpm", "php8.2-cli", "php8.2-xml", "php8.2-gd", "php8.2-mbstring", "php8.2-intl",
    "php8.2-mysql", "php8.2-pgsql", "php8.2-curl", "postgresql-15", "python3-psycopg2", "mariadb-server",
    "python3-pymysql", "redis-server", "git", "dbus", "python3-venv", "nodejs", "npm", "busybox",
)
PREPARED_SERVICES = ("nginx", "php8.2-fpm", "postgresql", "mariadb", "redis-server")
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


def template_key(mirror: str, packages: tuple[str, ...] = PACKAGES, disabled: tuple[str, ...] = ()) -> str:
    """The cache key of a template: what it holds and how it was made (the services it leaves disabled too)."""
    made = {"suite": SUITE, "mirror": mirror, "packages": sorted(packages), "format": FORMAT}
    if disabled:  # the base template disables nothing: its key stays the one it always had
        made["disabled"] = sorted(disabled)
    return hashlib.sha256(json.dumps(made).encode()).hexdigest()[:16]


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


def _pack(template: Template, staging: Path, say: Callable[[str], None]) -> None:
    packed = template.directory / f".{TEMPLATE_NAME}"
    say(f"packing {TEMPLATE_NAME}")
    _run(["tar", "--numeric-owner", "--xattrs", "--xattrs-include=*", "-I", "zstd -T0 -3", "-C", str(staging),
          "-cf", str(packed), "."], say, timeout=900)
    packed.rename(template.archive)
    staging.rename(template.rootfs)
    (template.directory / "manifest.json").write_text(json.dumps(
        {"suite": SUITE, "mirror": template.mirror, "packages": list(template.packages), "format": FORMAT}))


def _prepare(rootfs: Path) -> None:
    """What every guest starts from: no host identity of its own (keys, machine id, hostname are per guest and
    written at create), no package caches, loopback only in the network config."""
    for key in (rootfs / "etc/ssh").glob("ssh_host_*"):
        key.unlink()
    (rootfs / "etc/machine-id").write_text("")
    dbus_id = rootfs / "var/lib/dbus/machine-id"
    if dbus_id.exists() and not dbus_id.is_symlink():  # D-Bus's id is the machine's, made per guest at its boot
        dbus_id.unlink()
        dbus_id.symlink_to("/etc/machine-id")
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
        _pack(template, staging, say)
        say("template ready")
    return template


def _install_in(rootfs: Path, packages: tuple[str, ...], services: tuple[str, ...], say: Callable[[str], None]) -> None:
    """apt-get install in a chroot of `rootfs` from its own sources, with no service started (policy-rc.d) and
    the services then disabled: a guest from it boots as one from the base template does."""
    policy = rootfs / "usr/sbin/policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")
    policy.chmod(0o755)
    resolv = rootfs / "etc/resolv.conf"
    kept = resolv.read_bytes() if resolv.is_file() and not resolv.is_symlink() else None
    resolv.unlink(missing_ok=True)
    shutil.copyfile("/etc/resolv.conf", resolv)
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DEBIAN_FRONTEND": "noninteractive", "LC_ALL": "C.UTF-8"}
    proc = rootfs / "proc"
    _run(["mount", "-t", "proc", "proc", str(proc)], say)
    try:
        _run(["chroot", str(rootfs), "apt-get", "update", "-qq"], say, env=env, timeout=600)
        _run(["chroot", str(rootfs), "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], say,
             env=env, timeout=1800)
        for service in services:
            _run(["chroot", str(rootfs), "systemctl", "disable", "--quiet", service], say, env=env, timeout=60)
    finally:
        subprocess.run(["umount", "-l", str(proc)], check=False)
        policy.unlink(missing_ok=True)
        resolv.unlink(missing_ok=True)
        if kept is not None:
            resolv.write_bytes(kept)


def ensure_prepared(base: Template, *, log: Callable[[str], None] | None = None) -> Template:
    """The prepared template made from `base` (PREPARED_PACKAGES), built first when missing (minutes)."""
    say = log or (lambda line: print(f"pvesim: {line}", file=sys.stderr, flush=True))
    packages = tuple(base.packages) + PREPARED_PACKAGES
    key = template_key(base.mirror, packages, PREPARED_SERVICES)
    template = Template(base.directory.parent / key, base.mirror, packages)
    if template.ready:
        return template
    with _locked(template.directory.parent / f"{template.directory.name}.lock"):
        if template.ready:
            return template
        say(f"preparing a template with {len(PREPARED_PACKAGES)} more packages (once; cached in {template.directory})")
        shutil.rmtree(template.directory, ignore_errors=True)
        template.directory.mkdir(parents=True)
        staging = template.directory / ".rootfs"
        _run(["cp", "-a", "--reflink=auto", str(base.rootfs), str(staging)], say, timeout=900)
        _install_in(staging, PREPARED_PACKAGES, PREPARED_SERVICES, say)
        _prepare(staging)
        _pack(template, staging, say)
        say("prepared template ready")
    return template


if __name__ == "__main__":
    print(ensure_template().directory)
