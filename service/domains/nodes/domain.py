"""The nodes slice as the app sees it: its router and the node and guest actions."""

from service.domains.domain import Domain
from service.domains.nodes import actions, api

DOMAIN = Domain(name="nodes", routers=(api.router,),
                actions=(actions.NODE_CHECK, actions.GUEST_CREATE, actions.GUEST_DESTROY, actions.GUEST_POWER,
                         actions.GUEST_SNAPSHOT))
