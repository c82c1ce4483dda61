"""Registries (seed 001 `/api/{teamSlug}/registries`, here `/api/v1/registries` with `teamId` as nodes have it):
a team's container registries, checked before they are saved, and the images and tags they hold. Tokens are
write-only: no answer holds one."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Path, Query, Response, status

from service.api.deps import CurrentUser, HooksDep, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.registries import images, pulling, records
from service.domains.registries.models import Registry
from service.domains.registries.schemas import ImageOut, ImageTags, RegistryCreate, RegistryOut, RegistryUpdate

router = APIRouter(prefix="/registries", tags=["registries"])
SEEN = error_responses(401, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)
READ_REGISTRY = error_responses(401, 404, 409, 422, 502)


def _out(registry: Registry, used_by: list[str]) -> RegistryOut:
    extra = registry.extra or {}
    details = {"url": registry.url, "user": registry.user, "has_token": registry.sealed_token is not None,
               "image_name_prefix": registry.image_name_prefix, "ca_bundle": registry.ca_bundle,
               "api_url": extra.get("apiUrl"), "namespace": extra.get("namespace")}
    return RegistryOut(
        id=registry.id, team_id=registry.team_id, type=registry.type, name=registry.name,
        description=registry.description, icon=registry.icon, url=registry.url,
        image_name_prefix=registry.image_name_prefix, details=details, in_use=bool(used_by), used_by=used_by,
        created_by=registry.created_by_id, created_at=registry.created_at, updated_at=registry.updated_at)


async def _one(registry: Registry, hooks: HooksDep) -> RegistryOut:
    return _out(registry, (await records.users(hooks, [registry.id])).get(registry.id) or [])


@router.get("", response_model=Page[RegistryOut], responses=error_responses(401, 422),
            summary="The registries of the caller's teams")
async def list_registries(user: CurrentUser, paging: PagingDep, hooks: HooksDep,
                          team_id: UUID | None = Query(default=None, alias="teamId")) -> Page[RegistryOut]:
    query = await records.visible_registries(user, team_id=team_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page)
    used = await records.users(hooks, [registry.id for registry in found])  # one event for the page
    return Page[RegistryOut](items=[_out(r, used.get(r.id) or []) for r in found], total=total, page=paging.page,
                             per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=RegistryOut, responses=CHANGE,
             summary="Add a registry (team owners and admins); it is checked with its credentials first")
async def create_registry(body: RegistryCreate, user: CurrentUser, settings: SettingsDep,
                          hooks: HooksDep) -> RegistryOut:
    """The registry's `/v2/` is asked with the credentials (Basic, or Docker's token authentication) before
    anything is recorded, except for type `unchecked`: refused credentials are a 422 naming `details.token`, no
    answer (or a TLS failure) a 422 naming `details.url`. The token is then sealed and never shown again."""
    registry = await records.create_registry(settings, user, body=body)
    note(AuditTarget.of("registry", registry))
    return await _one(registry, hooks)


@router.get("/{registry_id}", response_model=RegistryOut, responses=SEEN, summary="Get a registry")
async def get_registry(registry_id: UUID, user: CurrentUser, hooks: HooksDep) -> RegistryOut:
    return await _one(await records.visible_registry(registry_id, user), hooks)


@router.put("/{registry_id}", response_model=RegistryOut, responses=CHANGE,
            summary="Change a registry; the token is kept when left out, and a new connection is checked first")
async def update_registry(registry_id: UUID, body: RegistryUpdate, user: CurrentUser, settings: SettingsDep,
                          hooks: HooksDep) -> RegistryOut:
    registry = await records.visible_registry(registry_id, user, manage=True)
    await records.update_registry(settings, registry, body=body)
    return await _one(registry, hooks)


@router.delete("/{registry_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGE, summary="Forget a registry (refused with 409 in_use while images use it)")
async def delete_registry(registry_id: UUID, user: CurrentUser, hooks: HooksDep) -> Response:
    registry = await records.visible_registry(registry_id, user, manage=True)
    note(AuditTarget.of("registry", registry))
    await records.delete_registry(hooks, registry)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{registry_id}/images", response_model=Page[ImageOut], responses=READ_REGISTRY,
            summary="The images of the registry's catalog under its image name prefix")
async def list_images(registry_id: UUID, user: CurrentUser, settings: SettingsDep,
                      paging: PagingDep) -> Page[ImageOut]:
    """Read from the registry's `/v2/_catalog` now. Docker Hub and GitHub list no catalog (409 `not_supported`:
    name the image instead); the registry failing or refusing the stored token is a 502."""
    registry = await records.visible_registry(registry_id, user)
    found = await images.images(settings, registry, search=paging.search)
    page = found[paging.offset:paging.offset + paging.per_page]
    return Page[ImageOut](items=[ImageOut(name=name) for name in page], total=len(found), page=paging.page,
                          per_page=paging.per_page)


@router.get("/{registry_id}/images/{name:path}/tags", response_model=ImageTags, responses=READ_REGISTRY,
            summary="The tags of one of the registry's images")
async def list_tags(registry_id: UUID, user: CurrentUser, settings: SettingsDep,
                    name: str = Path(max_length=255, pattern=r"^[a-z0-9]+([._/-][a-z0-9]+)*$",
                                     description="The image's path, under the registry's prefix")) -> ImageTags:
    registry = await records.visible_registry(registry_id, user)
    path, found = await images.tags(settings, registry, name)
    return ImageTags(name=path, reference=f"{pulling.reference_host(registry)}/{path}", tags=found)
