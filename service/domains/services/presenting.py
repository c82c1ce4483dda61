"""Services as the API shows them: the lists a caller may see, and each service's public facts (its variables'
names, never their values nor its webhook secret)."""

from __future__ import annotations

from uuid import UUID

from tortoise.queryset import QuerySet

from service.auth.models import User
from service.domains.dns.models import Route
from service.domains.projects import access as projects
from service.domains.services.actions import links_digest
from service.domains.services.models import Release, Service, ServiceType
from service.domains.services.schemas import (
    BuildConfigOut,
    ReleaseRef,
    ResourcesOut,
    ServiceDomainOut,
    ServiceOut,
    SourceOut,
)
from service.domains.services.secrets import ServiceSecrets

API_PREFIX = "/api/v1"


async def visible_services(user: User, *, project_id: UUID | None, environment_id: UUID | None,
                           service_type: ServiceType | None, search: str | None) -> QuerySet[Service]:
    query = await projects.in_visible_projects(Service, user, project_id=project_id)
    if environment_id is not None:
        query = query.filter(environment_id=environment_id)
    if service_type is not None:
        query = query.filter(type=service_type)
    if search:
        query = query.filter(name__icontains=search)
    return query


def url(service: Service) -> str | None:
    if service.type != ServiceType.WEB or not service.host or not service.port:
        return None
    return f"http://{service.host}:{service.port}"


async def out(service: Service, secrets: ServiceSecrets) -> ServiceOut:
    """The public facts; the guest must be fetched (prefetch_related / fetch_related)."""
    guest = service.guest if service.guest_id else None
    release = await Release.get_or_none(id=service.current_release_id) if service.current_release_id else None
    names = sorted(secrets.open_variables(service.sealed_variables))
    routes = await Route.filter(resource_type="service", resource_id=str(service.id)).order_by("fqdn") \
        .prefetch_related("domain")
    domains = [ServiceDomainOut(location=route.location, domain=route.domain.domain, fqdn=route.fqdn,
                                url=f"https://{route.fqdn}") for route in routes]
    return ServiceOut(
        id=service.id, project_id=service.project_id, environment_id=service.environment_id, name=service.name,
        type=service.type, status=service.status, status_message=service.status_message,
        source=SourceOut(type=service.source_type, repository=service.repository, branch=service.branch,
                         root_directory=service.root_directory, git_provider_id=service.git_provider_id,
                         dockerfile=service.dockerfile, image=service.image, registry_id=service.registry_id),
        build_config=BuildConfigOut(builder_type=service.builder_type, build_command=service.build_command,
                                    start_command=service.start_command,
                                    environment_variables=dict.fromkeys(names)),
        resources=ResourcesOut(cores=service.cores, memory_mb=service.memory_mb, disk_gb=service.disk_gb),
        port=service.port, health_check_path=service.health_check_path,
        health_check_timeout=service.health_check_timeout, schedule=service.schedule,
        links=[UUID(str(link)) for link in service.links or []], addons=list(service.addons or []),
        node_id=service.node_id,
        vmid=guest.vmid if guest is not None else None, host=service.host,
        url=domains[0].url if domains else url(service), domains=domains, stack=service.stack,
        current_release=ReleaseRef(id=release.id, commit_sha=release.commit_sha, image=release.image,
                                   build_id=release.build_id,
                                   deployed_at=release.deployed_at) if release is not None else None,
        needs_redeploy=release is not None and release.links_digest != await links_digest(service),
        webhook_url=f"{API_PREFIX}/services/{service.id}/webhook", task_id=service.task_id,
        created_at=service.created_at, updated_at=service.updated_at)
