"""Groups of accounts, managed by instance administrators (Cloudron's groups)."""

from __future__ import annotations

from uuid import UUID

from tortoise.transactions import in_transaction

from service.auth.models import Group, User
from service.core.errors import Conflict, Invalid, NotFound, taken_on_duplicate


async def get_group(group_id: UUID) -> Group:
    group = await Group.get_or_none(id=group_id).prefetch_related("members")
    if group is None:
        raise NotFound(f"No group {group_id}")
    return group


async def _ensure_name_free(name: str, *, other_than: UUID | None = None) -> None:
    query = Group.filter(name__iexact=name)
    if other_than is not None:
        query = query.exclude(id=other_than)
    if await query.exists():
        raise Conflict(_taken(name), code="taken", details={"field": "name"})


def _taken(name: str) -> str:
    return f"A group named {name!r} already exists"


async def create_group(*, name: str, description: str) -> Group:
    await _ensure_name_free(name)
    with taken_on_duplicate(_taken(name), field="name"):
        group = await Group.create(name=name, description=description)
    return await get_group(group.id)


async def update_group(group: Group, *, name: str | None, description: str | None) -> Group:
    if name is not None and name != group.name:
        await _ensure_name_free(name, other_than=group.id)
        group.name = name
    if description is not None:
        group.description = description
    with taken_on_duplicate(_taken(group.name), field="name"):
        await group.save()
    return await get_group(group.id)


async def set_members(group: Group, user_ids: list[UUID]) -> Group:
    """Replace the members; every id must name an existing account, or nothing changes."""
    wanted = set(user_ids)
    users = await User.filter(id__in=list(wanted))
    missing = wanted - {user.id for user in users}
    if missing:
        raise Invalid("Unknown user ids", details={"field": "userIds", "unknown": sorted(map(str, missing))})
    async with in_transaction():
        await group.members.clear()
        if users:
            await group.members.add(*users)
    return await get_group(group.id)
