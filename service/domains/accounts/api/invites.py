"""Cloudron's create_invite (administrators) and the password reset that spends its token (no login)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Request, Response, status
from pydantic import Field

from service.api.deps import AdminUser, PublicBase, SettingsBox
from service.auth import users
from service.auth.schemas import Password
from service.core.audit import AuditTarget, note
from service.core.schemas import ApiModel, RequestModel, error_responses
from service.domains.accounts import invites

router = APIRouter(tags=["users"])


class InviteOut(ApiModel):
    reset_token: str = Field(description="Shown once: sets the account's password once, within 7 days")
    invite_link: str
    email_sent: bool
    email_error: str | None = None


class PasswordReset(RequestModel):
    reset_token: str = Field(min_length=1, max_length=128)
    password: Password


@router.post("/users/{user_id}/create_invite", response_model=InviteOut,
             responses=error_responses(401, 403, 404, 409, 422),
             summary="A new single-use link that sets the account's password (the previous one stops working)")
async def create_invite(user_id: UUID, actor: AdminUser, box: SettingsBox, base: PublicBase) -> InviteOut:
    target = await users.get_user(user_id)
    invite = await invites.create_invite(actor, target, box=box, base=base)
    return InviteOut(reset_token=invite.token, invite_link=invite.link, email_sent=invite.email_sent,
                     email_error=invite.email_error)


@router.post("/auth/password_reset", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
             responses=error_responses(409, 422), summary="Set a password with the token of an invite (once)")
async def password_reset(body: PasswordReset, request: Request) -> Response:
    user = await invites.reset_password(body.reset_token, body.password)
    request.state.user = user  # for the audit log
    note(AuditTarget.of("user", user))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
