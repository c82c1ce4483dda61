"""The workflows slice's answers to events of the slices below it: which registries its step images are pulled
through (the team's registry of the image's host), so that a registry is not deleted from under them."""

from __future__ import annotations

from uuid import UUID

from starlette.datastructures import State

from service.core.errors import Invalid
from service.domains.registries import pulling
from service.domains.registries.events import REGISTRY_USERS
from service.domains.registries.models import Registry
from service.domains.workflows.models import StepImage
from service.domains.workflows.stepimages import parse


async def registry_users(state: State, *, registry_ids: list[UUID], users: dict[UUID, list[str]]) -> None:
    registries = await Registry.filter(id__in=registry_ids)
    teams = {registry.team_id for registry in registries}
    for image in await StepImage.filter(team_id__in=list(teams)).order_by("slug"):
        try:
            host = parse(image.image_url).host
        except Invalid:  # saved before a stricter reading: it names no registry of ours
            continue
        for registry in registries:
            if registry.team_id == image.team_id and host in (pulling.reference_host(registry),
                                                               pulling.api_host(registry)):
                users.setdefault(registry.id, []).append(f"step image {image.slug}")


HOOKS = {REGISTRY_USERS: registry_users}
