"""A file uploaded into a storage (pve-manager's PVE::API2::Storage::Status upload): ISO images, container
templates (9.1: OCI archives, `.tar`, too) and import sources, copied by an `imgcopy` task.

The HTTP layer (app._upload) has written the multipart's file part to a temporary file and named it in
`tmpfilename`, as pve-http-server does; this handler checks the storage and the name and copies the file. As in
PVE an upload replaces a file of the same name (download-url and oci-registry-pull refuse to)."""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import oci
from ..errors import fail, param_error
from ..router import Call, route
from .common import start_task
from .oci import FILE_STORAGES
from .storage import _scfg, supports

if TYPE_CHECKING:
    from ..app import Sim

# pve-storage's PVE::Storage extension REs, matched case-insensitively at the end of the normalized name.
ISO_EXT = r"\.(?:iso|img)"
VZTMPL_EXT = {"8.4": r"\.tar\.(?:gz|xz|zst|bz2)", "9.1": r"\.(?:tar(?!\.)|tar\.(?:gz|xz|zst|bz2))"}
# SAFE_CHAR_CLASS_RE and the import formats an upload takes (disk images and OVAs).
IMPORT_NAME = r"[a-zA-Z0-9\-.+=_]+\.(ova|qcow2|raw|vmdk)"
# Where each content type's files live under a storage's path (get_iso_dir, get_vztmpl_dir, get_import_dir).
SUBDIRS = {"iso": "template/iso", "vztmpl": "template/cache", "import": "import"}


def _check_name(sim: Sim, content: str, filename: str) -> None:
    if content == "iso":
        if not re.search(rf"[^/]+{ISO_EXT}$", filename, re.IGNORECASE):
            raise param_error({"filename": "wrong file extension"})
    elif content == "vztmpl":
        if not re.search(rf"[^/]+{VZTMPL_EXT[sim.release]}$", filename, re.IGNORECASE):
            raise param_error({"filename": "wrong file extension"})
    elif content == "import":
        if not re.fullmatch(IMPORT_NAME, filename):
            raise param_error({"filename": "invalid filename or wrong extension"})
    else:
        raise param_error({"content": f"upload content type '{content}' not allowed"})


def _format(content: str, filename: str) -> str:
    """The `format` the content listing shows for the stored file."""
    if content == "iso":
        return "iso"
    if content == "import":
        return filename.rsplit(".", 1)[-1]
    # get_subdir_files: "t" and the compression (tzst, txz); an OCI archive as oci-registry-pull records it.
    return "tar" if filename.lower().endswith(".tar") else "t" + filename.rsplit(".", 1)[-1].lower()


def _file_hash(algorithm: str, path: Path) -> str:
    digest = hashlib.new(algorithm)
    with path.open("rb") as fh:
        while chunk := fh.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _image_config(content: str, path: Path) -> dict[str, Any] | None:
    """An OCI archive's image config (what a container made from it takes), None for any other file."""
    if content != "vztmpl" or not oci.is_oci_archive(path):
        return None
    return oci.archive_image_config(path)


@route("POST", "/nodes/{node}/storage/{storage}/upload")
async def upload(sim: Sim, call: Call) -> str:
    node, sid, content = call["node"], call["storage"], call["content"]
    scfg = _scfg(sim, sid)
    if scfg["type"] not in FILE_STORAGES:
        raise fail(f"can't upload to storage type '{scfg['type']}'")
    tmpfilename = call.get("tmpfilename")
    if not tmpfilename:
        raise fail("missing temporary file name")
    source = sim.uploads.get(tmpfilename)
    if source is None or not source.is_file():
        raise fail(f"temporary file '{tmpfilename}' does not exist")
    size = source.stat().st_size
    filename = oci.normalize_content_filename(call["filename"])
    _check_name(sim, content, filename)
    if not supports(sim, sid, content):
        raise fail(f"storage '{sid}' does not support '{content}' content")
    dest = f"{scfg.get('path', '/var/lib/vz')}/{SUBDIRS[content]}/{filename}"
    volid = f"{sid}:{content}/{filename}"
    sim.uploads.pop(tmpfilename)  # the task owns the file now (the HTTP layer would remove it otherwise)

    async def work(log):
        try:
            log(f"starting file import from: {tmpfilename}")
            algorithm, checksum = call.get("checksum-algorithm"), call.get("checksum")
            if algorithm:
                got = await asyncio.to_thread(_file_hash, algorithm, source)
                if got.lower() != str(checksum).lower():
                    log("calculating checksum...")
                    raise fail(f"checksum mismatch: got '{got}' != expect '{checksum}'")
                log("calculating checksum...OK, checksum verified")
            try:
                image = await asyncio.to_thread(_image_config, content, source)
            except (ValueError, KeyError, StopIteration) as exc:
                raise fail(f"unable to read the OCI archive's image config: {exc}") from None
            log(f"target node: {node}")
            log(f"target file: {dest}")
            log(f"file size is: {size}")
            log(f"command: cp -- {tmpfilename} {dest}")
            await sim.backend.store_upload(volid, source, log=log)
        finally:
            source.unlink(missing_ok=True)
        volumes = sim.state.volumes(node, sid)
        volumes[:] = [v for v in volumes if v["volid"] != volid]  # "we simply overwrite the destination file"
        record: dict[str, Any] = {"volid": volid, "content": content, "format": _format(content, filename),
                                  "size": size, "ctime": int(time.time())}
        if image is not None:
            record["oci"] = {"reference": None, "config": image}
        volumes.append(record)
        log("finished file import successfully")

    return start_task(sim, call, dtype="imgcopy", wid="", work=work)
