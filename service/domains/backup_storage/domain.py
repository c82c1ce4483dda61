"""The backup storage slice as the app sees it: the backup configuration's settings routes."""

from service.domains.backup_storage import api
from service.domains.domain import Domain

DOMAIN = Domain(name="backup_storage", routers=(api.router,))
