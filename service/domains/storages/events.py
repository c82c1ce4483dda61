"""What the storages slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# storage_ids=list[UUID], users=dict[UUID, list[str]]: which of these storages are in use; a slice whose records
# name a storage (a version's volume) adds a short description of each to `users[storage_id]`. An answer that
# names a storage makes it `inUse` and refuses its deletion (409 `in_use`).
STORAGE_USERS = "storages.users"
