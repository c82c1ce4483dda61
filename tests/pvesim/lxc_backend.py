"""The `lxc` backend: each simulated container is a real LXC container on the backend's private bridge.

Needs root and Debian's `lxc` package. Containers are named `<prefix><vmid>` (default `ctrsim-`) in the
system's LXC path, so `lxc-ls` lists them and `make clean-sim` finds every one by the prefix. Volumes of the
simulated storages are files under `<state dir>/storage/<storage id>/` laid out as PVE lays out a dir storage
(`template/cache/`, `dump/`); the backend's template is linked into `local` under its real PVE name. QEMU guests
stay records only: there is no hypervisor behind them."""

from __future__ import annotations

import asyncio
import json
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import lxc_guest, lxc_oci
from .backend import Guest, Log, MemoryBackend, configured_interfaces
from .errors import fail
from .lxc_exec import lxc_default_path
from .lxc_exec import run as _run
from .lxc_guest import Container
from .lxc_net import DEFAULT_ADDRESS, DEFAULT_BRIDGE
from .lxc_template import TEMPLATE_NAME, Template

DEFAULT_PREFIX = "ctrsim-"
COMPRESSORS = {".zst": "zstd -T0 -1", ".gz": "gzip -1", ".lzo": "lzop"}


@dataclass
class LxcSettings:
    template: Template
    storage_dir: Path
    bridge: str = DEFAULT_BRIDGE
    address: str = DEFAULT_ADDRESS  # the host's address on the bridge, with the guests' prefix length
    prefix: str = DEFAULT_PREFIX
    lxcpath: Path = field(default_factory=lambda: Path(lxc_default_path()))


