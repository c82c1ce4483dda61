"""What a service's app finds in its environment: the environment's variables, then the service's own, then
one URL per linked database (with its password). Built for each deploy; it leaves the service only in the run's
environment (service_deploy.yml writes it to a root-only file in the guest)."""

from __future__ import annotations

import re

from service.domains.databases.models import Database
from service.domains.databases.queries import connection_url
from service.domains.projects.models import EnvVariable
from service.domains.services.models import Service
from service.domains.services.secrets import ServiceSecrets


def link_variable(database: Database, *, several: bool) -> str:
    """DATABASE_URL for a service's only link; <NAME>_URL (the database's name in capitals) for each of several."""
    return f"{re.sub(r'[^A-Z0-9]', '_', database.name.upper())}_URL" if several else "DATABASE_URL"


async def linked_databases(service: Service) -> list[Database]:
    return await Database.filter(id__in=service.links or []).order_by("name")


async def app_environment(service: Service, secrets: ServiceSecrets) -> dict[str, str]:
    values: dict[str, str] = {}
    if service.environment_id is not None:
        for variable in await EnvVariable.filter(environment_id=service.environment_id).order_by("key"):
            values[variable.key] = str(secrets.variables.open(variable.sealed_value))
    values.update(secrets.open_variables(service.sealed_variables))
    databases = await linked_databases(service)
    for database in databases:
        url = connection_url(database, str(secrets.passwords.open(database.sealed_password)))
        if url is not None:
            values[link_variable(database, several=len(databases) > 1)] = url
    return values
