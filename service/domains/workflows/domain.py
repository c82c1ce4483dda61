"""The workflows slice as the app sees it: the step images' and the workflows' routers, and its answer to the
registries' event (which registries its step images use)."""

from service.domains.domain import Domain
from service.domains.workflows.api import stepimages, workflows
from service.domains.workflows.hooks import HOOKS

DOMAIN = Domain(name="workflows", routers=(stepimages.router, workflows.router, workflows.single), hooks=HOOKS)
