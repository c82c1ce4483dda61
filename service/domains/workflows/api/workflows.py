"""Workflows (seed 004 `/api/projects/{id}/workflows`, here under `/api/v1`, plus `/api/v1/workflows/{id}`):
a project's steps, validated as a DAG. Project members read, project admins change."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import CurrentUser, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.projects import access as projects
from service.domains.projects.models import Project, ProjectRole
from service.domains.workflows import records, triggers
from service.domains.workflows.models import Workflow
from service.domains.workflows.schemas import WorkflowCreated, WorkflowIn, WorkflowOut

router = APIRouter(prefix="/projects/{project_id}/workflows", tags=["workflows"])
single = APIRouter(prefix="/workflows", tags=["workflows"])
SEEN = error_responses(401, 403, 404, 422)
CHANGED = error_responses(401, 403, 404, 409, 422)
CHECKS = ("Refused with a 422 naming the field: a step name used twice (`steps.N.name`), a dependency on no step "
          "of the workflow or a cycle (`steps.N.dependsOn` of the step that closes it), an image that is neither "
          "the project's team's nor public (`steps.N.imageSlug`), a cache dir or output path that is not a safe "
          "relative path. A name the project has is a 409. `env` is plain configuration, not for secrets.")


@router.get("", response_model=Page[WorkflowOut], responses=SEEN, summary="The project's workflows")
async def list_workflows(project_id: UUID, user: CurrentUser, paging: PagingDep) -> Page[WorkflowOut]:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.VIEWER)
    query = Workflow.filter(project=project)
    if paging.search:
        query = query.filter(name__icontains=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page)
    return Page[WorkflowOut](items=[records.out(w) for w in found], total=total, page=paging.page,
                             per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=WorkflowCreated, responses=CHANGED,
             summary="Make a workflow (project admins): its trigger secret is shown this once",
             description=CHECKS + " A git provider of another team is a 422 (`gitProviderId`).")
async def create_workflow(project_id: UUID, body: WorkflowIn, user: CurrentUser,
                          settings: SettingsDep) -> WorkflowCreated:
    project, _ = await projects.visible_project(project_id, user, at_least=ProjectRole.ADMIN)
    secret, sealed = triggers.new_secret(settings)
    workflow = await records.create(project, user, body, sealed_trigger_secret=sealed)
    note(AuditTarget.of("workflow", workflow))
    return WorkflowCreated(**records.out(workflow).model_dump(), trigger_secret=secret)


async def _one(workflow_id: UUID, user: CurrentUser, *, at_least: ProjectRole) -> tuple[Project, Workflow]:
    workflow = await records.get(workflow_id)
    project, _ = await projects.visible_project(workflow.project_id, user, at_least=at_least)
    return project, workflow


@single.get("/{workflow_id}", response_model=WorkflowOut, responses=SEEN, summary="A workflow with its steps")
async def get_workflow(workflow_id: UUID, user: CurrentUser) -> WorkflowOut:
    _, workflow = await _one(workflow_id, user, at_least=ProjectRole.VIEWER)
    return records.out(workflow)


@single.put("/{workflow_id}", response_model=WorkflowOut, responses=CHANGED,
            summary="Replace a workflow's name and steps (project admins)", description=CHECKS)
async def update_workflow(workflow_id: UUID, body: WorkflowIn, user: CurrentUser) -> WorkflowOut:
    project, workflow = await _one(workflow_id, user, at_least=ProjectRole.ADMIN)
    return records.out(await records.update(workflow, project, body))


@single.delete("/{workflow_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGED, summary="Delete a workflow (project admins)")
async def delete_workflow(workflow_id: UUID, user: CurrentUser) -> Response:
    _, workflow = await _one(workflow_id, user, at_least=ProjectRole.ADMIN)
    note(AuditTarget.of("workflow", workflow))
    await workflow.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
