"""The teams slice as the app sees it."""

from service.domains.domain import Domain
from service.domains.teams import api

DOMAIN = Domain(name="teams", routers=(api.router,))
