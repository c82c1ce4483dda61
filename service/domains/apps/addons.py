"""An app's addons (Cloudron's): the databases its manifest asks for, made through the databases code as
databases owned by the app, each in its own guest; what the app's role is told about each (app_addons) and
their passwords (in the run's secrets only)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from service.auth.models import User
from service.config import Settings
from service.core.errors import Invalid
from service.domains.apps.models import App
from service.domains.databases import provisioning
from service.domains.databases.models import Database, DatabaseType
from service.domains.databases.operations import DatabaseSecrets
from service.domains.nodes.models import Node
from service.domains.projects.models import Environment, Project
from service.tasks import TaskEngine, locks
from service.tasks.models import Task

DATABASES = {"mysql": DatabaseType.MYSQL, "postgresql": DatabaseType.POSTGRESQL, "redis": DatabaseType.REDIS}
LOCAL_STORAGE = "/var/lib/containr/app"
OWNER = "app"


def chosen(manifest: dict[str, Any], choices: dict[str, str]) -> dict[str, str]:
    """Each addon of the manifest and the addon that serves it: itself, or an alternative the install chose
    (MediaWiki's mysql may be postgresql)."""
    addons: dict[str, dict[str, Any]] = manifest.get("addons") or {}
    for name in choices:
        if name not in addons:
            raise Invalid(f"The app has no addon {name!r} to choose for (it has: {', '.join(addons) or 'none'})",
                          details={"field": f"addonChoices.{name}"})
    used = {}
    for name, options in addons.items():
        choice = choices.get(name, name)
        allowed = [name, *((options or {}).get("alternatives") or [])]
        if choice not in allowed:
            raise Invalid(f"Addon {name} may be {' or '.join(allowed)}, not {choice!r}",
                          details={"field": f"addonChoices.{name}"})
        used[name] = choice
    return used


def _database_name(app: App, addon: str) -> str:
    base = re.sub(r"[^a-z0-9-]+", "-", (app.location or app.fqdn.split(".")[0]).lower()).strip("-")[:20] or "app"
    return f"{base}-{app.id.hex[:6]}-{addon}"


@dataclass(frozen=True)
class Made:
    databases: dict[str, Database]  # addon -> its database, recorded `provisioning`
    tasks: list[Task]
    prepared: list[provisioning.Prepared]

    async def discard(self) -> None:
        for prepared in self.prepared:
            await prepared.discard()

    def lock_keys(self) -> list[str]:
        """The app's install waits for these: each database's create run holds its database."""
        return [locks.resource_key("database", str(database.id)) for database in self.databases.values()]


async def make_databases(settings: Settings, boxes: DatabaseSecrets, made: Made, *, app: App, used: dict[str, str],
                         project: Project, environment: Environment, node: Node, user: User | None) -> None:
    """Record each database addon (owned by the app) `provisioning` with its guest; their runs start with
    launch_databases() once all are recorded. `made` grows as they are: when one is refused, the caller discards
    it (the ones recorded before go too)."""
    for kind in used.values():
        if kind not in DATABASES:
            continue
        spec = provisioning.Spec(name=_database_name(app, kind), type=DATABASES[kind], owner_type=OWNER,
                                 owner_id=str(app.id))
        one = await provisioning.prepare(settings, boxes, project=project, environment=environment, node=node,
                                         spec=spec, user=user)
        made.prepared.append(one)
        made.databases[kind] = one.database


async def launch_databases(engine: TaskEngine, settings: Settings, boxes: DatabaseSecrets, made: Made, *,
                           user: User | None) -> None:
    for prepared in made.prepared:
        made.tasks.append(await provisioning.launch(engine, settings, boxes, prepared, user=user))


async def databases_of(app: App) -> dict[str, Database]:
    ids = app.addon_databases or {}
    found = {str(d.id): d for d in await Database.filter(id__in=list(ids.values()))}
    return {kind: found[str(i)] for kind, i in ids.items() if str(i) in found}


def role_vars(used: dict[str, str], databases: dict[str, Database], *, sendmail: dict[str, Any] | None
              ) -> dict[str, dict[str, Any]]:
    """app_addons: what each addon gives the app's role, by the addon that serves it; no password."""
    given: dict[str, dict[str, Any]] = {}
    for kind in used.values():
        if kind in DATABASES:
            database = databases[kind]
            entry: dict[str, Any] = {"host": database.host, "port": database.port, "user": database.db_user}
            if kind != "redis":
                entry["database"] = database.db_name
            given[kind] = entry
        elif kind == "localstorage":
            given[kind] = {"path": LOCAL_STORAGE}
        elif kind == "sendmail" and sendmail is not None:
            given[kind] = {key: value for key, value in sendmail.items() if key != "password"}
    return given


def secrets(boxes: DatabaseSecrets, databases: dict[str, Database], *, sendmail: dict[str, Any] | None
            ) -> dict[str, dict[str, str]]:
    """The addons' passwords, for the run's environment only."""
    found = {kind: {"password": str(boxes.passwords.open(database.sealed_password))}
             for kind, database in databases.items()}
    if sendmail is not None and sendmail.get("password"):
        found["sendmail"] = {"password": str(sendmail["password"])}
    return found

