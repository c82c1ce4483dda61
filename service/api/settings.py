"""Instance settings (administrators only), one resource per setting as Cloudron has them."""

from fastapi import APIRouter

from service.api.deps import AdminUser
from service.schemas.common import error_responses
from service.schemas.settings import RegistrationSetting, RegistrationUpdate
from service.settings_store import get_setting, set_setting

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("/registration", response_model=RegistrationSetting, responses=error_responses(401, 403),
            summary="Whether anyone may register an account")
async def get_registration(_: AdminUser) -> RegistrationSetting:
    return RegistrationSetting(registration=await get_setting("registration"))


@router.put("/registration", response_model=RegistrationSetting, responses=error_responses(401, 403, 422),
            summary="Open or close self-service registration")
async def set_registration(body: RegistrationUpdate, _: AdminUser) -> RegistrationSetting:
    await set_setting("registration", body.registration)
    return RegistrationSetting(registration=body.registration)
