"""OCI images on the `lxc` backend, with the tools PVE 9.1 uses: skopeo pulls into the storage's template dir
and lists tags; a container's rootfs is the image unpacked (umoci, where PVE has its own Rust unpacker).

Real PVE passes skopeo nothing but the reference: credentials come from what root stored with `skopeo login`
and CAs from the node's trust (/etc/containers/certs.d). The backend's trust_registry() stands for both: the
files it is given are passed to skopeo (--src-cert-dir, --src-authfile) without showing in the task's messages."""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import oci
from .backend import Guest, Log
from .errors import fail
from .lxc_exec import run as _run

if TYPE_CHECKING:
    from .lxc_backend import LxcBackend

SKOPEO_TIMEOUT = 600


def trust_dir(backend: LxcBackend) -> Path:
    return backend.settings.storage_dir.parent / "oci-trust"


def trust_registry(backend: LxcBackend, *, ca_file: Path | None = None, authfile: Path | None = None) -> None:
    """What a PVE admin does on the node for a private registry: trust its CA, `skopeo login` as root."""
    certs = trust_dir(backend) / "certs"
    certs.mkdir(parents=True, exist_ok=True)
    if ca_file is not None:
        shutil.copyfile(ca_file, certs / f"ca-{len(list(certs.glob('*.crt')))}.crt")
    if authfile is not None:
        target = trust_dir(backend) / "auth.json"
        target.touch(mode=0o600)
        target.write_bytes(authfile.read_bytes())


def _options(backend: LxcBackend, *, prefix: str) -> list[str]:
    out = []
    certs, auth = trust_dir(backend) / "certs", trust_dir(backend) / "auth.json"
    if certs.is_dir() and any(certs.glob("*.crt")):
        out += [f"--{prefix}cert-dir", str(certs)]
    if auth.is_file():
        out += [f"--{prefix}authfile", str(auth)]
    return out


async def _skopeo(command: list[str], shown: list[str], *, log: Log | None) -> str:
    """Runs skopeo; its failure is PVE's run_command die (the command without the trust options)."""
    if shutil.which("skopeo") is None:
        raise fail("Install 'skopeo' to pull OCI images from registries.")
    process = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(process.communicate(), SKOPEO_TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        raise fail(f"command '{shlex.join(shown)}' failed: got timeout") from None
    if log is not None:
        for line in (out + err).decode(errors="replace").splitlines():
            log(line)
    if process.returncode != 0:
        raise fail(f"command '{shlex.join(shown)}' failed: exit code {process.returncode}")
    return out.decode(errors="replace")


async def pull(backend: LxcBackend, reference: str, volid: str, *, log: Log) -> dict[str, Any]:
    path = backend.volume_path(volid)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp.{os.getpid()}")
    shown = ["skopeo", "copy", f"docker://{reference}", f"oci-archive:{tmp}"]
    try:
        await _skopeo([*shown[:2], *_options(backend, prefix="src-"), *shown[2:]], shown, log=log)
        config = await asyncio.to_thread(oci.archive_image_config, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.rename(path)
    return {"config": config, "size": path.stat().st_size}


async def tags(backend: LxcBackend, repository: str) -> list[str]:
    shown = ["skopeo", "list-tags", f"docker://{repository}"]
    out = await _skopeo([*shown[:2], *_options(backend, prefix=""), *shown[2:]], shown, log=None)
    return json.loads(out).get("Tags") or []


def _read(rootfs: Path, path: str) -> str:
    target = rootfs / path.lstrip("/")
    # Only a plain file of the image itself: a symlink could point outside the rootfs on the host.
    if target.is_symlink() or not target.is_file():
        return ""
    return target.read_text(errors="replace")


async def unpack(backend: LxcBackend, guest: Guest, *, template: str, image: dict[str, Any],
                 log: Log) -> dict[str, str]:
    """The container's rootfs from an OCI archive in a storage; its config file for the first start."""
    archive = backend.volume_path(template)
    if not archive.is_file():
        raise fail(f"unable to create CT {guest['vmid']} - template file '{archive}' is missing")
    container = backend.container(guest)
    if container.directory.exists():
        raise fail(f"unable to create CT {guest['vmid']} - '{container.directory}' exists "
                   "(left over? run make clean-sim)")
    work = container.directory / "oci-unpack"
    try:
        container.write_meta(base=None)
        work.mkdir()
        log(f"extracting OCI image '{archive}'")
        # umoci wants a layout with a tag; the archive skopeo wrote has none.
        await _run("skopeo", "copy", "--quiet", f"oci-archive:{archive}", f"oci:{work / 'layout'}:pvesim",
                   timeout=600)
        await _run("umoci", "unpack", "--image", f"{work / 'layout'}:pvesim", str(work / "bundle"), timeout=600)
        (work / "bundle" / "rootfs").rename(container.layer)
        await _run("rm", "-rf", "--one-file-system", str(work), timeout=300)
        rootfs = container.layer
        for mountpoint in ("dev", "proc", "sys"):  # LXC mounts these; a minimal image may not have them
            if not (rootfs / mountpoint).exists():
                (rootfs / mountpoint).mkdir(mode=0o755)
        for volume in sorted(image.get("Volumes") or {}):
            target = Path(os.path.normpath(rootfs / volume.lstrip("/")))
            if target.is_relative_to(rootfs) and not target.exists():
                log(f"creating base directory for volume at {volume}")
                target.mkdir(parents=True)
        ostype = oci.detect_ostype(rootfs)
        found = {"passwd": _read(rootfs, "/etc/passwd"), "group": _read(rootfs, "/etc/group"), "ostype": ostype}
        backend._write_config(container, guest)
    except ValueError as exc:
        await backend._remove(container)
        raise fail(str(exc)) from None
    except BaseException:
        await backend._remove(container)
        raise
    return found
