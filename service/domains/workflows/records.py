"""A project's workflows: validated as a whole (the DAG, the images the project's team may use) before anything
is recorded, stored with the images they use, changed and deleted."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from service.auth.models import User
from service.core.errors import Conflict, Invalid, NotFound, taken_on_duplicate
from service.domains.git.models import GitProvider
from service.domains.projects.models import Project
from service.domains.workflows import dag, stepimages
from service.domains.workflows.models import StepImage, Workflow, WorkflowImage
from service.domains.workflows.schemas import StepOut, WorkflowIn, WorkflowOut


async def _images(project: Project, body: WorkflowIn) -> dict[str, StepImage]:
    """The image each step names, one the project's team may use (its own or a public one), else a 422."""
    images = await stepimages.for_team(project.team_id, sorted({step.image_slug for step in body.steps}))
    for number, step in enumerate(body.steps):
        if step.image_slug not in images:
            raise Invalid(f"No step image {step.image_slug!r} in the project's team or public",
                          code="not_found", details={"field": f"steps.{number}.imageSlug"})
    return images


def _stored(body: WorkflowIn, images: dict[str, StepImage]) -> list[dict[str, Any]]:
    return [{"name": step.name, "imageSlug": step.image_slug, "stepImageId": str(images[step.image_slug].id),
             "dependsOn": list(dict.fromkeys(step.depends_on)), "runScript": step.run_script,
             "cacheDirs": step.cache_dirs, "outputPaths": step.output_paths, "env": step.env or {},
             "timeoutSeconds": step.timeout_seconds, "runsOn": list(dict.fromkeys(step.runs_on or []))}
            for step in body.steps]


async def _checked(project: Project, body: WorkflowIn) -> tuple[list[dict[str, Any]], set[UUID]]:
    dag.check(body.steps)
    images = await _images(project, body)
    return _stored(body, images), {image.id for image in images.values()}


def _taken(name: str) -> str:
    return f"The project already has a workflow named {name!r}"


async def _uses(workflow: Workflow, image_ids: set[UUID]) -> None:
    await WorkflowImage.filter(workflow=workflow).delete()
    await WorkflowImage.bulk_create([WorkflowImage(workflow=workflow, step_image_id=i) for i in sorted(image_ids)])


async def _provider_id(project: Project, body: WorkflowIn) -> UUID | None:
    """The git provider the body names, one of the project's team, else a 422."""
    if body.git_provider_id is None:
        return None
    if not await GitProvider.exists(id=body.git_provider_id, team_id=project.team_id):
        raise Invalid(f"No git provider {body.git_provider_id} in the project's team", code="not_found",
                      details={"field": "gitProviderId"})
    return body.git_provider_id


async def create(project: Project, user: User, body: WorkflowIn, *,
                 sealed_trigger_secret: str | None = None) -> Workflow:
    steps, image_ids = await _checked(project, body)
    provider_id = await _provider_id(project, body)
    if await Workflow.exists(project=project, name=body.name):
        raise Conflict(_taken(body.name), code="taken", details={"field": "name"})
    with taken_on_duplicate(_taken(body.name), field="name"):
        async with in_transaction():
            workflow = await Workflow.create(project=project, name=body.name, steps=steps, created_by=user,
                                             branch=body.branch or "", git_provider_id=provider_id,
                                             sealed_trigger_secret=sealed_trigger_secret)
            await _uses(workflow, image_ids)
    return workflow


async def update(workflow: Workflow, project: Project, body: WorkflowIn) -> Workflow:
    steps, image_ids = await _checked(project, body)
    provider_id = await _provider_id(project, body)
    if body.name != workflow.name and await Workflow.exists(project=project, name=body.name):
        raise Conflict(_taken(body.name), code="taken", details={"field": "name"})
    workflow.name, workflow.steps = body.name, steps
    # A replace that leaves out the trigger's branch or git provider keeps them (the steps' editors send neither).
    if "branch" in body.model_fields_set:
        workflow.branch = body.branch or ""
    if "git_provider_id" in body.model_fields_set:
        workflow.git_provider_id = provider_id
    with taken_on_duplicate(_taken(body.name), field="name"):
        async with in_transaction():
            await workflow.save()
            await _uses(workflow, image_ids)
    return workflow


async def get(workflow_id: UUID) -> Workflow:
    workflow = await Workflow.get_or_none(id=workflow_id)
    if workflow is None:
        raise NotFound(f"No workflow {workflow_id}")
    return workflow


def out(workflow: Workflow) -> WorkflowOut:
    return WorkflowOut(id=workflow.id, project_id=workflow.project_id, name=workflow.name,
                       steps=[StepOut.model_validate(step) for step in workflow.steps or []],
                       branch=workflow.branch, git_provider_id=workflow.git_provider_id,
                       has_trigger_secret=bool(workflow.sealed_trigger_secret),
                       created_at=workflow.created_at, updated_at=workflow.updated_at)
