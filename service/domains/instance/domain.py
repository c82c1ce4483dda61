"""The instance slice as the app sees it: health, settings, schedule settings and the schedules."""

from service.domains.domain import Domain
from service.domains.instance.api import health, schedule_settings, schedules, settings

DOMAIN = Domain(name="instance", routers=(health.router, settings.router, schedule_settings.router,
                                          schedules.router))
