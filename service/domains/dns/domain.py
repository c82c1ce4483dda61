"""The DNS slice as the app sees it: the domains API, the DNS settings and the dynamic DNS job."""

from service.domains.dns import api, dynamic, settings_api
from service.domains.domain import Domain

DOMAIN = Domain(name="dns", routers=(api.router, settings_api.router), actions=(dynamic.DNS_APPLY,),
                jobs=dynamic.JOBS)
