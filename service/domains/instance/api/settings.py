"""Instance settings (administrators only), one resource per setting as Cloudron has them."""

from fastapi import APIRouter

from service.api.deps import AdminUser, SettingsBox
from service.core import smtp as mail
from service.core.schemas import error_responses
from service.core.settings_store import get_setting, set_setting
from service.domains.instance.schemas import RegistrationSetting, RegistrationUpdate, SmtpSetting, SmtpUpdate

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


@router.get("/smtp", response_model=SmtpSetting, responses=error_responses(401, 403),
            summary="How invitations are emailed (the password is never shown)")
async def get_smtp(_: AdminUser) -> SmtpSetting:
    return SmtpSetting(**mail.public_view(await get_setting(mail.SETTING)))


@router.put("/smtp", response_model=SmtpSetting, responses=error_responses(401, 403, 422),
            summary="Set the SMTP server that sends invitations; leave the password out to keep the stored one")
async def set_smtp(body: SmtpUpdate, _: AdminUser, box: SettingsBox) -> SmtpSetting:
    view = await mail.configure(box, host=body.host, port=body.port, tls=body.tls, username=body.username,
                                from_address=str(body.from_address) if body.from_address else None,
                                password=body.password, keep_password="password" not in body.model_fields_set)
    return SmtpSetting(**view)
