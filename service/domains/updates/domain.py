"""The updates slice as the app sees it: its route, the update actions and the autoupdate jobs."""

from service.domains.domain import Domain
from service.domains.nodes.actions import APPS_UPDATE, BOX_UPDATE
from service.domains.updates import actions, api

DOMAIN = Domain(name="updates", routers=(api.router,), actions=(BOX_UPDATE, APPS_UPDATE),
                jobs=actions.JOBS)
