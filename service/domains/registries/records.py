"""A team's registries: who sees and changes one, adding and changing one (checked with the registry first, its
token sealed), what uses one (asked of the slices above through an event) and forgetting one."""

from __future__ import annotations

from uuid import UUID

from tortoise.queryset import QuerySet

from service.api.hooks import Hooks
from service.auth.models import User
from service.config import Settings
from service.core.errors import Conflict, taken_on_duplicate
from service.domains.registries import checking, events, pulling
from service.domains.registries.models import Registry
from service.domains.registries.schemas import RegistryCreate, RegistryUpdate
from service.domains.teams import owned


async def visible_registry(registry_id: UUID, user: User, *, manage: bool = False) -> Registry:
    """The registry if the caller is in its team (else 404); `manage` needs a team owner or admin (else 403)."""
    registry = await Registry.get_or_none(id=registry_id)
    await owned.check_access(registry.team_id if registry else None, user, manage=manage,
                             missing=f"No registry {registry_id}")
    assert registry is not None
    return registry


async def visible_registries(user: User, *, team_id: UUID | None, search: str | None) -> QuerySet[Registry]:
    return await owned.visible(Registry.all(), user, team_id=team_id, search=search)


def _taken(name: str) -> str:
    return f"The team already has a registry named {name!r}"


async def users(hooks: Hooks, registry_ids: list[UUID]) -> dict[UUID, list[str]]:
    """What uses each registry, as the slices above answer the registries.users event."""
    found: dict[UUID, list[str]] = {}
    if registry_ids:
        await hooks.fire(events.REGISTRY_USERS, registry_ids=list(registry_ids), users=found)
    return found


async def create_registry(settings: Settings, user: User, *, body: RegistryCreate) -> Registry:
    """Check the registry with its credentials, then record it with its token sealed."""
    team_id = await owned.managed_team(body.team_id, user, adding="a registry")
    if await Registry.exists(team_id=team_id, name=body.name):
        raise Conflict(_taken(body.name), code="taken", details={"field": "name"})
    resolved = checking.resolve(body.type, body.details, token=body.details.token)
    await checking.check(body.type, resolved)
    with taken_on_duplicate(_taken(body.name), field="name"):
        return await Registry.create(
            team_id=team_id, name=body.name, description=body.description, icon=body.icon, type=body.type,
            url=resolved.url, user=resolved.user, image_name_prefix=resolved.image_name_prefix,
            sealed_token=pulling.seal_token(settings, resolved.token) if resolved.token else None,
            ca_bundle=resolved.ca_bundle, extra=resolved.extra, created_by=user)


async def update_registry(settings: Settings, registry: Registry, *, body: RegistryUpdate) -> None:
    """Change the registry; a token left out is kept (an empty one removes it). A change of the type, the address,
    the credentials or the CA is checked with the registry first, as a new one is."""
    if body.name != registry.name and await Registry.exists(team_id=registry.team_id, name=body.name):
        raise Conflict(_taken(body.name), code="taken", details={"field": "name"})
    kept = pulling.open_token(settings, registry)
    token = kept if body.details.token is None else body.details.token
    resolved = checking.resolve(body.type, body.details, token=token)
    connection = (registry.type, registry.url, registry.user, kept, registry.ca_bundle)
    if (body.type, resolved.url, resolved.user, resolved.token, resolved.ca_bundle) != connection:
        await checking.check(body.type, resolved)
    registry.update_from_dict({
        "name": body.name, "description": body.description, "icon": body.icon, "type": body.type,
        "url": resolved.url, "user": resolved.user, "image_name_prefix": resolved.image_name_prefix,
        "ca_bundle": resolved.ca_bundle, "extra": resolved.extra})
    if resolved.token != kept:
        registry.sealed_token = pulling.seal_token(settings, resolved.token) if resolved.token else None
    with taken_on_duplicate(_taken(body.name), field="name"):
        await registry.save()


async def delete_registry(hooks: Hooks, registry: Registry) -> None:
    """Forget the registry, unless something uses it (409 `in_use` naming what)."""
    using = (await users(hooks, [registry.id])).get(registry.id) or []
    if using:
        raise Conflict(f"The registry is in use by {', '.join(using[:5])}", code="in_use",
                       details={"usedBy": using})
    await registry.delete()
