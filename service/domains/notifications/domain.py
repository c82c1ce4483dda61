"""The notifications slice as the app sees it: its routers and its delivery worker."""

from service.domains.domain import Domain
from service.domains.notifications import api, worker

DOMAIN = Domain(name="notifications", routers=(api.team_router, api.router), started=(worker.start,),
                stopping=(worker.stop,))
