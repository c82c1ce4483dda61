"""The deployments slice as the app sees it: deployments, their instances and token, the start and remove
actions, and its answers to the events of versions, projects and nodes."""

from service.domains.deployments.actions import ACTIONS
from service.domains.deployments.api import deployments, instances, tokens
from service.domains.deployments.hooks import HOOKS
from service.domains.domain import Domain

DOMAIN = Domain(name="deployments", routers=(deployments.router, instances.router, tokens.router),
                actions=ACTIONS, hooks=HOOKS)
