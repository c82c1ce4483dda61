"""Finding databases the caller may see, with the project role each action needs, and their public facts."""

from __future__ import annotations

from urllib.parse import quote
from uuid import UUID

from tortoise.queryset import QuerySet

from service.auth.models import User
from service.core.errors import Conflict, NotFound
from service.domains.databases.models import Database, DatabaseType
from service.domains.databases.schemas import DatabaseOut, Owner, Resources
from service.domains.databases.versions import URL_SCHEMES
from service.domains.projects import access as projects
from service.domains.projects.models import ProjectRole


async def visible_database(database_id: UUID, user: User, *, at_least: ProjectRole) -> Database:
    """The database if the caller may see its project (else 404) with at least the given role (else 403).

    A database whose project is gone (it is being deleted) is seen by instance admins only."""
    database = await Database.get_or_none(id=database_id)
    if database is None or (database.project_id is None and not user.is_admin):
        raise NotFound(f"No database {database_id}")
    if database.project_id is not None:
        try:
            await projects.visible_project(database.project_id, user, at_least=at_least)
        except NotFound:
            raise NotFound(f"No database {database_id}") from None
    return database


def gone(database: Database) -> Conflict:
    return Conflict(f"Database {database.name} is being deleted with its project", code="database_deleting")


async def visible_databases(user: User, *, project_id: UUID | None, environment_id: UUID | None,
                            database_type: DatabaseType | None, search: str | None) -> QuerySet[Database]:
    query = await projects.in_visible_projects(Database, user, project_id=project_id)
    if environment_id is not None:
        query = query.filter(environment_id=environment_id)
    if database_type is not None:
        query = query.filter(type=database_type)
    if search:
        query = query.filter(name__icontains=search)
    return query


def connection_url(database: Database, password: str | None = None) -> str | None:
    """scheme://user[:password]@host:port/database; None until the server's address is known."""
    if not database.host or not database.port:
        return None
    secret = f":{quote(password, safe='')}" if password is not None else ""
    path = "0" if database.type == DatabaseType.REDIS else database.db_name
    return (f"{URL_SCHEMES[DatabaseType(database.type)]}://{quote(database.db_user, safe='')}{secret}"
            f"@{database.host}:{database.port}/{path}")


# What out() reads besides the row itself: fetch these first (prefetch_related for a list, fetch_related for one).
RELATED = ("guest", "project", "environment", "node")


def out(database: Database) -> DatabaseOut:
    """The public facts (no password), with the names of its project, environment and node (RELATED fetched)."""
    guest = database.guest if database.guest_id else None
    return DatabaseOut(
        id=database.id, project_id=database.project_id, environment_id=database.environment_id, name=database.name,
        project_name=database.project.name if database.project_id else None,
        environment_name=database.environment.name if database.environment_id else None,
        node_name=database.node.name,
        type=database.type, status=database.status, status_message=database.status_message,
        version=database.server_version or database.version or None, host=database.host, port=database.port,
        database="0" if database.type == DatabaseType.REDIS else database.db_name, user=database.db_user,
        connection_url=connection_url(database), size=database.size, node_id=database.node_id,
        vmid=guest.vmid if guest is not None else None,
        resources=Resources(cores=database.cores, memory_mb=database.memory_mb, disk_gb=database.disk_gb),
        backups_enabled=database.backups_enabled, vzdump_backups=database.vzdump_backups, task_id=database.task_id,
        owner=Owner(type=database.owner_type, id=database.owner_id) if database.owner_type else None,
        created_at=database.created_at,
        updated_at=database.updated_at)
