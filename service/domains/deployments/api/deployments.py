"""Deployments (seed 001 `/deployments`): project members with the viewer role read, project admins make, change,
start, copy and delete them."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import JSONResponse

from service.api.deps import CurrentUser, Engine, NodesBox, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.domains.deployments import presenting, records, removing, starting
from service.domains.deployments.models import Deployment, DeploymentStatus
from service.domains.deployments.schemas import (
    DeploymentCopy,
    DeploymentCreate,
    DeploymentDetail,
    DeploymentOut,
    DeploymentStart,
    DeploymentStarted,
    DeploymentUpdate,
    LogPage,
    Status,
)
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole

router = APIRouter(prefix="/deployments", tags=["deployments"])
SEEN = error_responses(401, 403, 404, 422)
CHANGED = error_responses(401, 403, 404, 409, 422)
RUN = error_responses(401, 403, 404, 409, 422, 502)


def _target(deployment: Deployment) -> AuditTarget:
    return AuditTarget(kind="deployment", id=str(deployment.id), name=deployment.prefix,
                       project_id=deployment.project_id)


@router.get("", response_model=Page[DeploymentOut], responses=SEEN,
            summary="The deployments of the projects the caller sees, the newest first")
async def list_deployments(user: CurrentUser, paging: PagingDep, team_id: Annotated[UUID | None, Query(
        alias="teamId")] = None, project_id: Annotated[UUID | None, Query(alias="projectId")] = None,
                           state: Annotated[Status | None, Query(alias="status")] = None) -> Page[DeploymentOut]:
    query = await projects.in_visible_projects(Deployment, user, project_id=project_id)
    if team_id is not None:
        query = query.filter(project__team_id=team_id)
    if state is not None:
        query = query.filter(status=DeploymentStatus(state))
    if paging.search:
        query = query.filter(prefix__icontains=paging.search)
    total = await query.count()
    found = await query.order_by("-created_at").offset(paging.offset).limit(paging.per_page)
    return Page[DeploymentOut](items=await presenting.summaries(found), total=total, page=paging.page,
                               per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=DeploymentOut, responses=CHANGED,
             summary="Make a deployment of a version on a node under a prefix (preparing: nothing runs yet); 409 "
                     "when another project, or this version, holds the prefix there")
async def create_deployment(body: DeploymentCreate, user: CurrentUser) -> DeploymentOut:
    deployment = await records.create(user, body)
    note(_target(deployment))
    return await presenting.summary(deployment)


@router.get("/{deployment_id}", response_model=DeploymentDetail, responses=SEEN,
            summary="A deployment with its environment and instances (their merged configs and containers)")
async def get_deployment(deployment_id: UUID, user: CurrentUser) -> DeploymentDetail:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.VIEWER)
    return await presenting.detail(deployment)


@router.patch("/{deployment_id}", response_model=DeploymentDetail, responses=CHANGED,
              summary="Change the note, the environment, or (while preparing) the prefix")
async def update_deployment(deployment_id: UUID, body: DeploymentUpdate, user: CurrentUser) -> DeploymentDetail:
    deployment, project = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    deployment = await records.update(deployment, project, body.model_dump(exclude_none=True, mode="json"), user)
    return await presenting.detail(deployment)


@router.delete("/{deployment_id}", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
               responses={204: {"description": "It had no container: it is gone"}, **RUN},
               summary="Delete a deployment: a run removes its containers, then the record goes (204 at once "
                       "when it never made one); 409 while it runs")
async def delete_deployment(deployment_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                            box: NodesBox) -> TaskCreated | Response:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    note(_target(deployment))
    task = await removing.remove(engine, settings, nodes_box=box, deployment=deployment, user=user)
    if task is None:
        return Response(status_code=status.HTTP_204_NO_CONTENT)
    return TaskCreated(task_id=task.id)


@router.post("/{deployment_id}/start", status_code=status.HTTP_202_ACCEPTED, response_model=DeploymentStarted,
             responses=RUN, summary="Deploy: pull each image onto the node and run its container (a task); the "
                                    "project's deployment under the same prefix is replaced once this one runs")
async def start_deployment(deployment_id: UUID, user: CurrentUser, engine: Engine, settings: SettingsDep,
                           box: NodesBox, body: DeploymentStart | None = None) -> DeploymentStarted:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    task = await starting.start(engine, settings, nodes_box=box, deployment=deployment, user=user,
                                only=body.instances if body else None)
    return DeploymentStarted(task_id=task.id, deployment=await presenting.summary(deployment))


@router.post("/{deployment_id}/copy", status_code=status.HTTP_201_CREATED, response_model=DeploymentOut,
             responses=CHANGED, summary="Copy a deployment (environment, instance overrides and secrets) to a "
                                        "node and prefix, preparing")
async def copy_deployment(deployment_id: UUID, body: DeploymentCopy, user: CurrentUser) -> DeploymentOut:
    deployment, project = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    made = await records.copy(deployment, project, body, user)
    note(_target(made))
    return await presenting.summary(made)


@router.get("/{deployment_id}/log", response_model=LogPage, responses=SEEN,
            summary="The deployment's event log: status changes, container states and each run's lines")
async def deployment_log(deployment_id: UUID, user: CurrentUser, engine: Engine,
                         skip: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
                         take: Annotated[int, Query(ge=1, le=1000)] = 100) -> LogPage | JSONResponse:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.VIEWER)
    items = await presenting.log_items(deployment, engine.logs)
    return LogPage(items=items[skip:skip + take], total=len(items))
