"""Images of a version: added from one of the team's registries by `name[:tag]`, their configs merged and checked
as a whole (what pydantic cannot see field by field), deleted, and put in a new deployment order."""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from pydantic import ValidationError
from tortoise.transactions import in_transaction

from service.core.errors import Conflict, Invalid, NotFound, validation_details
from service.domains.registries.models import Registry
from service.domains.storages.models import Storage
from service.domains.versions.config import ImageConfig, stored
from service.domains.versions.models import Image, Version

DEFAULT_TAG = "latest"


def split_ref(ref: str) -> tuple[str, str]:
    """`library/nginx:1.27` -> (`library/nginx`, `1.27`); no tag is `latest`, as `docker pull` takes it."""
    name, _, tag = ref.partition(":")
    return name, tag or DEFAULT_TAG


def _hostname(image_name: str) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", image_name.rsplit("/", 1)[-1].lower()).strip("-")[:50].strip("-")
    return base or "container"


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}-{n}"
    return candidate


async def _names(version: Version, *, besides: UUID | None = None) -> set[str]:
    images = await Image.filter(version=version).exclude(id=besides) if besides else await Image.filter(
        version=version)
    return {str((image.config or {}).get("name") or "") for image in images}


async def add(version: Version, team_id: UUID, batches: list[tuple[UUID, list[str]]]) -> list[Image]:
    """Each batch's images from its registry, appended in the order given; nothing is added if one is refused."""
    registries: dict[UUID, Registry] = {}
    for index, (registry_id, _) in enumerate(batches):
        registry = await Registry.get_or_none(id=registry_id, team_id=team_id)
        if registry is None:
            raise Invalid(f"No registry {registry_id} in the project's team", details={"field": f"{index}.registryId"})
        registries[registry_id] = registry
    names = await _names(version)
    last = await Image.filter(version=version).order_by("-order").first()
    order = last.order + 1 if last else 0
    made: list[Image] = []
    async with in_transaction():
        for registry_id, refs in batches:
            for ref in refs:
                name, tag = split_ref(ref)
                container = _unique(_hostname(name), names)
                names.add(container)
                made.append(await Image.create(version=version, registry=registries[registry_id], name=name,
                                               tag=tag, order=order, config=stored(ImageConfig(name=container))))
                order += 1
    return made


async def get(version: Version, image_id: UUID) -> Image:
    image = await Image.get_or_none(id=image_id, version=version)
    if image is None:
        raise NotFound(f"No image {image_id} in version {version.name}")
    return image


def _merged(image: Image, given: dict[str, Any]) -> ImageConfig:
    try:
        return ImageConfig.model_validate({**(image.config or {}), **given})
    except ValidationError as exc:  # a stored field the given ones no longer agree with
        details = [{**d, "field": f"config.{d['field']}"} for d in validation_details(list(exc.errors()))]
        raise Invalid(f"Invalid {details[0]['field']}: {details[0]['message']}", details=details) from exc


def _duplicate(items: list[Any], attr: str, field: str, what: str) -> None:
    seen: set[Any] = set()
    for index, item in enumerate(items):
        value = getattr(item, attr)
        if value in seen:
            raise Invalid(f"{what} {value!r} is given twice", details={"field": f"config.{field}.{index}.{attr}"})
        seen.add(value)


async def check(config: ImageConfig, *, version: Version, image: Image, team_id: UUID) -> None:
    """What the fields say together: unique keys, names and paths, a reachable port for an exposed container, the
    team's storages, a container name of its own in the version."""
    _duplicate(config.environment, "key", "environment", "Variable")
    _duplicate(config.secrets, "key", "secrets", "Secret")
    env = {item.key for item in config.environment}
    for index, secret in enumerate(config.secrets):
        if secret.key in env:
            raise Invalid(f"{secret.key} is both a variable and a secret",
                          details={"field": f"config.secrets.{index}.key"})
    _duplicate(config.ports, "internal", "ports", "Port")
    _duplicate(config.volumes, "name", "volumes", "Volume")
    _duplicate(config.volumes, "path", "volumes", "Mount path")
    if config.network_mode == "none" and (config.ports or config.port_ranges or config.expose != "none"):
        raise Invalid("A container without a network (networkMode none) has no port to reach",
                      details={"field": "config.networkMode"})
    if config.expose != "none" and not config.ports:
        raise Invalid("An exposed container needs a port for the edge to route to (its first)",
                      details={"field": "config.ports"})
    for index, volume in enumerate(config.volumes):
        if volume.storage_id is not None and not await Storage.exists(id=volume.storage_id, team_id=team_id):
            raise Invalid(f"No storage {volume.storage_id} in the project's team",
                          details={"field": f"config.volumes.{index}.storageId"})
    if config.name is not None and config.name in await _names(version, besides=image.id):
        raise Conflict(f"Another image of version {version.name} runs as {config.name!r}", code="taken",
                       details={"field": "config.name"})


async def patch(image: Image, *, version: Version, team_id: UUID, tag: str | None,
                config: dict[str, Any] | None) -> Image:
    if config is not None:
        merged = _merged(image, config)
        await check(merged, version=version, image=image, team_id=team_id)
        image.config = stored(merged)
    if tag is not None:
        image.tag = tag
    await image.save()
    return image


async def delete(image: Image) -> None:
    """The image goes; those after it move up, so that the order stays 0..n-1."""
    async with in_transaction():
        await image.delete()
        for index, rest in enumerate(await Image.filter(version_id=image.version_id).order_by("order")):
            if rest.order != index:
                rest.order = index
                await rest.save(update_fields=["order"])


async def reorder(version: Version, ids: list[UUID]) -> list[Image]:
    images = {image.id: image for image in await Image.filter(version=version)}
    if len(set(ids)) != len(ids) or set(ids) != set(images):
        raise Invalid("Give every image of the version once, in the new order", details={"field": "body"})
    async with in_transaction():
        for index, image_id in enumerate(ids):
            images[image_id].order = index
            await images[image_id].save(update_fields=["order"])
    return [images[image_id] for image_id in ids]
