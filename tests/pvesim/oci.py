"""OCI images as PVE 9.1 handles them: the file name a pull stores, an OCI archive's image config, and how
`pct create` maps that config into the container's config (pve-container's PVE::LXC::Create::
restore_oci_archive and resolve_oci_user; pve-storage's normalize_content_filename)."""

from __future__ import annotations

import json
import re
import shlex
import tarfile
from pathlib import Path
from typing import Any

from . import propstring

# restore_oci_archive refuses image values with these (tabs are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x10-\x1f\x7f]")
_MANIFEST_TYPES = ("application/vnd.oci.image.manifest.v1+json",
                   "application/vnd.docker.distribution.manifest.v2+json")


def split_reference(reference: str) -> tuple[str, str]:
    """`host:5000/team/app:1.0` -> (`host:5000/team/app`, `1.0`); the tag is what follows the last path part's
    colon (the API's pattern requires one for a pull)."""
    repository, _, tag = reference.rpartition(":")
    if "/" in tag or not repository:
        return reference, ""
    return repository, tag


def normalize_content_filename(name: str) -> str:
    """PVE::Storage::normalize_content_filename."""
    name = name.rstrip("\n")
    name = re.sub(r"^.*[/\\]", "", name)
    return re.sub(r"[^a-zA-Z0-9_.-]", "_", name)


def pull_filename(reference: str, filename: str | None) -> str:
    """oci_registry_pull's file: the normalized `filename` (or reference) and `.tar`, as 9.1 names it:
    `registry:5000/team/hello:1.0` -> `hello_1.0.tar`."""
    return normalize_content_filename(filename if filename is not None else reference) + ".tar"


def encode_text(text: str) -> str:
    """PVE::ParseUtils::encode_text: control and hi-bit characters, ':' and '%' URI-escaped (a worker id must not
    hold a colon)."""
    return re.sub(r"[^\x20-\x24\x26-\x39\x3b-\x7e]",
                  lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), text)


def is_oci_archive(path: Path) -> bool:
    """archive_is_oci_format: a `.tar` whose members include oci-layout, index.json and blobs/."""
    if path.suffix != ".tar" or not path.is_file():
        return False
    try:
        with tarfile.open(path) as tar:
            names = {name.removeprefix("./") for name in tar.getnames()}
    except tarfile.TarError:
        return False
    return "oci-layout" in names and "index.json" in names and any(n.startswith("blobs/") for n in names)


def _blob(tar: tarfile.TarFile, digest: str) -> dict[str, Any]:
    algorithm, _, value = digest.partition(":")
    for name in (f"blobs/{algorithm}/{value}", f"./blobs/{algorithm}/{value}"):
        try:
            member = tar.extractfile(name)
        except KeyError:
            continue
        if member is not None:
            return json.loads(member.read())
    raise ValueError(f"blob {digest} is missing from the OCI archive")


def archive_image_config(path: Path) -> dict[str, Any]:
    """The image config's `config` object (Entrypoint, Cmd, Env, User, WorkingDir, ...) of an OCI archive with
    one image (what `skopeo copy docker://... oci-archive:...` writes); a nested index's amd64 entry."""
    with tarfile.open(path) as tar:
        index = json.loads(tar.extractfile(next(n for n in tar.getnames()
                                                if n.removeprefix("./") == "index.json")).read())
        descriptor = index["manifests"][0]
        while descriptor.get("mediaType") not in _MANIFEST_TYPES:
            nested = _blob(tar, descriptor["digest"])["manifests"]
            descriptor = next((m for m in nested if m.get("platform", {}).get("architecture") == "amd64"),
                              nested[0])
        manifest = _blob(tar, descriptor["digest"])
        return _blob(tar, manifest["config"]["digest"]).get("config") or {}


def _checked(image: dict[str, Any], key: str) -> Any:
    value = image.get(key)
    if value is None:
        return None
    values = value if isinstance(value, list) else [value]
    if any(_CONTROL.search(str(v)) for v in values):
        kind = "array-value" if isinstance(value, list) else "value"
        raise ValueError(f"OCI config {kind} for '{key}' contains forbidden control characters!")
    return value


def _lookup(text: str, match_index: int, value: str, result_index: int) -> str | None:
    for line in text.splitlines():
        fields = line.split(":")
        if len(fields) > max(match_index, result_index) and fields[match_index] == value:
            return fields[result_index]
    return None


def resolve_user(user_text: str, *, passwd: str, group: str) -> tuple[str | None, str | None, str | None]:
    """resolve_oci_user: (uid, gid, supplementary groups) from the image's `User` and its /etc files."""
    found = re.fullmatch(r"([^:]+)(?::([^:]+))?", user_text)
    if not found:
        raise ValueError("OCI config value for 'User' has an invalid format")
    user, group_name = found.groups()
    if user.isdigit():
        uid: str | None = user
        username = _lookup(passwd, 2, user, 0)
    else:
        username, uid = user, _lookup(passwd, 0, user, 2)
    gid = groups = None
    if group_name is not None:
        gid = group_name if group_name.isdigit() else _lookup(group, 0, group_name, 2)
    else:
        gid = _lookup(passwd, 2, uid, 3) if uid is not None else None
        if username is not None:
            groups = ",".join(f[2] for f in (line.split(":") for line in group.splitlines())
                              if len(f) > 3 and username in f[3].split(","))
    return uid, gid, groups


