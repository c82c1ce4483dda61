"""The backups slice as the app sees it: its routers, the backup actions and the backup and cleanup jobs."""

from service.domains.backups import databases, platform, vzdump
from service.domains.backups.api import databases as databases_api
from service.domains.backups.api import platform as platform_api
from service.domains.domain import Domain

DOMAIN = Domain(name="backups", routers=(platform_api.router, databases_api.router),
                actions=(platform.PLATFORM_BACKUP, platform.CLEAN_BACKUPS, vzdump.GUEST_BACKUP,
                         databases.DATABASE_BACKUP, databases.DATABASE_RESTORE, databases.DATABASE_CLONE),
                jobs=platform.JOBS)
