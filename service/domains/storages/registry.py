"""A team's storages: who sees and changes one, adding and changing one (its bucket checked with its keys
first), which are in use (the slices above answer), and deleting one that is not."""

from __future__ import annotations

from uuid import UUID

from tortoise.queryset import QuerySet

from service.api.hooks import Hooks
from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict, Invalid, taken_on_duplicate
from service.domains.storages import access, checking
from service.domains.storages.events import STORAGE_USERS
from service.domains.storages.models import Storage
from service.domains.storages.schemas import StorageCreate, StorageUpdate
from service.domains.teams import owned


async def visible_storage(storage_id: UUID, user: User, *, manage: bool = False) -> Storage:
    """The storage if the caller is in its team (else 404); `manage` needs a team owner or admin (else 403)."""
    storage = await Storage.get_or_none(id=storage_id)
    await owned.check_access(storage.team_id if storage else None, user, manage=manage,
                             missing=f"No storage {storage_id}")
    assert storage is not None
    return storage


async def visible_storages(user: User, *, team_id: UUID | None, search: str | None) -> QuerySet[Storage]:
    return await owned.visible(Storage.all(), user, team_id=team_id, search=search)


def _taken(name: str) -> str:
    return owned.name_taken("storage", name)


async def _check_name(team_id: UUID, name: str, *, other_than: UUID | None = None) -> None:
    await owned.check_name_free(Storage, team_id=team_id, name=name, noun="storage", other_than=other_than)


def _both_keys(access_key: str | None, secret_key: str | None) -> None:
    # A bucket is read with both keys or with neither (a public bucket): one alone signs nothing.
    if access_key is None and secret_key is not None:
        raise Invalid("A secret key needs its access key (or give neither for a public bucket)",
                      details={"field": "accessKey"})
    if access_key is not None and secret_key is None:
        raise Invalid("An access key needs its secret key (or give neither for a public bucket)",
                      details={"field": "secretKey"})


async def create_storage(settings: Settings, user: User, *, body: StorageCreate) -> Storage:
    """Check the bucket with the keys, then record the storage with its keys sealed."""
    team_id = await owned.managed_team(body.team_id, user, adding="a storage")
    _both_keys(body.access_key, body.secret_key)
    await _check_name(team_id, body.name)
    await checking.check(access.StorageAccess(location=access.location(body.url), access_key=body.access_key,
                                              secret_key=body.secret_key))
    with taken_on_duplicate(_taken(body.name), field="name"):
        return await Storage.create(team_id=team_id, name=body.name, description=body.description, icon=body.icon,
                                    url=body.url, sealed_access_key=access.seal(settings, body.access_key),
                                    sealed_secret_key=access.seal(settings, body.secret_key), created_by=user)


async def update_storage(settings: Settings, storage: Storage, *, body: StorageUpdate) -> Storage:
    """Replace the storage's fields; a key left out is kept, a null one removed. A new url or key is checked with
    the bucket first."""
    await _check_name(storage.team_id, body.name, other_than=storage.id)
    current = access.opened(settings, storage)
    # Left out: kept; null: removed (a bucket read without keys); a value: replaced.
    given = body.model_fields_set
    access_key = body.access_key if "access_key" in given else current.access_key
    secret_key = body.secret_key if "secret_key" in given else current.secret_key
    _both_keys(access_key, secret_key)
    changed_keys = (access_key, secret_key) != (current.access_key, current.secret_key)
    if body.url != storage.url or changed_keys:
        await checking.check(access.StorageAccess(location=access.location(body.url), access_key=access_key,
                                                  secret_key=secret_key))
    storage.name, storage.description, storage.icon, storage.url = body.name, body.description, body.icon, body.url
    if changed_keys:
        storage.sealed_access_key = access.seal(settings, access_key)
        storage.sealed_secret_key = access.seal(settings, secret_key)
    with taken_on_duplicate(_taken(body.name), field="name"):
        await storage.save()
    return storage


async def users(hooks: Hooks, storage_ids: list[UUID]) -> dict[UUID, list[str]]:
    """What uses each storage, as the slices above describe it (a version's volume); absent when unused."""
    found: dict[UUID, list[str]] = {}
    if storage_ids:
        await hooks.fire(STORAGE_USERS, storage_ids=storage_ids, users=found)
    return {storage_id: names for storage_id, names in found.items() if names}


async def delete_storage(hooks: Hooks, storage: Storage) -> None:
    """Forget the storage unless something uses it (409 `in_use`, naming what does)."""
    using = (await users(hooks, [storage.id])).get(storage.id)
    if using:
        raise Conflict(f"Storage {storage.name!r} is in use by {', '.join(using[:5])}"
                       + (f" and {len(using) - 5} more" if len(using) > 5 else ""),
                       code="in_use", details={"usedBy": using})
    await storage.delete()
