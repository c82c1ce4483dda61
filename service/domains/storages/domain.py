"""The storages slice as the app sees it: its router."""

from service.domains.domain import Domain
from service.domains.storages import api

DOMAIN = Domain(name="storages", routers=(api.router,))
