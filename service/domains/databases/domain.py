"""The databases slice as the app sees it: its router, the database actions, and the repair of databases a
stopped service left half-made or half-deleted."""

from service.domains.databases import actions, api, recovery
from service.domains.domain import Domain

DOMAIN = Domain(name="databases", routers=(api.router,),
                actions=(actions.DATABASE_CREATE, actions.DATABASE_DELETE, actions.DATABASE_POWER,
                         actions.DATABASE_ROTATE, actions.DATABASE_RESIZE),
                recovery=(recovery.fail_unstarted,))
