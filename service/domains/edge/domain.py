"""The edge slice as the app sees it: service domains, certificates and node edges, the edge and renewcerts
actions, the daily renewal, and the app's state for the runs its finish hooks start."""

from service.domains.domain import Domain
from service.domains.edge import actions, api, context, hooks, schedule

DOMAIN = Domain(name="edge", routers=(api.services_router, api.certificates_router, api.nodes_router,
                                        api.settings_router),
                actions=(actions.EDGE_APPLY, actions.RENEW_CERTS), jobs=schedule.JOBS, started=(context.remember,),
                hooks=hooks.HOOKS)
