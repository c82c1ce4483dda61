"""The databases slice as the app sees it: its routers (its own, and the versions a node offers), the database
actions, the repair of databases a stopped service left half-made or half-deleted, and what it does when a
project, an environment or a guest it holds is deleted, cloned or acted on."""

from service.domains.databases import actions, api, hooks, node_api, recovery
from service.domains.databases.models import Database
from service.domains.domain import Domain
from service.domains.events.task_events import resolver, task_teams

DOMAIN = Domain(name="databases", routers=(api.router, node_api.router),
                actions=(actions.DATABASE_CREATE, actions.DATABASE_DELETE, actions.DATABASE_POWER,
                         actions.DATABASE_ROTATE, actions.DATABASE_RESIZE),
                recovery=(recovery.fail_unstarted,), hooks={**hooks.HOOKS,
                       **task_teams({"database": resolver(Database, team="node__team_id")})})
