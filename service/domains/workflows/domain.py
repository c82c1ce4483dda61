"""The workflows slice as the app sees it: the step images', the workflows' and the workflow builds' routers, the
build actions (prepare and step runs, whose ends move a build along), and its answer to the registries' event
(which registries its step images use)."""

from service.domains.domain import Domain
from service.domains.workflows import build_progress
from service.domains.workflows.api import builds, stepimages, workflows
from service.domains.workflows.build_actions import ACTIONS
from service.domains.workflows.hooks import HOOKS

DOMAIN = Domain(name="workflows", routers=(stepimages.router, workflows.router, workflows.single, builds.router,
                                           builds.single),
                actions=ACTIONS, hooks=HOOKS, started=(build_progress.resume,))