class LxcBackend:
    name = "lxc"

    def __init__(self, settings: LxcSettings) -> None:
        self.settings = settings
        self._records = MemoryBackend()  # what QEMU guests get
        cache = settings.storage_dir / "local" / "template" / "cache"
        cache.mkdir(parents=True, exist_ok=True)
        link = cache / TEMPLATE_NAME
        if not link.exists() or link.resolve() != settings.template.archive.resolve():
            link.unlink(missing_ok=True)
            link.symlink_to(settings.template.archive)

    # --- names and paths --------------------------------------------------------------------------------

    def container(self, guest: Guest) -> Container:
        name = f"{self.settings.prefix}{guest['vmid']}"
        return Container(name=name, directory=self.settings.lxcpath / name)

    def volume_path(self, volid: str) -> Path:
        """`local:vztmpl/x.tar.zst` -> <storage>/local/template/cache/x.tar.zst; `local:backup/...` -> dump/."""
        sid, _, rest = volid.partition(":")
        kind, _, name = rest.partition("/")
        sub = {"vztmpl": "template/cache", "backup": "dump", "iso": "template/iso"}.get(kind)
        if not sub or not name or "/" in name or name.startswith("."):
            raise fail(f"unable to parse volume ID '{volid}'")
        return self.settings.storage_dir / sid / sub / name

    def _lxc(self, tool: str, container: Container, *args: str) -> list[str]:
        return [tool, "-n", container.name, "-P", str(self.settings.lxcpath), *args]

    async def _state(self, container: Container) -> str:
        if not (container.directory / "config").exists():
            return "ABSENT"
        return (await _run(*self._lxc("lxc-info", container, "-sH"))).strip()

    # --- create and the container's files ---------------------------------------------------------------

    async def create(self, guest: Guest, *, template: str | None, ssh_keys: str | None = None, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.create(guest, template=template, ssh_keys=ssh_keys, log=log)
        archive = self.volume_path(template or "")
        if not archive.is_file():
            raise fail(f"unable to create CT {guest['vmid']} - template file '{archive}' is missing "
                       "(the lxc backend can only use templates whose file is in the storage)")
        container = self.container(guest)
        if container.directory.exists():
            raise fail(f"unable to create CT {guest['vmid']} - '{container.directory}' exists "
                       "(left over? run make clean-sim)")
        base = archive.resolve().parent / "rootfs"
        try:
            if (archive.resolve().parent / "manifest.json").exists() and base.is_dir():
                container.write_meta(base=str(base))
                container.layer.mkdir(mode=0o755)
                log(f"overlay on the cached template rootfs {base}")
            else:
                container.write_meta(base=None)
                await self._unpack(archive, container, log)
            log("Architecture detected: amd64")
            await asyncio.to_thread(self._setup_new, container, guest, ssh_keys)
        except BaseException:
            await self._remove(container)  # what this create made, never a container that was there before
            raise

    async def _remove(self, container: Container) -> None:
        if container.directory.exists():
            # --one-file-system: never follow into anything still mounted below the container's directory.
            await _run("rm", "-rf", "--one-file-system", str(container.directory), timeout=300)

    async def _unpack(self, archive: Path, container: Container, log: Log) -> None:
        log(f"extracting archive '{archive}'")
        container.layer.mkdir(mode=0o755, parents=True)
        await _run("tar", "--numeric-owner", "--xattrs", "--xattrs-include=*", "-xpf", str(archive), "-C",
                   str(container.layer), timeout=900)
        log(f"Total bytes read: {archive.stat().st_size}")

    def _setup_new(self, container: Container, guest: Guest, ssh_keys: str | None) -> None:
        hostname = str(guest["config"].get("hostname", f"CT{guest['vmid']}"))
        if guest["config"].get("ostype") == "unmanaged":  # an application image: PVE's setup leaves it alone
            self._write_config(container, guest)
            return
        lxc_guest.write_host_keys(container, hostname)
        if ssh_keys:
            lxc_guest.write_authorized_keys(container, ssh_keys)
        self._write_config(container, guest)

    def _write_config(self, container: Container, guest: Guest) -> None:
        (container.directory / "config").write_text(
            lxc_guest.lxc_config(container, guest["config"], bridge=self.settings.bridge))

    # --- power ------------------------------------------------------------------------------------------

    async def start(self, guest: Guest, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.start(guest, log=log)
        container = self.container(guest)
        for address in lxc_guest.outside(guest["config"], self.settings.address):
            log(f"WARN: {address} is not on the simulator's bridge ({self.settings.address}): unreachable")
        self._write_config(container, guest)
        if guest["config"].get("ostype") != "unmanaged":  # an application image: PVE's setup leaves it alone
            await asyncio.to_thread(lxc_guest.write_identity, container, guest["config"])
        await _run(*self._lxc("lxc-start", container, "-d", "-o", str(container.directory / "lxc.log"),
                              "-l", "WARN"), log=log, timeout=60)
        await _run(*self._lxc("lxc-wait", container, "-s", "RUNNING", "-t", "30"), timeout=40)

    async def stop(self, guest: Guest, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.stop(guest, log=log)
        container = self.container(guest)
        if await self._state(container) == "RUNNING":
            await _run(*self._lxc("lxc-stop", container, "-k"), log=log, timeout=60)

    async def shutdown(self, guest: Guest, *, timeout: int | None, force: bool, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.shutdown(guest, timeout=timeout, force=force, log=log)
        container = self.container(guest)
        if await self._state(container) != "RUNNING":
            return
        seconds = timeout if timeout is not None else 60
        command = self._lxc("lxc-stop", container, "-t", str(seconds), *(() if force else ("--nokill",)))
        try:
            await _run(*command, log=log, timeout=seconds + 30)
        except RuntimeError:
            if await self._state(container) == "RUNNING":
                raise fail(f"CT {guest['vmid']}: shutdown failed - got timeout") from None

    async def reboot(self, guest: Guest, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.reboot(guest, log=log)
        # A clean stop and a start, so a changed config is applied as PVE applies it on reboot.
        await self.shutdown(guest, timeout=60, force=True, log=log)
        await self.start(guest, log=log)

    async def destroy(self, guest: Guest, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.destroy(guest, log=log)
        container = self.container(guest)
        if await self._state(container) == "RUNNING":
            await _run(*self._lxc("lxc-stop", container, "-k"), timeout=60)
        await self._remove(container)
        log(f'  Logical volume "vm-{guest["vmid"]}-disk-0" successfully removed.')

    # --- snapshots and clones: copies of the container's layer --------------------------------------------

    async def _copy_layer(self, source: Path, target: Path) -> None:
        # cp -a keeps owners, modes, xattrs and the overlay's whiteouts (character devices).
        if target.exists():
            await _run("rm", "-rf", "--one-file-system", str(target), timeout=300)
        target.parent.mkdir(parents=True, exist_ok=True)
        await _run("cp", "-a", "--reflink=auto", str(source), str(target), timeout=900)

    async def snapshot(self, guest: Guest, name: str, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.snapshot(guest, name, log=log)
        container = self.container(guest)
        if await self._state(container) == "RUNNING":
            await _run("sync", timeout=120)
        await self._copy_layer(container.layer, container.snapshot_dir(name) / container.layer.name)
        log(f"snapshot '{name}' of CT {guest['vmid']} created")

    async def rollback(self, guest: Guest, name: str, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.rollback(guest, name, log=log)
        container = self.container(guest)
        saved = container.snapshot_dir(name) / container.layer.name
        if not saved.is_dir():
            raise fail(f"snapshot '{name}' has no data in the lxc backend")
        await self._copy_layer(saved, container.layer)
        await _run("rm", "-rf", "--one-file-system", str(container.directory / "olwork"), timeout=120)
        log(f"rolled back CT {guest['vmid']} to '{name}'")

    async def delete_snapshot(self, guest: Guest, name: str, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.delete_snapshot(guest, name, log=log)
        await _run("rm", "-rf", "--one-file-system", str(self.container(guest).snapshot_dir(name)), timeout=300)
        log(f"snapshot '{name}' removed")

    async def clone(self, source: Guest, target: Guest, *, snapname: str | None, log: Log) -> None:
        if source["type"] != "lxc":
            return await self._records.clone(source, target, snapname=snapname, log=log)
        origin, copy = self.container(source), self.container(target)
        layer = origin.snapshot_dir(snapname) / origin.layer.name if snapname else origin.layer
        log(f"create full clone of CT {source['vmid']} as CT {target['vmid']}")
        copy.write_meta(**origin.meta())
        await self._copy_layer(layer, copy.layer)
        await asyncio.to_thread(self._setup_new, copy, target, None)

    # --- backup and restore -------------------------------------------------------------------------------

    async def vzdump(self, guest: Guest, archive: str, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.vzdump(guest, archive, log=log)
        container = self.container(guest)
        path = self.volume_path(archive)
        path.parent.mkdir(parents=True, exist_ok=True)
        suffix = path.suffix if path.suffix in COMPRESSORS else ""
        compress = ["-I", COMPRESSORS[suffix]] if suffix else []
        if suffix and shutil.which(COMPRESSORS[suffix].split()[0]) is None:
            raise fail(f"vzdump: compressor '{COMPRESSORS[suffix].split()[0]}' is not installed")
        partial = path.with_name(path.name + ".dat")
        tar = ["tar", "--numeric-owner", "--xattrs", "--xattrs-include=*", "--one-file-system", *compress,
               "-cpf", str(partial)]
        log(f"INFO: Starting Backup of VM {guest['vmid']} (lxc)")
        log(f"INFO: creating vzdump archive '{path}'")
        state = await self._state(container)
        if state == "RUNNING":
            # The running container's root as its init sees it; /proc, /sys, /dev and /run are other mounts.
            # Files the guest changes meanwhile make GNU tar exit 1: the archive is still whole (crash-consistent,
            # as vzdump's suspend mode without the suspend).
            pid = (await _run(*self._lxc("lxc-info", container, "-pH"))).strip()
            await _run(*tar, "--warning=no-file-changed", "-C", f"/proc/{pid}/root", ".", timeout=1800, ok=(0, 1))
        elif container.base:
            # A private, read-only view of the overlay that vanishes with the process.
            with tempfile.TemporaryDirectory(prefix="pvesim-dump-") as mnt:
                script = (f"mount -t overlay overlay -o ro,lowerdir={container.layer}:{container.base} "
                          f"{shlex.quote(mnt)} && {shlex.join([*tar, '-C', mnt, '.'])}")
                await _run("unshare", "--mount", "--propagation", "private", "sh", "-c", script, timeout=1800)
        else:
            await _run(*tar, "-C", str(container.layer), ".", timeout=1800)
        partial.rename(path)
        log(f"INFO: archive file size: {path.stat().st_size}")
        log(f"INFO: Finished Backup of VM {guest['vmid']}")

    async def restore(self, guest: Guest, archive: str, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.restore(guest, archive, log=log)
        path = self.volume_path(archive)
        if not path.is_file():
            raise fail(f"unable to restore CT {guest['vmid']} - archive '{path}' is missing")
        container = self.container(guest)
        if container.directory.exists():  # restore over an existing CT (force=1): its data goes
            await self.destroy(guest, log=log)
        try:
            container.write_meta(base=None)
            log(f"restoring '{archive}' now..")
            await self._unpack(path, container, log)
            self._write_config(container, guest)
        except BaseException:
            await self._remove(container)
            raise

    # --- limits and disks ----------------------------------------------------------------------------------

    async def apply_limits(self, guest: Guest) -> None:
        container = self.container(guest)
        if guest["type"] != "lxc" or not (container.directory / "config").exists():
            return
        self._write_config(container, guest)  # what the next start reads
        if await self._state(container) != "RUNNING":
            return
        memory_key = "memory.limit_in_bytes" if lxc_guest.cgroup_v1() else "memory.max"
        memory_now = (await _run(*self._lxc("lxc-cgroup", container, memory_key))).strip()
        pairs = lxc_guest.live_order(lxc_guest.limits(guest["config"]),
                                     memory_now=int(memory_now) if memory_now.isdigit() else 0)
        for key, value in pairs:
            await _run(*self._lxc("lxc-cgroup", container, key, value), timeout=30)

    async def resize_disk(self, guest: Guest, disk: str, size: int, *, log: Log) -> None:
        if guest["type"] != "lxc":
            return await self._records.resize_disk(guest, disk, size, log=log)
        # A container's root here is a directory (an overlay's upper layer or a full copy), which has no size to
        # grow: the new size is only recorded in the config, as PVE records it after growing the volume.
        log(f"{disk} of CT {guest['vmid']} is a directory in the lxc backend: size {size} recorded only")

    # --- OCI images (lxc_oci) -------------------------------------------------------------------------------

    def trust_registry(self, *, ca_file: Path | None = None, authfile: Path | None = None) -> None:
        """The node trusts a registry's CA and root has logged in to it (a containers auth.json)."""
        lxc_oci.trust_registry(self, ca_file=ca_file, authfile=authfile)

    async def oci_pull(self, reference: str, volid: str, *, path: str, log: Log) -> dict[str, Any]:
        return await lxc_oci.pull(self, reference, volid, log=log)

    async def oci_tags(self, repository: str) -> list[str]:
        return await lxc_oci.tags(self, repository)

    async def create_oci(self, guest: Guest, *, template: str, image: dict[str, Any], log: Log) -> dict[str, str]:
        return await lxc_oci.unpack(self, guest, template=template, image=image, log=log)

    async def store_upload(self, volid: str, source: Path, *, log: Log) -> None:
        """The file lands where create (templates) and lxc_oci.unpack (OCI archives) read a volume's file."""
        path = self.volume_path(volid)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".tmp")
        await asyncio.to_thread(shutil.copyfile, source, partial)
        partial.replace(path)

    # --- live view ----------------------------------------------------------------------------------------

    def interfaces(self, guest: Guest) -> list[dict[str, str]]:
        if guest["type"] != "lxc":
            return configured_interfaces(guest)
        container = self.container(guest)
        pid = subprocess.run(self._lxc("lxc-info", container, "-pH"), capture_output=True, text=True).stdout.strip()
        if not pid.isdigit():
            raise fail(f"CT {guest['vmid']} not running")
        done = subprocess.run(["nsenter", f"--net=/proc/{pid}/ns/net", "ip", "-j", "addr", "show"],
                              capture_output=True, text=True, timeout=10)
        result = []
        for link in json.loads(done.stdout or "[]"):
            item: dict[str, Any] = {"name": link["ifname"], "hwaddr": link.get("address", "")}
            for family, key in (("inet", "inet"), ("inet6", "inet6")):
                addresses = [a for a in link.get("addr_info", []) if a.get("family") == family]
                if addresses:
                    item[key] = f"{addresses[0]['local']}/{addresses[0]['prefixlen']}"
            result.append(item)
        return result
