"""Versions of a project: the default, the rules of versionless projects, increase (a copy with its images) and
what a version's deployments (a slice above, through events) allow."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from service.api.hooks import Hooks
from service.auth.models import User
from service.core.errors import Conflict, NotFound, taken_on_duplicate
from service.domains.events import outbox
from service.domains.projects.models import Project, ProjectType
from service.domains.versions import events
from service.domains.versions.models import Image, Version, VersionType

# The one version a versionless project holds (dyrector names it so too).
ROLLING_NAME = "rolling"


@dataclass(frozen=True)
class Uses:
    """What a version's deployments allow (VERSION_DEPLOYMENTS), for the flags and the refusals."""

    deployments: dict[UUID, list[str]]
    deployed: dict[UUID, list[str]]


async def uses(hooks: Hooks, versions: list[Version]) -> Uses:
    found = Uses(deployments={}, deployed={})
    await hooks.fire(events.VERSION_DEPLOYMENTS, version_ids=[v.id for v in versions],
                     deployments=found.deployments, deployed=found.deployed)
    return found


def increasable(version: Version, children: set[UUID]) -> bool:
    return version.type is VersionType.INCREMENTAL and version.id not in children


def mutable(version: Version, found: Uses) -> bool:
    return version.type is VersionType.ROLLING or not found.deployed.get(version.id)


def deletable(version: Version, project: Project, found: Uses, *, count: int) -> bool:
    if found.deployments.get(version.id) or project.type is ProjectType.VERSIONLESS:
        return False
    return not (version.is_default and count > 1)


async def children_of(versions: list[Version]) -> set[UUID]:
    """The ids of the given versions that were increased already."""
    ids = [v.id for v in versions]
    return set(await Version.filter(parent_id__in=ids).values_list("parent_id", flat=True)) if ids else set()


async def get(project: Project, version_id: UUID) -> Version:
    version = await Version.get_or_none(id=version_id, project=project)
    if version is None:
        raise NotFound(f"No version {version_id} in project {project.name}")
    return version


def _taken(name: str) -> str:
    return f"The project already has a version named {name!r}"


async def _check_name(project: Project, name: str) -> None:
    if await Version.exists(project=project, name=name):
        raise Conflict(_taken(name), code="taken", details={"field": "name"})


async def copy_images(source: Version, target: Version) -> None:
    """The source's images with their configs, in their order."""
    for image in await Image.filter(version=source).order_by("order"):
        await Image.create(version=target, registry_id=image.registry_id, name=image.name, tag=image.tag,
                           order=image.order, config=image.config)


async def create(project: Project, *, name: str, type_: VersionType, changelog: str, user: User | None) -> Version:
    """A new version; the project's first becomes its default, later ones start with the default's images
    (dyrector: versions inherit the default's images). A versionless project has only its rolling version."""
    if project.type is ProjectType.VERSIONLESS and await Version.exists(project=project):
        raise Conflict("A versionless project has one rolling version: convert the project to add versions",
                       code="versionless", details={"field": "projectId"})
    await _check_name(project, name)
    default = await Version.get_or_none(project=project, is_default=True)
    with taken_on_duplicate(_taken(name), field="name"):
        async with in_transaction() as conn:
            version = await Version.create(project=project, name=name, type=type_, changelog=changelog,
                                           is_default=default is None, created_by=user, updated_by=user)
            if default is not None:
                await copy_images(default, version)
            await _created(project, version, connection=conn)
    return version


async def _created(project: Project, version: Version, *, connection: BaseDBAsyncClient) -> None:
    data = {"projectId": str(project.id), "project": project.name, "type": version.type.value}
    if version.parent_id is not None:
        data["parentId"] = str(version.parent_id)
    await outbox.record("version.created", team_id=project.team_id, kind="version",  # type: ignore[attr-defined]
                        resource_id=version.id, name=version.name, data=data, connection=connection)


async def ensure_rolling(project: Project, user: User | None) -> None:
    """A versionless project's rolling version, made with the project (PROJECT_CREATED) or, for one made another
    way, when its versions are first asked for."""
    if project.type is ProjectType.VERSIONLESS and not await Version.exists(project=project):
        await create(project, name=ROLLING_NAME, type_=VersionType.ROLLING, changelog="", user=user)


async def update(version: Version, changes: dict, user: User) -> Version:
    name = changes.get("name", version.name)
    if name != version.name:
        await _check_name(await version.project, name)
    with taken_on_duplicate(_taken(name), field="name"):
        await version.update_from_dict(changes | {"updated_by": user}).save()
    return version


async def make_default(version: Version, user: User) -> Version:
    async with in_transaction():
        await Version.filter(project_id=version.project_id, is_default=True).update(is_default=False)
        version.is_default, version.updated_by = True, user
        await version.save()
    return version


async def delete(hooks: Hooks, project: Project, version: Version) -> None:
    found = await uses(hooks, [version])
    if held := found.deployments.get(version.id):
        raise Conflict(f"Version {version.name} has deployments: {', '.join(held)}", code="in_use",
                       details={"deployments": held})
    if project.type is ProjectType.VERSIONLESS:
        raise Conflict("A versionless project keeps its rolling version", code="versionless")
    if version.is_default and await Version.filter(project=project).count() > 1:
        raise Conflict("The default version goes last: make another version the default first", code="default")
    await version.delete()


async def increase(hooks: Hooks, project: Project, source: Version, *, name: str, changelog: str,
                   user: User) -> Version:
    """A new incremental version, child of the source, with the source's images and their configs."""
    if source.type is not VersionType.INCREMENTAL:
        raise Conflict("Only an incremental version increases; a rolling one changes in place", code="rolling")
    if await Version.exists(parent_id=source.id):
        raise Conflict(f"Version {source.name} was increased already: increase its newest child",
                       code="increased")
    await _check_name(project, name)
    with taken_on_duplicate(_taken(name), field="name"):
        async with in_transaction() as conn:
            copy = await Version.create(project=project, name=name, type=VersionType.INCREMENTAL,
                                        changelog=changelog, parent_id=source.id, created_by=user, updated_by=user)
            await copy_images(source, copy)
            await _created(project, copy, connection=conn)
    await hooks.fire(events.VERSION_INCREASED, source=source, copy=copy, user=user)
    return copy
