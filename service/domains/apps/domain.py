"""The apps slice as the app sees it: the app store and dyrector's templates, the apps and their access
endpoints, the app actions, and its answers to the events of the slices below it (the edge's upstreams, a
project's deletion, the app's guest and databases acted on elsewhere)."""

from service.domains.apps import actions, backups, cloning, health, hooks, updating
from service.domains.apps.api import access, apps, appstore, templates
from service.domains.apps.api import backups as backups_api
from service.domains.apps.models import App
from service.domains.domain import Domain
from service.domains.events.task_events import resolver, task_teams

DOMAIN = Domain(name="apps", routers=(appstore.router, templates.router, access.router, apps.router,
                                      backups_api.router),
                actions=(actions.APP_INSTALL, actions.APP_POWER, actions.APP_UNINSTALL, actions.APP_SNAPSHOT,
                         backups.APP_BACKUP, backups.APP_RESTORE, cloning.APP_CLONE),
                hooks={**hooks.HOOKS, **task_teams({"app": resolver(App, team="node__team_id", name="fqdn")})},
                jobs=(*health.JOBS, *updating.JOBS))
