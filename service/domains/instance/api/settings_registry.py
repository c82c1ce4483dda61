"""The instance-wide default registry (seed 002's registry_config), administrators only."""

from __future__ import annotations

from fastapi import APIRouter

from service.api.deps import AdminUser, SettingsBox
from service.core.schemas import error_responses
from service.domains.instance import registry_config
from service.domains.instance.settings_schemas import RegistryConfigIn, RegistryConfigOut

router = APIRouter(prefix="/settings/registry_config", tags=["settings"])


@router.get("", response_model=RegistryConfigOut, responses=error_responses(401, 403),
            summary="The default registry images are pulled from with these credentials (password never shown)")
async def get_registry_config(_: AdminUser) -> RegistryConfigOut:
    return await registry_config.public()


@router.post("", response_model=RegistryConfigOut, responses=error_responses(401, 403, 422),
             summary="Set the default registry; the placeholder password keeps the stored one, an empty "
                     "serverAddress forgets the setting")
async def set_registry_config(body: RegistryConfigIn, _: AdminUser, box: SettingsBox) -> RegistryConfigOut:
    return await registry_config.save(box, body)
