"""The events slice as the app sees it."""

from service.domains.domain import Domain
from service.domains.events import api, task_events

DOMAIN = Domain(name="events", routers=(api.router,), engine_ready=(task_events.install,))
