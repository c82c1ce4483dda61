"""A workflow build's artifacts on the controller: each step's outputs under
`<data_dir>/build-artifacts/<build id>/<step id>/<relative path>`, listed with their sizes and digests, kept for a
project's last builds only."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any
from uuid import UUID

from service.config import Settings

ROOT = "build-artifacts"
KEEP_BUILDS = 10  # a project's builds whose artifacts stay; older builds' folders go when a build ends


def root(settings: Settings) -> Path:
    return settings.data_dir / ROOT


def build_dir(settings: Settings, build_id: UUID | str) -> Path:
    return root(settings) / str(build_id)


def step_dir(settings: Settings, build_id: UUID | str, step_id: UUID | str) -> Path:
    return build_dir(settings, build_id) / str(step_id)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def listing(folder: Path) -> list[dict[str, Any]]:
    """Every regular file under the folder, by its relative path: [{path, size, sha256}] (links are left out:
    a step's output must not point the controller at a file outside it)."""
    if not folder.is_dir():
        return []
    found = []
    inside = folder.resolve()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.resolve().is_relative_to(inside):
            found.append({"path": path.relative_to(folder).as_posix(), "size": path.stat().st_size,
                          "sha256": _digest(path)})
    return found


def file_in(folder: Path, relative: str) -> Path | None:
    """The artifact's file if the path names a regular file inside the folder (no `..`, no link out), else None."""
    if not relative or relative.startswith("/") or "\\" in relative or "\x00" in relative:
        return None
    if any(part in ("", ".", "..") for part in relative.split("/")):
        return None
    candidate = folder / relative
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not resolved.is_relative_to(folder.resolve()) or not resolved.is_file() or candidate.is_symlink():
        return None
    return resolved


def prepare_step_dir(settings: Settings, build_id: UUID | str, step_id: UUID | str) -> Path:
    """The step's artifacts folder, made empty (private to the service's user)."""
    folder = step_dir(settings, build_id, step_id)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True, mode=0o700)
    for parent in (folder.parent, root(settings)):
        parent.chmod(0o700)
    return folder


def remove(settings: Settings, build_ids: list[UUID]) -> None:
    """Remove the artifacts of these builds (a project's older ones, see build_progress)."""
    for build_id in build_ids:
        shutil.rmtree(build_dir(settings, build_id), ignore_errors=True)
