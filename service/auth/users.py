"""Instance administration of accounts: who may change whom, and the owner's protections."""

from __future__ import annotations

from uuid import UUID

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from service.auth.accounts import change_details
from service.auth.models import User, UserRole
from service.auth.passwords import hash_password
from service.core.errors import Conflict, Forbidden, NotFound


async def get_user(user_id: UUID) -> User:
    user = await User.get_or_none(id=user_id)
    if user is None:
        raise NotFound(f"No user {user_id}")
    return user


async def list_users(*, search: str | None, page: int, per_page: int) -> tuple[list[User], int]:
    query = User.all()
    if search:
        query = query.filter(Q(username__icontains=search) | Q(email__icontains=search)
                             | Q(display_name__icontains=search))
    total = await query.count()
    return await query.order_by("created_at", "username").offset((page - 1) * per_page).limit(per_page), total


def _may_manage(actor: User, target: User) -> None:
    """Admins manage users; only the owner manages admins; nobody but the owner touches the owner."""
    if actor.id == target.id:
        return
    if target.role is UserRole.OWNER or (target.role is UserRole.ADMIN and actor.role is not UserRole.OWNER):
        raise Forbidden(f"Only the owner may change the {target.role.value} {target.username}")


async def update_user(actor: User, target: User, *, display_name: str | None, email: str | None) -> User:
    _may_manage(actor, target)
    return await change_details(target, display_name=display_name, email=email)


async def set_password(actor: User, target: User, password: str) -> None:
    _may_manage(actor, target)
    target.password_hash = await hash_password(password)
    await target.save()


async def set_role(actor: User, target: User, role: UserRole) -> User:
    """Roles are the owner's to give. Making someone the owner transfers ownership: the old owner stays an
    admin, so the instance always has exactly one owner."""
    if actor.role is not UserRole.OWNER:
        raise Forbidden("Only the owner may change roles")
    if target.id == actor.id:
        if role is not UserRole.OWNER:
            raise Conflict("The owner keeps that role until ownership is transferred to someone else",
                           code="owner_required")
        return target
    if role is UserRole.OWNER:
        if not target.active:
            raise Conflict("A deactivated account cannot become the owner", code="inactive")
        async with in_transaction():
            actor.role = UserRole.ADMIN
            await actor.save()
            target.role = UserRole.OWNER
            await target.save()
        return target
    target.role = role
    await target.save()
    return target


async def set_active(actor: User, target: User, active: bool) -> User:
    if not active:
        if target.id == actor.id:
            raise Conflict("You cannot deactivate your own account", code="self")
        if target.role is UserRole.OWNER:
            raise Conflict("The owner cannot be deactivated; transfer ownership first", code="owner_required")
    _may_manage(actor, target)
    target.active = active
    await target.save()
    return target


async def delete_user(actor: User, target: User) -> None:
    if target.id == actor.id:
        raise Conflict("You cannot delete your own account", code="self")
    if target.role is UserRole.OWNER:
        raise Conflict("The owner cannot be deleted; transfer ownership first", code="owner_required")
    _may_manage(actor, target)
    await target.delete()
