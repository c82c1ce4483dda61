"""The dashboard slice as the app sees it: its router."""

from service.domains.dashboard import api
from service.domains.domain import Domain

DOMAIN = Domain(name="dashboard", routers=(api.router,))
