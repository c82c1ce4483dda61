"""The instance slice as the app sees it: health, settings (name, avatar, unstable apps, default registry
included), schedule settings and the schedules."""

from service.domains.domain import Domain
from service.domains.instance import identity
from service.domains.instance.api import (
    health,
    schedule_settings,
    schedules,
    settings,
    settings_identity,
    settings_registry,
)

DOMAIN = Domain(name="instance", routers=(health.router, settings.router, settings_identity.router,
                                          settings_registry.router, schedule_settings.router, schedules.router),
                uploads=(settings_identity.UPLOAD,), started=(identity.remember,))
