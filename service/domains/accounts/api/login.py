"""Registration and login."""

from fastapi import APIRouter, Request, status

from service.api.deps import Issuer, SettingsBox
from service.auth import accounts
from service.auth.schemas import LoginRequest, RegisterRequest, TokenOut, UserOut
from service.core.audit import AuditTarget, note
from service.core.schemas import error_responses
from service.domains.accounts import ldap_login, registration

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED, response_model=UserOut,
             responses=error_responses(403, 404, 409, 422),
             summary="Create an account (the first one becomes the instance owner)")
async def register(body: RegisterRequest) -> UserOut:
    user = await registration.register(username=body.username, email=str(body.email), password=body.password,
                                   display_name=body.display_name, invite_token=body.invite_token)
    note(AuditTarget.of("user", user))
    return UserOut.model_validate(user)


@router.post("/login", response_model=TokenOut, responses=error_responses(401, 422, 429),
             summary="Exchange a username (or email) and password for an access token")
async def login(body: LoginRequest, issuer: Issuer, request: Request, box: SettingsBox) -> TokenOut:
    user = await accounts.authenticate(login=body.username, password=body.password,
                                       external=ldap_login.checker(box))
    request.state.user = user  # for the audit log
    note(AuditTarget.of("user", user))
    return TokenOut(access_token=issuer.issue(str(user.id)), expires_in=issuer.expiry_seconds,
                    user=UserOut.model_validate(user))
