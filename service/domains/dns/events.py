"""What the DNS slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# domain=Domain: the domain's delete route is about to delete it (a slice that still uses it refuses: 409).
DOMAIN_DELETING = "domain.deleting"
