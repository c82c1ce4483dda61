"""Storages (seed 001 `/storages`): a team's S3-compatible buckets. Team members read them, team owners and
admins change them; keys are write-only: answers say only whether they are set."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, HooksDep, SettingsDep
from service.api.hooks import Hooks
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.storages import registry
from service.domains.storages.models import Storage
from service.domains.storages.schemas import StorageCreate, StorageOption, StorageOut, StorageUpdate

router = APIRouter(prefix="/storages", tags=["storages"])
SEEN = error_responses(401, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)


async def _outs(hooks: Hooks, storages: list[Storage]) -> list[StorageOut]:
    using = await registry.users(hooks, [s.id for s in storages])
    return [StorageOut(id=s.id, team_id=s.team_id, name=s.name, description=s.description, icon=s.icon, url=s.url,
                       access_key_set=s.sealed_access_key is not None,
                       secret_key_set=s.sealed_secret_key is not None, in_use=s.id in using,
                       created_by=s.created_by_id, created_at=s.created_at, updated_at=s.updated_at)
            for s in storages]


async def _out(hooks: Hooks, storage: Storage) -> StorageOut:
    return (await _outs(hooks, [storage]))[0]


@router.get("", response_model=Page[StorageOut], responses=error_responses(401, 422),
            summary="The storages of the caller's teams")
async def list_storages(user: CurrentUser, paging: PagingDep, hooks: HooksDep,
                        team_id: UUID | None = Query(default=None, alias="teamId")) -> Page[StorageOut]:
    query = await registry.visible_storages(user, team_id=team_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page)
    return Page[StorageOut](items=await _outs(hooks, list(found)), total=total, page=paging.page,
                            per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=StorageOut, responses=CHANGE,
             summary="Add a storage (team owners and admins); its bucket is listed with its keys first")
async def create_storage(body: StorageCreate, user: CurrentUser, settings: SettingsDep,
                         hooks: HooksDep) -> StorageOut:
    """The bucket is listed (at most one key) with the keys before anything is recorded: keys the storage does
    not accept are a 422 naming `accessKey` or `secretKey`; no such bucket, or no answer, a 422 naming `url`.
    The keys are then sealed and never shown again."""
    storage = await registry.create_storage(settings, user, body=body)
    note(AuditTarget.of("storage", storage))
    return await _out(hooks, storage)


@router.get("/options", response_model=list[StorageOption], responses=error_responses(401, 422),
            summary="The id and name of each storage of the caller's teams (of one team with teamId)")
async def storage_options(user: CurrentUser,
                          team_id: UUID | None = Query(default=None, alias="teamId")) -> list[StorageOption]:
    query = await registry.visible_storages(user, team_id=team_id, search=None)
    return [StorageOption(id=s.id, name=s.name) for s in await query.order_by("name", "id")]


@router.get("/{storage_id}", response_model=StorageOut, responses=SEEN, summary="Get a storage")
async def get_storage(storage_id: UUID, user: CurrentUser, hooks: HooksDep) -> StorageOut:
    return await _out(hooks, await registry.visible_storage(storage_id, user))


@router.put("/{storage_id}", response_model=StorageOut, responses=CHANGE,
            summary="Change a storage (team owners and admins); a key left out is kept, a null one removed")
async def update_storage(storage_id: UUID, body: StorageUpdate, user: CurrentUser, settings: SettingsDep,
                         hooks: HooksDep) -> StorageOut:
    """A new url or key is checked with the bucket first, as when the storage was added."""
    storage = await registry.visible_storage(storage_id, user, manage=True)
    note(AuditTarget.of("storage", storage))
    return await _out(hooks, await registry.update_storage(settings, storage, body=body))


@router.delete("/{storage_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGE, summary="Delete a storage no deployment's volume uses (else 409 in_use)")
async def delete_storage(storage_id: UUID, user: CurrentUser, hooks: HooksDep) -> Response:
    storage = await registry.visible_storage(storage_id, user, manage=True)
    note(AuditTarget.of("storage", storage))
    await registry.delete_storage(hooks, storage)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
