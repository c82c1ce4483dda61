"""A service's names on the instance's domains: checked (the domain exists, the name is free, the service
listens on a port), recorded as routes, and applied to the node's edge in one run with their DNS records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from starlette.datastructures import State
from tortoise.transactions import in_transaction

from service.auth.models import User
from service.core.errors import Conflict, Invalid
from service.domains.dns.models import Domain, Route
from service.domains.dns.records import fqdn as make_fqdn
from service.domains.edge import applying
from service.domains.edge.models import Certificate, CertificateStatus
from service.domains.edge.schemas import CertificateOut, DomainPlace, RouteOut
from service.domains.services.models import Service, ServiceType
from service.tasks.models import Task

SERVICE = "service"


async def routes_of(service: Service) -> list[RouteOut]:
    routes = await Route.filter(resource_type=SERVICE, resource_id=str(service.id)).order_by("fqdn") \
        .prefetch_related("domain")
    return [RouteOut(location=route.location, domain=route.domain.domain, fqdn=route.fqdn,
                     url=f"https://{route.fqdn}") for route in routes]


async def _checked(service: Service, places: list[DomainPlace]) -> list[tuple[Domain, str, str]]:
    if places and (service.type != ServiceType.WEB):
        raise Invalid(f"Service {service.name} is a {service.type} service: only web services get domains",
                      details={"field": "domains"})
    wanted: list[tuple[Domain, str, str]] = []
    seen: set[str] = set()
    for index, place in enumerate(places):
        domain = await Domain.get_or_none(domain=place.domain.lower().rstrip("."))
        if domain is None:
            raise Invalid(f"No domain {place.domain!r}: add it under /domains first",
                          details={"field": f"domains.{index}.domain"})
        name = make_fqdn(place.location, domain.domain)
        if len(name) > 253:
            raise Invalid(f"{name} is longer than 253 characters", details={"field": f"domains.{index}.location"})
        if name in seen:
            raise Invalid(f"{name} is given twice", details={"field": f"domains.{index}.location"})
        seen.add(name)
        taken = await Route.get_or_none(fqdn=name)
        if taken is not None and (taken.resource_type, taken.resource_id) != (SERVICE, str(service.id)):
            raise Conflict(f"{name} is in use by another {taken.resource_type}", code="taken",
                           details={"field": f"domains.{index}.location"})
        wanted.append((domain, place.location, name))
    return wanted


async def set_domains(state: State, service: Service, places: list[DomainPlace], *, user: User
                      ) -> Task | None:
    """Record the service's names and apply its node's edge; None when nothing changed."""
    wanted = await _checked(service, places)
    old = await Route.filter(resource_type=SERVICE, resource_id=str(service.id)).prefetch_related("domain")
    if {route.fqdn for route in old} == {name for _, _, name in wanted}:
        return None
    if wanted and (not service.host or not service.port):
        raise Conflict(f"Service {service.name} has no address and port yet: wait for its first deploy",
                       code="not_deployed", details={"field": "domains"})
    node = await service.node
    edge = await applying.Edge.get_or_none(node=node)
    if edge is not None and (busy := await applying.busy(edge)) is not None:
        raise Conflict(f"The edge of node {node.name} is busy with task {busy}", code="busy",
                       details={"taskId": busy})
    kept = {name for _, _, name in wanted}
    removed = [(route.domain, route.fqdn) for route in old if route.fqdn not in kept]
    async with in_transaction():
        await Route.filter(resource_type=SERVICE, resource_id=str(service.id)).delete()
        for domain, location, name in wanted:
            await Route.create(fqdn=name, location=location, domain=domain, node=node, resource_type=SERVICE,
                               resource_id=str(service.id))
    try:
        return await applying.apply(state, node, user=user, removed=removed)
    except BaseException:
        async with in_transaction():  # nothing recorded when the run does not start
            await Route.filter(resource_type=SERVICE, resource_id=str(service.id)).delete()
            for route in old:
                await Route.create(fqdn=route.fqdn, location=route.location, domain=route.domain, node_id=node.id,
                                   resource_type=SERVICE, resource_id=str(service.id))
        raise


def certificate_out(cert: Certificate, domain: str, *, window_days: int) -> CertificateOut:
    now = datetime.now(UTC)
    if cert.status == CertificateStatus.FAILED:
        status = "failed"
    elif cert.not_after is None:
        status = "pending"
    elif cert.not_after <= now:
        status = "expired"
    elif cert.not_after <= now + timedelta(days=window_days):
        status = "expiring"
    else:
        status = "valid"
    return CertificateOut(id=str(cert.id), name=cert.name, fqdns=list(cert.fqdns), domain=domain,
                          challenge=cert.challenge.value, status=status, issuer=cert.issuer, serial=cert.serial,
                          not_before=cert.not_before, not_after=cert.not_after, last_error=cert.last_error,
                          renewed_at=cert.renewed_at)
