"""What the registries slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# registry_ids=list[UUID] (the registries asked about), users=dict[UUID, list[str]] (filled by the hooks): a slice
# whose records use a registry (a version's image) appends a short description of each user, e.g.
# `users.setdefault(registry_id, []).append("version 1.0 of project shop")`; a registry with users is `inUse`
# and its DELETE is refused with 409 `in_use`.
REGISTRY_USERS = "registries.users"
