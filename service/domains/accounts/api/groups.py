"""Groups of accounts (Cloudron's groups), for instance administrators."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Response, status

from service.api.deps import AdminUser
from service.auth import groups
from service.auth.models import Group
from service.auth.schemas import GroupCreate, GroupMembers, GroupOut, GroupUpdate
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses

router = APIRouter(prefix="/groups", tags=["groups"])


def _out(group: Group) -> GroupOut:
    return GroupOut(id=group.id, name=group.name, description=group.description,
                    user_ids=sorted(member.id for member in group.members), created_at=group.created_at,
                    updated_at=group.updated_at)


@router.get("", response_model=Page[GroupOut], responses=error_responses(401, 403, 422), summary="List groups")
async def list_groups(_: AdminUser, paging: PagingDep) -> Page[GroupOut]:
    query = Group.filter(name__icontains=paging.search) if paging.search else Group.all()
    total = await query.count()
    found = await query.order_by("name").offset(paging.offset).limit(paging.per_page).prefetch_related("members")
    return Page[GroupOut](items=[_out(g) for g in found], total=total, page=paging.page, per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=GroupOut,
             responses=error_responses(401, 403, 409, 422), summary="Create a group")
async def create_group(body: GroupCreate, _: AdminUser) -> GroupOut:
    return _out(await groups.create_group(name=body.name, description=body.description))


@router.get("/{group_id}", response_model=GroupOut, responses=error_responses(401, 403, 404, 422),
            summary="Get a group")
async def get_group(group_id: UUID, _: AdminUser) -> GroupOut:
    return _out(await groups.get_group(group_id))


@router.put("/{group_id}", response_model=GroupOut, responses=error_responses(401, 403, 404, 409, 422),
            summary="Rename or describe a group")
async def update_group(group_id: UUID, body: GroupUpdate, _: AdminUser) -> GroupOut:
    group = await groups.get_group(group_id)
    return _out(await groups.update_group(group, name=body.name, description=body.description))


@router.delete("/{group_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=error_responses(401, 403, 404, 422), summary="Delete a group (its accounts stay)")
async def delete_group(group_id: UUID, _: AdminUser) -> Response:
    group = await groups.get_group(group_id)
    note(AuditTarget.of("group", group))
    await group.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put("/{group_id}/members", response_model=GroupOut, responses=error_responses(401, 403, 404, 422),
            summary="Replace a group's members")
async def set_members(group_id: UUID, body: GroupMembers, _: AdminUser) -> GroupOut:
    return _out(await groups.set_members(await groups.get_group(group_id), body.user_ids))
