"""What the services slice announces to the slices above it (service/api/hooks.py), with each event's keyword
arguments."""

from __future__ import annotations

# service=Service, user=User: the service's own delete route is about to delete it (the routes to it go first).
SERVICE_DELETING = "service.deleting"
# addons=list[str], service=Service | None (None at create): a create or a change asks for these addons (the
# service's whole list after it). A slice that gives an addon refuses one it cannot give now with a 409 naming the
# field `addons`, before anything is recorded.
SERVICE_ADDONS = "service.addons"
# service=Service, env=dict[str, str], user=User | None: a deploy's app environment is being built (every deploy:
# create, change, API build, webhook push, rollback), before its build is recorded or its run started. A slice
# adds the variables of the addons it gives (service.addons) to `env`, or refuses the deploy (a 409 naming
# `addons`); it may also take back what it gave for an addon the service no longer asks for.
SERVICE_ENVIRONMENT = "service.environment"
# service=Service, user=User | None: the service is going: its delete run has started, its record went at once
# (no guest), or a create that did not start took it back. What a slice keeps for it goes; an answer does not
# refuse (the service goes anyway), it logs what it could not undo.
SERVICE_GONE = "service.gone"
