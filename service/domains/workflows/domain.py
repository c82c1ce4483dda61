"""The workflows slice as the app sees it: the step images' and the workflows' routers."""

from service.domains.domain import Domain
from service.domains.workflows.api import stepimages, workflows

DOMAIN = Domain(name="workflows", routers=(stepimages.router, workflows.router, workflows.single))