def apply_image(config: dict[str, Any], image: dict[str, Any], *, passwd: str = "", group: str = "",
                log: Any = print) -> None:
    """restore_oci_archive's mapping of the image config into the container's config (in place): the image's
    Entrypoint+Cmd become `entrypoint` (and the console mode and host-managed NICs that go with it), its Env
    replaces `env` (a create's own `env` and `entrypoint` are overwritten, as in 9.1), User, WorkingDir and
    StopSignal become raw `lxc` keys."""
    init = [*(_checked(image, "Entrypoint") or []), *(_checked(image, "Cmd") or [])]
    if init and init[0] != "/sbin/init":
        config["entrypoint"] = shlex.join(init)
        config["cmode"] = "console"
        for key in sorted(k for k in config if re.fullmatch(r"net\d+", k)):
            nic = propstring.parse(config[key])
            if "host-managed" not in nic:
                log(f"Auto-Enabling host-managed network for network device {key}.")
                nic["host-managed"] = "1"
                config[key] = propstring.render(nic, required=("name",))
    raw: list[list[str]] = list(config.get("lxc") or [])
    user = _checked(image, "User")
    if user:
        uid, gid, groups = resolve_user(user, passwd=passwd, group=group)
        raw += [[key, value] for key, value in (("lxc.init.uid", uid), ("lxc.init.gid", gid),
                                                  ("lxc.init.groups", groups)) if value is not None]
    working_dir = _checked(image, "WorkingDir")
    if working_dir:
        raw.append(["lxc.init.cwd", working_dir])
    env = _checked(image, "Env")
    if env:
        config["env"] = "\0".join(env)
    raw.append(["lxc.signal.halt", _checked(image, "StopSignal") or "SIGTERM"])
    config["lxc"] = raw


def detect_ostype(rootfs: Path) -> str:
    """PVE::LXC::Setup's detection, for the few kinds an application image is (no os-release: unmanaged)."""
    etc = rootfs / "etc"
    for marker, ostype in (("alpine-release", "alpine"), ("debian_version", "debian"),
                           ("fedora-release", "fedora"), ("arch-release", "archlinux")):
        if (etc / marker).is_file():
            return ostype
    if (etc / "os-release").exists():
        raise ValueError("unable to detect OS distribution")
    return "unmanaged"


class PullError(Exception):
    """A failed skopeo run: the line it printed (the task log's) and its exit code."""

    def __init__(self, line: str, code: int = 1) -> None:
        super().__init__(line)
        self.code = code


class FakeRegistries:
    """The registries the `memory` backend pulls from: images a test registers (reference -> image config),
    hosts that want a login the node has (`skopeo login`, as root on a PVE node would), hosts that are up."""

    def __init__(self) -> None:
        self.images: dict[str, dict[str, dict[str, Any]]] = {}  # repository -> tag -> image config
        self.private: dict[str, tuple[str, str]] = {}  # host -> the (user, password) it accepts
        self.logins: dict[str, tuple[str, str]] = {}  # host -> what the node logged in with

    def add(self, reference: str, config: dict[str, Any] | None = None, *,
            credentials: tuple[str, str] | None = None) -> None:
        repository, tag = split_reference(reference)
        self.images.setdefault(repository, {})[tag or "latest"] = dict(config or {})
        if credentials:
            self.private[repository.split("/")[0]] = credentials

    def _repository(self, repository: str) -> dict[str, dict[str, Any]]:
        host = repository.split("/")[0] if "/" in repository else "docker.io"
        if not any(r.split("/")[0] == host for r in self.images):
            raise PullError(f'time="0" level=fatal msg="pinging container registry {host}: Get '
                            f'\\"https://{host}/v2/\\": dial tcp: lookup {host}: no such host"')
        if host in self.private and self.logins.get(host) != self.private[host]:
            raise PullError(f'time="0" level=fatal msg="initializing source docker://{repository}: reading '
                            f'manifest in {repository}: unauthorized: authentication required"')
        if repository not in self.images:
            raise PullError(f'time="0" level=fatal msg="initializing source docker://{repository}: reading '
                            f'manifest in {repository}: name unknown: repository name not known to registry"')
        return self.images[repository]

    def pull(self, reference: str) -> dict[str, Any]:
        repository, tag = split_reference(reference)
        tags = self._repository(repository)
        if tag not in tags:
            raise PullError(f'time="0" level=fatal msg="initializing source docker://{reference}: reading '
                            f'manifest {tag} in {repository}: manifest unknown"')
        return tags[tag]

    def tags(self, repository: str) -> list[str]:
        return sorted(self._repository(repository))
