"""Project icons: images recognised by their first bytes (never by name or declared type), kept in the database."""

from __future__ import annotations

from uuid import UUID

from service.core.errors import Invalid, NotFound, TooLarge
from service.core.images import image_type
from service.domains.projects.models import Project, ProjectIcon

MAX_BYTES = 1024 * 1024


def url(project_id: UUID) -> str:
    return f"/api/v1/projects/{project_id}/icon"


async def store(project: Project, data: bytes) -> ProjectIcon:
    """`data` may be one byte longer than allowed: that is how the caller tells us it did not fit."""
    if len(data) > MAX_BYTES:
        raise TooLarge(f"The icon may be at most {MAX_BYTES // 1024} KiB", details={"field": "file"})
    content_type = image_type(data)
    if content_type is None:
        raise Invalid("The icon must be a PNG, JPEG or WebP image", details={"field": "file"})
    icon, _ = await ProjectIcon.update_or_create(defaults={"content_type": content_type, "data": data},
                                                 project=project)
    return icon


async def load(project: Project) -> ProjectIcon:
    icon = await ProjectIcon.get_or_none(project=project)
    if icon is None:
        raise NotFound("This project has no icon")
    return icon


async def remove(project: Project) -> None:
    if not await ProjectIcon.filter(project=project).delete():
        raise NotFound("This project has no icon")


async def with_icons(project_ids: list[UUID]) -> set[UUID]:
    """Which of these projects have an icon, without reading any image."""
    return set(await ProjectIcon.filter(project_id__in=project_ids).values_list("project_id", flat=True))
