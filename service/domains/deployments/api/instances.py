"""A deployment's instances (seed 001 `/deployments/{id}/instances`): viewers read, project admins change the
config overrides and give the secrets' values (write-only)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter

from service.api.deps import CurrentUser, SettingsDep
from service.core.errors import Conflict
from service.core.schemas import error_responses
from service.domains.deployments import presenting, records
from service.domains.deployments.models import SETTLED
from service.domains.deployments.schemas import InstanceOut, InstancePatch, InstanceSecrets
from service.domains.projects.models import ProjectRole

router = APIRouter(prefix="/deployments/{deployment_id}/instances", tags=["deployments"])
SEEN = error_responses(401, 403, 404, 422)
CHANGED = error_responses(401, 403, 404, 409, 422)


@router.get("/{instance_id}", response_model=InstanceOut, responses=SEEN,
            summary="An instance: its image, the config it runs with and its container")
async def get_instance(deployment_id: UUID, instance_id: UUID, user: CurrentUser) -> InstanceOut:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.VIEWER)
    return presenting.instance_out(await records.instance_of(deployment, instance_id))


@router.patch("/{instance_id}", response_model=InstanceOut, responses=CHANGED,
              summary="Override the image's config for this deployment, and give secrets' values (`config.secrets`: "
                      "[{key, value}], write-only); the next start uses them")
async def patch_instance(deployment_id: UUID, instance_id: UUID, body: InstancePatch, user: CurrentUser,
                         settings: SettingsDep) -> InstanceOut:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.ADMIN)
    if deployment.status not in SETTLED:
        raise Conflict(f"Deployment {deployment.prefix} is {deployment.status.value}", code="busy")
    instance = await records.instance_of(deployment, instance_id)
    instance = await records.patch_instance(records.secrets_box(settings), instance, body.config)
    return presenting.instance_out(await records.instance_of(deployment, instance.id))


@router.get("/{instance_id}/secrets", response_model=InstanceSecrets, responses=SEEN,
            summary="Which secrets of the instance have a value (keys only: values are never shown)")
async def instance_secrets(deployment_id: UUID, instance_id: UUID, user: CurrentUser,
                           settings: SettingsDep) -> InstanceSecrets:
    deployment, _ = await records.visible(deployment_id, user, at_least=ProjectRole.VIEWER)
    instance = await records.instance_of(deployment, instance_id)
    config = records.merged_config(instance.image, instance.config or {})
    values = records.secret_values(records.secrets_box(settings), instance)
    name = instance.guest.hostname if instance.guest else f"{deployment.prefix}-{config.name or instance.image.name}"
    return InstanceSecrets(container={"prefix": deployment.prefix, "name": name},
                           keys=[s.key for s in config.secrets if values.get(s.key)])
