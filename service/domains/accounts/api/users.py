"""Accounts, administered by the instance's administrators (Cloudron's users)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import AdminUser
from service.auth import users
from service.auth.models import UserRole
from service.auth.schemas import ActiveUpdate, PasswordSet, RoleUpdate, UserCreate, UserOut, UserUpdate
from service.core.audit import AuditTarget, note
from service.core.errors import Forbidden
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.accounts import registration

router = APIRouter(prefix="/users", tags=["users"])
ONE = error_responses(401, 403, 404, 422)


@router.get("", response_model=Page[UserOut], responses=error_responses(401, 403, 422), summary="List accounts")
async def list_users(_: AdminUser, paging: PagingDep) -> Page[UserOut]:
    found, total = await users.list_users(search=paging.search, page=paging.page, per_page=paging.per_page)
    return Page[UserOut](items=[UserOut.model_validate(u) for u in found], total=total, page=paging.page,
                         per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=UserOut,
             responses=error_responses(401, 403, 409, 422), summary="Create an account")
async def create_user(body: UserCreate, actor: AdminUser) -> UserOut:
    if body.role == "admin" and actor.role is not UserRole.OWNER:
        raise Forbidden("Only the owner may create administrators")
    user = await registration.create_user(username=body.username, email=str(body.email), password=body.password,
                                      display_name=body.display_name, role=body.role)
    return UserOut.model_validate(user)


@router.get("/{user_id}", response_model=UserOut, responses=ONE, summary="Get an account")
async def get_user(user_id: UUID, _: AdminUser) -> UserOut:
    return UserOut.model_validate(await users.get_user(user_id))


@router.put("/{user_id}", response_model=UserOut, responses=error_responses(401, 403, 404, 409, 422),
            summary="Change an account's display name or email")
async def update_user(user_id: UUID, body: UserUpdate, actor: AdminUser) -> UserOut:
    target = await users.get_user(user_id)
    updated = await users.update_user(actor, target, display_name=body.display_name,
                                      email=str(body.email) if body.email else None)
    return UserOut.model_validate(updated)


@router.delete("/{user_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=error_responses(401, 403, 404, 409, 422), summary="Delete an account")
async def delete_user(user_id: UUID, actor: AdminUser) -> Response:
    target = await users.get_user(user_id)
    note(AuditTarget.of("user", target))  # its name, while it is still there to read
    await users.delete_user(actor, target)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put("/{user_id}/role", response_model=UserOut, responses=error_responses(401, 403, 404, 409, 422),
            summary="Change a role (the owner only); `owner` transfers ownership")
async def set_role(user_id: UUID, body: RoleUpdate, actor: AdminUser) -> UserOut:
    updated = await users.set_role(actor, await users.get_user(user_id), UserRole(body.role))
    return UserOut.model_validate(updated)


@router.put("/{user_id}/active", response_model=UserOut, responses=error_responses(401, 403, 404, 409, 422),
            summary="Activate or deactivate an account (its logins and tokens stop working)")
async def set_active(user_id: UUID, body: ActiveUpdate, actor: AdminUser) -> UserOut:
    return UserOut.model_validate(await users.set_active(actor, await users.get_user(user_id), body.active))


@router.put("/{user_id}/password", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
            responses=ONE, summary="Set an account's password")
async def set_password(user_id: UUID, body: PasswordSet, actor: AdminUser) -> Response:
    await users.set_password(actor, await users.get_user(user_id), body.password)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
