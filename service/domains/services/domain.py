"""The services slice as the app sees it: its routers, the service actions, and what it does when a project, an
environment or a guest it holds is deleted or acted on."""

from service.domains.domain import Domain
from service.domains.services import actions, api, builds_api, hooks, releases_api, webhooks_api

DOMAIN = Domain(name="services", routers=(api.project_router, builds_api.router, releases_api.router,
                                          webhooks_api.router, api.router),
                actions=(actions.SERVICE_DEPLOY, actions.SERVICE_POWER, actions.SERVICE_DELETE), hooks=hooks.HOOKS)
