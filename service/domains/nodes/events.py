"""What the nodes slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments: the slices whose resources live in guests answer for them without this one knowing them."""

from __future__ import annotations

# guest=Guest: a node's container route is about to start, stop, restart or destroy the guest. The slice that
# owns it (its resource_type) refuses with a Conflict: its own routes act on it and keep its record true.
GUEST_ACTING = "guest.acting"
