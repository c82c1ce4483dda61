"""Starting a workflow build: every check first (the workflow, the node, the git provider), then the build
numbered in its project with each step snapshotted as the workflow has it now, and the prepare run of the
project's build guest on the node (its images' CAs as vars, their registries' credentials and a repository
token in the run's environment only). A build whose every step has `runsOn` needs no node: it runs at once.
A start refused or not started leaves nothing recorded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.compensate import undo_on_failure
from service.core.errors import Conflict, Invalid
from service.core.secrets import SecretBox
from service.domains.git import tokens as git_tokens
from service.domains.git.models import GitProvider
from service.domains.nodes.models import Node, NodeStatus
from service.domains.nodes.registry import connection_env, link_task
from service.domains.projects.models import Project
from service.domains.workflows import build_guest, build_progress
from service.domains.workflows.build_models import BuildState, WorkflowBuild, WorkflowBuildStep
from service.domains.workflows.build_schemas import BuildStart
from service.domains.workflows.build_steps import on_node, pulls
from service.domains.workflows.build_vars import GIT_TOKEN_ENV, PREPARE_RUN, REGISTRY_AUTH_ENV, BuildPrepareVars
from service.domains.workflows.models import StepImage, Workflow
from service.tasks import TaskEngine
from service.tasks.models import Task

NUMBER_TRIES = 5  # a concurrent start that took the same number: take the next


@dataclass(frozen=True)
class Started:
    build: WorkflowBuild
    task: Task | None


async def _workflow(project: Project, workflow_id: UUID) -> Workflow:
    workflow = await Workflow.get_or_none(id=workflow_id, project=project)
    if workflow is None:
        raise Invalid(f"No workflow {workflow_id} in the project", code="not_found", details={"field": "workflowId"})
    return workflow


async def _images(workflow: Workflow) -> dict[str, str]:
    """Each step's image reference now, by step name (an image deleted since is refused naming the workflow)."""
    ids = {step.get("stepImageId") for step in workflow.steps or []}
    found = {str(image.id): image.image_url for image in await StepImage.filter(id__in=[i for i in ids if i])}
    images = {}
    for step in workflow.steps or []:
        image = found.get(str(step.get("stepImageId")))
        if image is None:
            raise Invalid(f"Step {step.get('name')!r} names a step image that is gone: save the workflow again",
                          details={"field": "workflowId"})
        images[step["name"]] = image
    return images


async def _node(project: Project, node_id: UUID | None) -> Node:
    chosen = node_id or project.default_node_id
    if chosen is None:
        raise Invalid("A step runs on the node and the project has no default node: send nodeId",
                      details={"field": "nodeId"})
    node = await Node.get_or_none(id=chosen, team_id=project.team_id)
    if node is None:
        raise Invalid(f"No node {chosen} in the project's team", code="not_found", details={"field": "nodeId"})
    if node.status != NodeStatus.ONLINE:
        raise Conflict(f"Node {node.name} is {node.status}, not online", code="node_not_online",
                       details={"field": "nodeId"})
    return node


async def _provider(project: Project, provider_id: UUID | None) -> GitProvider | None:
    if provider_id is None:
        return None
    provider = await GitProvider.get_or_none(id=provider_id, team_id=project.team_id)
    if provider is None:
        raise Invalid(f"No git provider {provider_id} in the project's team", code="not_found",
                      details={"field": "gitProviderId"})
    return provider


def _spec(step: dict[str, Any]) -> dict[str, Any]:
    return {"imageSlug": step.get("imageSlug"), "dependsOn": list(step.get("dependsOn") or []),
            "runScript": step.get("runScript") or "", "cacheDirs": list(step.get("cacheDirs") or []),
            "outputPaths": list(step.get("outputPaths") or []), "env": dict(step.get("env") or {}),
            "timeoutSeconds": step.get("timeoutSeconds"), "runsOn": list(step.get("runsOn") or [])}


