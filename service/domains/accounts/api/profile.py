"""The caller's own profile."""

from fastapi import APIRouter

from service.api.deps import CurrentUser
from service.auth import accounts
from service.auth.schemas import ProfileReplace, ProfileUpdate, UserOut
from service.core.audit import AuditTarget, note
from service.core.schemas import error_responses

router = APIRouter(prefix="/user", tags=["profile"])


@router.get("/profile", response_model=UserOut, responses=error_responses(401), summary="Who am I")
async def get_profile(user: CurrentUser) -> UserOut:
    return UserOut.model_validate(user)


@router.patch("/profile", response_model=UserOut, responses=error_responses(401, 403, 409, 422),
              summary="Change display name, email or password (the last two need the current password)")
async def update_profile(body: ProfileUpdate, user: CurrentUser) -> UserOut:
    note(AuditTarget.of("user", user))
    updated = await accounts.update_profile(user, display_name=body.display_name,
                                            email=str(body.email) if body.email else None,
                                            password=body.password, current_password=body.current_password)
    return UserOut.model_validate(updated)


@router.put("/profile", response_model=UserOut, responses=error_responses(401, 403, 409, 422),
            summary="Change display name (`name`) or email, as seed 000 has it; email needs the current password")
async def replace_profile(body: ProfileReplace, user: CurrentUser) -> UserOut:
    note(AuditTarget.of("user", user))
    updated = await accounts.update_profile(user, display_name=body.name,
                                            email=str(body.email) if body.email else None,
                                            password=None, current_password=body.current_password)
    return UserOut.model_validate(updated)
