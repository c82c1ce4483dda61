"""The deployments slice as the app sees it: deployments, their instances and token, the start and remove
actions, and its answers to the events of versions, projects and nodes."""

from service.domains.deployments.actions import ACTIONS
from service.domains.deployments.api import deployments, instances, tokens
from service.domains.deployments.hooks import HOOKS
from service.domains.deployments.models import Deployment
from service.domains.domain import Domain
from service.domains.events.task_events import resolver, task_teams

DOMAIN = Domain(name="deployments", routers=(deployments.router, instances.router, tokens.router),
                actions=ACTIONS, hooks={**HOOKS,
                       **task_teams({"deployment": resolver(Deployment, team="node__team_id", name="prefix")})})
