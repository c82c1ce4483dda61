"""What the versions slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments: the deployments of a version live in a slice above this one, which answers these."""

from __future__ import annotations

# version_ids=list[UUID], deployments=dict[UUID, list[str]], deployed=dict[UUID, list[str]] (both filled by the
# hooks): a slice with deployments of these versions appends a short description of each to
# `deployments[version_id]` (a version with any is not deletable: 409 `in_use`) and, for those that have left
# `preparing`, to `deployed[version_id]` too (an incremental version deployed is no longer mutable: its images
# are frozen, 409 `immutable`; increase it instead).
VERSION_DEPLOYMENTS = "versions.deployments"
# source=Version, copy=Version, user=User: `increase` made the copy with the source's images and configs; a hook
# copies what it holds of the source into the copy (dyrector copies a version's deployments as `preparing` ones).
VERSION_INCREASED = "versions.increased"
