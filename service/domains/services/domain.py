"""The services slice as the app sees it: its routers, the service actions, the repair of services and builds a
stopped service left half-started, and what it does when a project, an environment, a guest or a database it
holds or uses is deleted or acted on."""

from service.domains.domain import Domain
from service.domains.events.task_events import resolver, task_teams
from service.domains.services import (
    actions,
    api,
    builds_api,
    dockerfile_building,
    hooks,
    recovery,
    releases_api,
    webhooks_api,
)
from service.domains.services.models import Service

DOMAIN = Domain(name="services", routers=(api.project_router, builds_api.router, releases_api.router,
                                          webhooks_api.router, api.router),
                actions=(actions.SERVICE_DEPLOY, actions.SERVICE_POWER, actions.SERVICE_DELETE,
                         actions.SERVICE_IMAGE_DEPLOY, actions.SERVICE_IMAGE_POWER,
                         actions.SERVICE_DOCKERFILE_BUILD),
                recovery=(recovery.fail_unstarted,),
                hooks={**hooks.HOOKS, **task_teams({"service": resolver(Service, team="node__team_id")})},
                started=(dockerfile_building.remember,))
