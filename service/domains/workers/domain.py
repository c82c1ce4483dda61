"""The workers slice as the app sees it."""

from service.domains.domain import Domain
from service.domains.workers import api

DOMAIN = Domain(name="workers", routers=(api.router,))
