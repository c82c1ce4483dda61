"""The git slice as the app sees it: its router."""

from service.domains.domain import Domain
from service.domains.git import api

DOMAIN = Domain(name="git", routers=(api.router,))
