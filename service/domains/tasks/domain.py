"""The tasks slice as the app sees it: Cloudron's task API over the engine's runs."""

from service.domains.domain import Domain
from service.domains.tasks import api

DOMAIN = Domain(name="tasks", routers=(api.router,))
