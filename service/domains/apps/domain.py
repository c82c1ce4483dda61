"""The apps slice as the app sees it: the app store and dyrector's templates."""

from service.domains.apps.api import appstore, templates
from service.domains.domain import Domain

DOMAIN = Domain(name="apps", routers=(appstore.router, templates.router))
