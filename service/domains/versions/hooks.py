"""The versions slice's answers to events of the slices below it: a versionless project's rolling version, and
which registries and storages its images use (so that those are not deleted from under them)."""

from __future__ import annotations

from uuid import UUID

from starlette.datastructures import State

from service.auth.models import User
from service.domains.projects.events import PROJECT_CREATED
from service.domains.projects.models import Project
from service.domains.registries.events import REGISTRY_USERS
from service.domains.storages.events import STORAGE_USERS
from service.domains.storages.models import Storage
from service.domains.versions import versions as versioning
from service.domains.versions.models import Image


async def project_created(state: State, *, project: Project, user: User) -> None:
    await versioning.ensure_rolling(project, user)


def _user(image: Image) -> str:
    version = image.version
    return f"image {image.name}:{image.tag} of version {version.name} of project {version.project.name}"


async def registry_users(state: State, *, registry_ids: list[UUID], users: dict[UUID, list[str]]) -> None:
    for image in await Image.filter(registry_id__in=registry_ids).order_by("created_at").prefetch_related(
            "version__project"):
        users.setdefault(image.registry_id, []).append(_user(image))


async def storage_users(state: State, *, storage_ids: list[UUID], users: dict[UUID, list[str]]) -> None:
    asked = {str(i): i for i in storage_ids}
    teams = await Storage.filter(id__in=storage_ids).values_list("team_id", flat=True)
    # Volumes live in the images' config JSON: the candidates are the images of the storages' teams.
    for image in await Image.filter(version__project__team_id__in=list(teams)).order_by("created_at") \
            .prefetch_related("version__project"):
        named = {str(v.get("storageId")) for v in (image.config or {}).get("volumes") or [] if v.get("storageId")}
        for storage_id in named & set(asked):
            users.setdefault(asked[storage_id], []).append(_user(image))


HOOKS = {PROJECT_CREATED: project_created, REGISTRY_USERS: registry_users, STORAGE_USERS: storage_users}
