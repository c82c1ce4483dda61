"""A deployment's token (seed 001 `/deployments/{id}/token`) and the trigger it authenticates: project admins
make and delete it; the trigger takes that token alone (no user session), so CI needs nothing else."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Response, status

from service.api.deps import CurrentUser, Engine, NodesBox, PublicBase, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.schemas import ErrorResponse, TaskCreated, error_responses
from service.domains.deployments import records, starting
from service.domains.deployments import tokens as deploy_tokens
from service.domains.deployments.models import DeploymentToken
from service.domains.deployments.schemas import TokenCreate, TokenCreated
from service.domains.projects.models import ProjectRole

router = APIRouter(prefix="/deployments/{deployment_id}", tags=["deployments"])
CHANGED = error_responses(401, 403, 404, 409, 422)


@router.put("/token", status_code=status.HTTP_201_CREATED, response_model=TokenCreated, responses=CHANGED,
            summary="Make the deployment's token (shown once, with a ready curl line); 409 while it has one")
async def create_token(deployment_id: UUID, body: TokenCreate, user: CurrentUser, base: PublicBase) -> TokenCreated:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    made, token = await deploy_tokens.create(deployment, name=body.name, days=body.expiration_in_days, user=user)
    return TokenCreated(id=made.id, name=made.name, created_at=made.created_at, expires_at=made.expires_at,
                        token=token, curl=deploy_tokens.curl_line(base, deployment, token))


@router.delete("/token", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=error_responses(401, 403, 404), summary="Delete the deployment's token")
async def delete_token(deployment_id: UUID, user: CurrentUser) -> Response:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    await DeploymentToken.filter(deployment=deployment).delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/trigger", status_code=status.HTTP_202_ACCEPTED, response_model=TaskCreated,
             responses={401: {"model": ErrorResponse, "description": "No, a wrong, or an expired deployment token"},
                        **error_responses(409, 422, 502)},
             openapi_extra={"security": [{"deploymentToken": []}]},
             summary="Start the deployment with its deployment token (the curl line's call)")
async def trigger(deployment_id: UUID, engine: Engine, settings: SettingsDep, box: NodesBox,
                  authorization: Annotated[str | None, Header(max_length=512)] = None) -> TaskCreated:
    deployment, token = await deploy_tokens.authenticate(deployment_id, authorization)
    note(AuditTarget(kind="deployment", id=str(deployment.id), name=deployment.prefix,
                     project_id=deployment.project_id))
    creator = await token.created_by if token.created_by_id else None
    task = await starting.start(engine, settings, nodes_box=box, deployment=deployment, user=creator)
    return TaskCreated(task_id=task.id)
