"""Versions and images as the API shows them: the seed's audit object, the flags, the registry summary."""

from __future__ import annotations

from uuid import UUID

from service.auth.models import User
from service.domains.projects.models import Project
from service.domains.registries.models import Registry
from service.domains.versions import versions as versioning
from service.domains.versions.models import Image, Version
from service.domains.versions.schemas import Audit, ImageOut, RegistrySummary, VersionDetail, VersionOut


async def _usernames(versions: list[Version]) -> dict[UUID, str]:
    ids = {i for v in versions for i in (v.created_by_id, v.updated_by_id) if i is not None}
    return {u.id: u.username for u in await User.filter(id__in=ids)} if ids else {}


async def versions_out(project: Project, versions: list[Version], found: versioning.Uses) -> list[VersionOut]:
    names = await _usernames(versions)
    children = await versioning.children_of(versions)
    count = await Version.filter(project=project).count()
    counts: dict[UUID, int] = {}
    for version_id in await Image.filter(version_id__in=[v.id for v in versions]).values_list("version_id",
                                                                                              flat=True):
        counts[version_id] = counts.get(version_id, 0) + 1
    return [VersionOut(
        id=v.id, project_id=v.project_id, name=v.name, type=v.type.value, changelog=v.changelog,
        default=v.is_default, increasable=versioning.increasable(v, children),
        mutable=versioning.mutable(v, found), deletable=versioning.deletable(v, project, found, count=count),
        parent_id=v.parent_id, images_count=counts.get(v.id, 0),
        audit=Audit(created_at=v.created_at, created_by=names.get(v.created_by_id), updated_at=v.updated_at,
                    updated_by=names.get(v.updated_by_id))) for v in versions]


async def images_out(images: list[Image]) -> list[ImageOut]:
    ids = {image.registry_id for image in images}
    registries = {r.id: r for r in await Registry.filter(id__in=ids)} if ids else {}
    return [ImageOut(id=i.id, version_id=i.version_id, name=i.name, tag=i.tag, order=i.order,
                     registry=RegistrySummary(id=i.registry_id, name=registries[i.registry_id].name,
                                              type=registries[i.registry_id].type.value),
                     config=i.config, created_at=i.created_at, updated_at=i.updated_at) for i in images]


async def version_detail(project: Project, version: Version, found: versioning.Uses) -> VersionDetail:
    (summary,) = await versions_out(project, [version], found)
    images = await Image.filter(version=version).order_by("order")
    return VersionDetail(**summary.model_dump(), images=await images_out(images))
