"""The images a registry holds and their tags, read through its v2 API with the stored credentials: the catalog
narrowed to the registry's image name prefix and a search, and a repository's tag list."""

from __future__ import annotations

from service.config import Settings
from service.core.errors import BadGateway, Conflict, NotFound
from service.domains.registries import pulling, v2client
from service.domains.registries.models import Registry, RegistryType

# Docker Hub and GitHub's registry answer no `_catalog` at all: their images are found on their own sites.
NO_CATALOG = {
    RegistryType.HUB: "Docker Hub lists no catalog: name the image (GET .../images/{name}/tags lists its tags)",
    RegistryType.GROUP: "Docker Hub lists no catalog: name the image (GET .../images/{name}/tags lists its tags)",
    RegistryType.GITHUB: "GitHub's registry lists no catalog: name the package (GET .../images/{name}/tags lists "
                         "its tags)",
}


def _access(settings: Settings, registry: Registry) -> v2client.Access:
    return v2client.Access(url=registry.url, user=registry.user, token=pulling.open_token(settings, registry),
                           ca_bundle=registry.ca_bundle)


def _failed(exc: v2client.RegistryError) -> BadGateway:
    if isinstance(exc, v2client.Refused):
        return BadGateway(f"{exc.message}: change the registry's token", code="registry_refused",
                          details={"registryStatus": exc.status})
    return BadGateway(exc.message, code="registry_unreachable", details={"registryStatus": exc.status})


async def images(settings: Settings, registry: Registry, *, search: str | None) -> list[str]:
    """The registry's repositories under its prefix whose path holds `search`, sorted; 409 `not_supported` for a
    registry without a catalog (or one it keeps from these credentials), 502 when the registry fails."""
    if registry.type in NO_CATALOG:
        raise Conflict(NO_CATALOG[registry.type], code="not_supported", details={"type": registry.type.value})
    try:
        async with v2client.V2Client(_access(settings, registry)) as client:
            found = await client.catalog()
    except v2client.NotSupported as exc:
        raise Conflict(f"{exc.message}: name the image (GET .../images/{{name}}/tags lists its tags)",
                       code="not_supported", details={"registryStatus": exc.status}) from exc
    except v2client.RegistryError as exc:
        raise _failed(exc) from exc
    prefix = registry.image_name_prefix.strip("/")
    if prefix:
        found = [name for name in found if name == prefix or name.startswith(prefix + "/")]
    if search:
        found = [name for name in found if search.lower() in name.lower()]
    return sorted(set(found))


async def tags(settings: Settings, registry: Registry, name: str) -> tuple[str, list[str]]:
    """The repository's path (under the registry's prefix) and its tags; 404 when the registry has no such one."""
    path = pulling.image_path(registry, name)
    try:
        async with v2client.V2Client(_access(settings, registry)) as client:
            found = await client.tags(path)
    except v2client.Missing as exc:
        raise NotFound(f"The registry has no image {path}", details={"field": "name"}) from exc
    except v2client.RegistryError as exc:
        raise _failed(exc) from exc
    return path, sorted(set(found))