async def _record(project: Project, workflow: Workflow, images: dict[str, str], *, body: BuildStart,
                  node: Node | None, user: User | None, trigger: str) -> WorkflowBuild:
    """The build and its steps in one transaction, numbered after the project's last build."""
    for attempt in range(NUMBER_TRIES):
        last = await WorkflowBuild.filter(project=project).order_by("-number").first()
        try:
            async with in_transaction():
                build = await WorkflowBuild.create(
                    project=project, workflow=workflow, workflow_name=workflow.name,
                    number=(last.number if last else 0) + 1, node=node, repo_url=body.repo_url or "",
                    branch=body.branch or "", commit_hash=body.commit_hash or "",
                    commit_message=body.commit_message or "", commit_author=body.commit_author or "",
                    trigger=trigger, created_by=user)
                await WorkflowBuildStep.bulk_create([
                    WorkflowBuildStep(build=build, position=number, name=step["name"],
                                      image_url=images[step["name"]], spec=_spec(step))
                    for number, step in enumerate(workflow.steps or [])])
            return build
        except IntegrityError:
            if attempt == NUMBER_TRIES - 1:
                raise
    raise AssertionError("unreachable")


async def _keep(build: WorkflowBuild) -> list[str]:
    """The builds whose folders stay in the guest: this one and the project's others still under way there."""
    active = await WorkflowBuild.filter(project_id=build.project_id, node_id=build.node_id,
                                        status__in=[BuildState.PENDING, BuildState.RUNNING]).values_list("id",
                                                                                                        flat=True)
    return sorted({str(i) for i in active} | {str(build.id)})


async def _prepare(engine: TaskEngine, settings: Settings, box: SecretBox, *, build: WorkflowBuild,
                   project: Project, node: Node, provider: GitProvider | None, user: User | None) -> Task:
    host = await build_guest.ensure(settings, box, project=project, node=node)

    async def release() -> None:
        if host.allocation is not None:
            await host.allocation.release()

    async with undo_on_failure(release):
        steps = await WorkflowBuildStep.filter(build=build).order_by("position")
        images, auth = await pulls(settings, project.team_id, [s.image_url for s in steps if on_node(s)])
        defaults = node.defaults or {}
        params = BuildPrepareVars(
            **host.params, containr_ssh_private_key_file=ssh_keys.ensure_key(settings),
            guest_base_apt_proxy=str(defaults["apt_proxy"]).rstrip("/") if defaults.get("apt_proxy") else None,
            build_id=str(build.id), build_project_id=str(project.id), build_images=images,
            build_repo_url=build.repo_url, build_branch=build.branch, build_commit=build.commit_hash,
            build_git_username=git_tokens.git_username(provider) if provider is not None else "",
            build_keep=await _keep(build))
        env = {**connection_env(node, box), REGISTRY_AUTH_ENV: auth}
        if provider is not None:
            env[GIT_TOKEN_ENV] = await git_tokens.open_token(settings, provider.id)
        # Prepare runs of one guest take turns (the first makes it); the build's own run queues behind them.
        task = await catalogue.start(engine, settings, PREPARE_RUN, resource_id=str(build.id), params=params,
                                     user=user, secrets=env, locks=[build_guest.lock_key(host.guest)], queue=True)
    await link_task(node, task)
    return task


async def start(engine: TaskEngine, settings: Settings, box: SecretBox, *, project: Project, body: BuildStart,
                user: User | None, trigger: str = "api") -> Started:
    workflow = await _workflow(project, body.workflow_id)
    images = await _images(workflow)
    needs_node = any(not (step.get("runsOn") or []) for step in workflow.steps or [])
    node = await _node(project, body.node_id) if needs_node else None
    provider = await _provider(project, body.git_provider_id)
    build = await _record(project, workflow, images, body=body, node=node, user=user, trigger=trigger)
    if node is None:  # every step waits for an external runner: nothing to prepare
        await build_progress.begin(build)
        await build.refresh_from_db()
        return Started(build=build, task=None)
    async with undo_on_failure(lambda: WorkflowBuild.filter(id=build.id).delete()):
        task = await _prepare(engine, settings, box, build=build, project=project, node=node, provider=provider,
                              user=user)
    await WorkflowBuild.filter(id=build.id).update(task_id=task.id)
    build.task_id = task.id
    return Started(build=build, task=task)
