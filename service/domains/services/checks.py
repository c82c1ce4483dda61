"""What a service's create and change check against the records before anything is recorded, each refusal a 422
naming the field: links to databases of its environment, the fields its type allows, its git provider."""

from __future__ import annotations

from uuid import UUID

from service.core.errors import Invalid
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.git import tokens as git_tokens
from service.domains.services import schedule as cron
from service.domains.services.models import ServiceType


async def links(environment_id: UUID | None, wanted: list[UUID]) -> list[str]:
    """The ids, once each, in the order given: each a live database of the service's environment."""
    unique = list(dict.fromkeys(wanted))
    found = {d.id: d for d in await Database.filter(id__in=unique)} if unique else {}
    for database_id in unique:
        database = found.get(database_id)
        if database is None or environment_id is None or database.environment_id != environment_id:
            raise Invalid(f"No database {database_id} in the service's environment: a service links only to "
                          "databases of its own environment", details={"field": "links"})
        if database.status == DatabaseStatus.DELETING:
            raise Invalid(f"Database {database.name} is being deleted", details={"field": "links"})
    return [str(database_id) for database_id in unique]


def runtime(service_type: ServiceType, *, port: int | None, health_check_path: str | None,
            schedule: str | None, health_check_timeout: int | None = None) -> None:
    """A port and a health check are a web service's; a schedule is a cron service's, which needs one.
    Each argument is what the caller sent (None: not sent)."""
    if port is not None and service_type != ServiceType.WEB:
        raise Invalid(f"A {service_type} service listens on no port; only a web service has one",
                      details={"field": "port"})
    for value, field in ((health_check_path, "healthCheckPath"), (health_check_timeout, "healthCheckTimeout")):
        if value is not None and service_type != ServiceType.WEB:
            raise Invalid(f"A {service_type} service has no HTTP health check; only a web service is checked over "
                          "HTTP", details={"field": field})
    if service_type == ServiceType.CRON:
        if not schedule:
            raise Invalid("A cron service needs a schedule: five cron fields, such as '*/15 * * * *'",
                          details={"field": "schedule"})
        cron.on_calendar(schedule)
    elif schedule:
        raise Invalid(f"A {service_type} service runs all the time; only a cron service has a schedule",
                      details={"field": "schedule"})


async def provider(provider_id: UUID | None, team_id: UUID) -> UUID | None:
    """The provider's id if it is the team's (422 naming source.gitProviderId otherwise)."""
    if provider_id is None:
        return None
    return (await git_tokens.team_provider(provider_id, team_id)).id
