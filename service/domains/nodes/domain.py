"""The nodes slice as the app sees it: its router and the node and guest actions."""

from service.domains.domain import Domain
from service.domains.events.task_events import resolver, task_teams
from service.domains.nodes import actions, api
from service.domains.nodes.models import Guest, Node

DOMAIN = Domain(name="nodes", routers=(api.router,),
                actions=(actions.NODE_CHECK, actions.GUEST_CREATE, actions.GUEST_DESTROY, actions.GUEST_POWER,
                         actions.GUEST_SNAPSHOT),
                hooks=task_teams({"node": resolver(Node, team="team_id"),
                                  "guest": resolver(Guest, team="node__team_id", name="hostname")}))
