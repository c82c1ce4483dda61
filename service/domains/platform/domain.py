"""The platform slice as the app sees it: the platform configuration's route."""

from service.domains.domain import Domain
from service.domains.platform import api

DOMAIN = Domain(name="platform", routers=(api.router,))
