"""Platform guests' memory defaults (seed 002's settings/platform_config), administrators only."""

from __future__ import annotations

from fastapi import APIRouter, Request

from service.api.deps import AdminUser
from service.core.schemas import error_responses
from service.domains.platform import config
from service.domains.platform.schemas import PlatformConfig, PlatformConfigIn, PlatformConfigSaved

router = APIRouter(prefix="/settings/platform_config", tags=["settings"])


@router.get("", response_model=PlatformConfig, responses=error_responses(401, 403),
            summary="The memory defaults for new mysql, postgresql and mail guests (bytes, as Cloudron)")
async def get_platform_config(_: AdminUser) -> PlatformConfig:
    return await config.current()


@router.post("", response_model=PlatformConfigSaved, responses=error_responses(401, 403, 422),
             summary="Set the memory defaults for new guests of each platform service (the whole configuration); "
                     "applyToExisting also resizes the existing ones, answering their taskIds (mongodb: 422 "
                     "not_offered)")
async def set_platform_config(body: PlatformConfigIn, request: Request, user: AdminUser) -> PlatformConfigSaved:
    return await config.save(request.app.state, body, user=user)
