"""The updates slice as the app sees it: the update actions and the autoupdate jobs."""

from service.domains.domain import Domain
from service.domains.updates import actions

DOMAIN = Domain(name="updates", actions=(actions.BOX_UPDATE, actions.APPS_UPDATE), jobs=actions.JOBS)
