"""What the services slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# service=Service, user=User: the service's own delete route is about to delete it (the routes to it go first).
SERVICE_DELETING = "service.deleting"
