"""What stands behind a guest: the interface every backend implements, and the `memory` backend.

The API layer validates, records configs and status in the state and runs each operation inside a PVE task;
a backend only makes the guest real (or not). An `lxc` backend, where each container is a real LXC container
on a private bridge, implements the same methods; `interfaces()` then reports the live addresses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from .errors import fail
from .oci import FakeRegistries, PullError

Log = Callable[[str], None]
Guest = dict[str, Any]  # the state's record: vmid, type (lxc|qemu), node, config, status, snapshots


class Backend(Protocol):
    name: str

    # ssh_keys: the create call's `ssh-public-keys` (root's authorized_keys in the guest).
    async def create(self, guest: Guest, *, template: str | None, ssh_keys: str | None, log: Log) -> None: ...
    async def start(self, guest: Guest, *, log: Log) -> None: ...
    async def stop(self, guest: Guest, *, log: Log) -> None: ...
    async def shutdown(self, guest: Guest, *, timeout: int | None, force: bool, log: Log) -> None: ...
    async def reboot(self, guest: Guest, *, log: Log) -> None: ...
    async def destroy(self, guest: Guest, *, log: Log) -> None: ...
    async def snapshot(self, guest: Guest, name: str, *, log: Log) -> None: ...
    async def rollback(self, guest: Guest, name: str, *, log: Log) -> None: ...
    async def delete_snapshot(self, guest: Guest, name: str, *, log: Log) -> None: ...
    async def clone(self, source: Guest, target: Guest, *, snapname: str | None, log: Log) -> None: ...
    async def vzdump(self, guest: Guest, archive: str, *, log: Log) -> None: ...
    async def restore(self, guest: Guest, archive: str, *, log: Log) -> None: ...
    # After a config change of memory, swap, cores or cpulimit: PVE hot-plugs these into a running container.
    async def apply_limits(self, guest: Guest) -> None: ...
    # Inside the resize task, before the config records the new size (bytes) of `disk` (rootfs, mpN).
    async def resize_disk(self, guest: Guest, disk: str, size: int, *, log: Log) -> None: ...
    def interfaces(self, guest: Guest) -> list[dict[str, str]]: ...
    # PVE 9.1's OCI images: pull `reference` into the vztmpl volume `volid` (back: {config, size}), list a
    # repository's tags, and make a container's rootfs from a pulled image (its /etc/passwd and /etc/group
    # texts and detected ostype back, for the config PVE derives from the image).
    async def oci_pull(self, reference: str, volid: str, *, path: str, log: Log) -> dict[str, Any]: ...
    async def oci_tags(self, repository: str) -> list[str]: ...
    async def create_oci(self, guest: Guest, *, template: str, image: dict[str, Any], log: Log) -> dict[str, str]: ...
    # An uploaded file (`source`, removed by the caller afterwards) becomes the volume `volid`'s file.
    async def store_upload(self, volid: str, source: Path, *, log: Log) -> None: ...


def _mac_to_link_local(mac: str) -> str:
    octets = [int(part, 16) for part in mac.split(":")]
    octets[0] ^= 0x02
    eui = octets[:3] + [0xFF, 0xFE] + octets[3:]
    groups = [f"{eui[i] << 8 | eui[i + 1]:x}" for i in range(0, 8, 2)]
    return "fe80::" + ":".join(groups) + "/64"


def configured_interfaces(guest: Guest) -> list[dict[str, str]]:
    """GET lxc/{vmid}/interfaces as the addresses in the config would make it (lo first, like PVE)."""
    result = [{"name": "lo", "hwaddr": "00:00:00:00:00:00", "inet": "127.0.0.1/8", "inet6": "::1/128"}]
    for key in sorted(k for k in guest["config"] if k.startswith("net") and k[3:].isdigit()):
        opts = dict(part.split("=", 1) for part in guest["config"][key].split(",") if "=" in part)
        item = {"name": opts.get("name", key.replace("net", "eth")), "hwaddr": opts.get("hwaddr", "")}
        if "/" in opts.get("ip", ""):
            item["inet"] = opts["ip"]
        if item["hwaddr"]:
            item["inet6"] = _mac_to_link_local(item["hwaddr"])
        result.append(item)
    return result


class MemoryBackend:
    """Records only: every operation succeeds at once and leaves a line in the task log."""

    name = "memory"

    def __init__(self) -> None:
        self.registries = FakeRegistries()  # what tests register: the images a pull finds

    async def create(self, guest: Guest, *, template: str | None, ssh_keys: str | None = None, log: Log) -> None:
        if template:
            log(f"extracting archive '{template}'")
            log("Total bytes read: 524288000 (500MiB, 100MiB/s)")
        log("Architecture detected: amd64")

    async def start(self, guest: Guest, *, log: Log) -> None:
        log(f"starting {guest['type']} {guest['vmid']}")

    async def stop(self, guest: Guest, *, log: Log) -> None:
        log(f"stopping {guest['type']} {guest['vmid']}")

    async def shutdown(self, guest: Guest, *, timeout: int | None, force: bool, log: Log) -> None:
        log(f"shutting down {guest['type']} {guest['vmid']}")

    async def reboot(self, guest: Guest, *, log: Log) -> None:
        log(f"rebooting {guest['type']} {guest['vmid']}")

    async def destroy(self, guest: Guest, *, log: Log) -> None:
        for key, value in guest["config"].items():
            if key == "rootfs" or key.startswith(("mp", "scsi", "virtio", "sata", "ide", "efidisk", "unused")):
                volume = value.split(",")[0]
                if ":" in volume and "media=cdrom" not in value:
                    log(f'  Logical volume "{volume.split(":", 1)[1]}" successfully removed.')

    async def snapshot(self, guest: Guest, name: str, *, log: Log) -> None:
        log(f"snapshot '{name}' of {guest['type']} {guest['vmid']} created")

    async def rollback(self, guest: Guest, name: str, *, log: Log) -> None:
        log(f"rolled back {guest['type']} {guest['vmid']} to '{name}'")

    async def delete_snapshot(self, guest: Guest, name: str, *, log: Log) -> None:
        log(f"snapshot '{name}' removed")

    async def clone(self, source: Guest, target: Guest, *, snapname: str | None, log: Log) -> None:
        log(f"create full clone of {source['vmid']} as {target['vmid']}")

    async def vzdump(self, guest: Guest, archive: str, *, log: Log) -> None:
        log(f"INFO: Starting Backup of VM {guest['vmid']} ({guest['type']})")
        log(f"INFO: creating vzdump archive '{archive}'")
        log(f"INFO: Finished Backup of VM {guest['vmid']}")

    async def restore(self, guest: Guest, archive: str, *, log: Log) -> None:
        log(f"restoring '{archive}' now..")

    async def apply_limits(self, guest: Guest) -> None:
        return None

    async def resize_disk(self, guest: Guest, disk: str, size: int, *, log: Log) -> None:
        volume = guest["config"][disk].split(",")[0].split(":", 1)[-1]
        log(f"  Size of logical volume pve/{volume} changed to {size / 1024**3:.2f} GiB.")
        log(f"  Logical volume pve/{volume} successfully resized.")
        log(f"The filesystem on /dev/pve/{volume} is now {size // 4096} (4k) blocks long.")

    def interfaces(self, guest: Guest) -> list[dict[str, str]]:
        return configured_interfaces(guest)

    async def oci_pull(self, reference: str, volid: str, *, path: str, log: Log) -> dict[str, Any]:
        try:
            image = self.registries.pull(reference)
        except PullError as exc:
            log(str(exc))
            raise fail(f"command 'skopeo copy docker://{reference} oci-archive:{path}' failed: "
                       f"exit code {exc.code}") from None
        log("Getting image source signatures")
        log("Writing manifest to image destination")
        return {"config": image, "size": 10_485_760}

    async def oci_tags(self, repository: str) -> list[str]:
        try:
            return self.registries.tags(repository)
        except PullError as exc:
            raise fail(f"command 'skopeo list-tags docker://{repository}' failed: exit code {exc.code}") from None

    async def create_oci(self, guest: Guest, *, template: str, image: dict[str, Any], log: Log) -> dict[str, str]:
        log(f"extracting OCI image '{template}'")
        return {"passwd": "root:x:0:0:root:/root:/bin/sh\n", "group": "root:x:0:\n", "ostype": "unmanaged"}

    async def store_upload(self, volid: str, source: Path, *, log: Log) -> None:
        return None  # the state's volume record (size, an OCI archive's image config) is all this backend keeps


def make_backend(name: str, *, state_dir: Path) -> Backend:
    if name == "memory":
        return MemoryBackend()
    if name == "lxc":
        from .lxc_setup import prepare  # root only, and minutes on a cold template cache

        return prepare(state_dir).backend
    raise ValueError(f"unknown backend '{name}' (available: memory, lxc)")
