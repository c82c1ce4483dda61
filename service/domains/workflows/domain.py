"""The workflows slice as the app sees it: the step images', the workflows' and the workflow builds' routers, the
build actions (prepare and step runs, whose ends move a build along), and its answers to the registries' event
(which registries its step images use), a project's deletion (its build guests go) and a node's container
routes (a build guest is the builds'); every minute, runner steps that will not end by themselves end."""

from service.domains.domain import Domain
from service.domains.events.task_events import resolver, task_teams
from service.domains.workflows import build_progress, runner_watch
from service.domains.workflows.api import builds, runners, step_logs, stepimages, triggers, workflows
from service.domains.workflows.build_actions import ACTIONS
from service.domains.workflows.build_hooks import BUILD_HOOKS
from service.domains.workflows.build_models import WorkflowBuild, WorkflowBuildStep
from service.domains.workflows.build_vars import BUILD_RESOURCE, STEP_RESOURCE
from service.domains.workflows.hooks import HOOKS

DOMAIN = Domain(name="workflows", routers=(stepimages.router, workflows.router, workflows.single, builds.router,
                                           builds.single, runners.admin, runners.protocol, step_logs.router,
                                           triggers.router),
                actions=ACTIONS, hooks={**HOOKS, **BUILD_HOOKS, **task_teams({
                    BUILD_RESOURCE: resolver(WorkflowBuild, team="project__team_id", name="workflow_name"),
                    STEP_RESOURCE: resolver(WorkflowBuildStep, team="build__project__team_id")})},
                uploads=runners.UPLOADS,
                jobs=runner_watch.JOBS, started=(build_progress.resume,))
