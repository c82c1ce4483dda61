"""What the edge slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# names=list[str]: a renewcerts run issued certificates for these names (their keys are stored); the slices that
# serve one of them outside the edges (the mail server) apply it.
CERTIFICATES_ISSUED = "certificates.issued"

# routes=list[Route], upstreams=dict[str, Upstream] (service/domains/edge/upstreams.py): an apply of a node's edge
# asks where the routes of the slices above it go; each slice fills in its own routes' fqdns (a route left out is
# not served yet: its workload has no address).
ROUTE_UPSTREAMS = "edge.upstreams"
