"""The audit slice as the app sees it: the audit logs of the instance, teams and projects."""

from service.domains.audit import api, project_logs
from service.domains.domain import Domain

DOMAIN = Domain(name="audit", routers=(api.router, project_logs.router))
