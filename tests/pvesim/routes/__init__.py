"""API handlers, one module per area; importing them registers their routes."""

from __future__ import annotations


def load_all() -> None:
    from . import cluster, lifecycle, lxc, oci, qemu, resize, snapshots, storage, tasks, upload  # noqa: F401
