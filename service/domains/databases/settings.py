"""Changes to a database that need no run: its name and its backup options."""

from __future__ import annotations

from service.core.errors import Conflict, taken_on_duplicate
from service.domains.databases.models import Database


async def set_backup_options(database: Database, *, backups_enabled: bool | None, vzdump_backups: bool | None) -> None:
    changes = {key: value for key, value in (("backups_enabled", backups_enabled), ("vzdump_backups", vzdump_backups))
               if value is not None and value != getattr(database, key)}
    if changes:
        await database.update_from_dict(changes).save(update_fields=[*changes, "updated_at"])


def _taken(name: str) -> str:
    return f"The environment already has a database named {name!r}"


async def check_name_free(database: Database, name: str) -> None:
    if name != database.name and await Database.exists(environment_id=database.environment_id, name=name):
        raise Conflict(_taken(name), code="taken", details={"field": "name"})


async def rename(database: Database, name: str) -> Database:
    if name != database.name:
        await check_name_free(database, name)
        database.name = name
        with taken_on_duplicate(_taken(name), field="name"):  # a concurrent create or rename won the name
            await database.save(update_fields=["name", "updated_at"])
    return database
