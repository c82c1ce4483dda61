"""The registries slice as the app sees it: its router."""

from service.domains.domain import Domain
from service.domains.registries import api

DOMAIN = Domain(name="registries", routers=(api.router,))
