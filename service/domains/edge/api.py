"""The edge's API: a service's names (`PUT /services/{id}/domains`), the certificates and their renewal
(`renewcerts`), and a node's edge (its state, and applying it again)."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Request, status

from service.api.deps import AdminUser, CurrentUser, SchedulerDep
from service.core.audit import AuditTarget, note
from service.core.errors import Conflict, Invalid
from service.core.paging import PagingDep
from service.core.schemas import Page, TaskCreated, error_responses
from service.core.settings_store import get_setting, set_setting
from service.domains.edge import applying, renewal, routing
from service.domains.edge.models import Certificate, Edge
from service.domains.edge.schemas import (
    CertificateOut,
    EdgeOut,
    RenewalSettings,
    RenewalSettingsIn,
    RenewIn,
    ServiceDomainsIn,
    ServiceDomainsOut,
)
from service.domains.nodes.registry import visible_node
from service.domains.projects.models import ProjectRole
from service.domains.services.queries import visible_service

services_router = APIRouter(prefix="/services", tags=["services"])
certificates_router = APIRouter(prefix="/certificates", tags=["certificates"])
nodes_router = APIRouter(prefix="/nodes", tags=["nodes"])
settings_router = APIRouter(prefix="/settings", tags=["settings"])


@services_router.get("/{service_id}/domains", response_model=ServiceDomainsOut, responses=error_responses(401, 404),
                     summary="A service's names on the instance's domains")
async def get_service_domains(service_id: UUID, user: CurrentUser) -> ServiceDomainsOut:
    service = await visible_service(service_id, user, at_least=ProjectRole.VIEWER)
    return ServiceDomainsOut(domains=await routing.routes_of(service), task_id=None)


@services_router.put("/{service_id}/domains", response_model=ServiceDomainsOut, status_code=status.HTTP_202_ACCEPTED,
                     responses=error_responses(401, 403, 404, 409, 422),
                     summary="Give a web service its names (`<location>.<domain>`): DNS records, the edge's routes "
                             "and certificates follow, as tasks")
async def set_service_domains(service_id: UUID, body: ServiceDomainsIn, user: CurrentUser,
                              request: Request) -> ServiceDomainsOut:
    service = await visible_service(service_id, user, at_least=ProjectRole.MEMBER)
    note(AuditTarget.of("service", service))
    task = await routing.set_domains(request.app.state, service, body.domains, user=user)
    return ServiceDomainsOut(domains=await routing.routes_of(service), task_id=task.id if task else None)


@certificates_router.get("", response_model=Page[CertificateOut], responses=error_responses(401, 403, 422),
                         summary="The certificates the edges serve (administrators)")
async def list_certificates(_: AdminUser, paging: PagingDep) -> Page[CertificateOut]:
    query = Certificate.all()
    if paging.search:
        query = query.filter(name__icontains=paging.search)
    total = await query.count()
    certs = await query.order_by("name").offset(paging.offset).limit(paging.per_page).prefetch_related("domain")
    window = int(await get_setting("certificates_renew_days"))
    items = [routing.certificate_out(cert, cert.domain.domain, window_days=window) for cert in certs]
    return Page[CertificateOut](items=items, total=total, page=paging.page, per_page=paging.per_page)


@certificates_router.post("/renew", response_model=TaskCreated, status_code=status.HTTP_202_ACCEPTED,
                          responses=error_responses(401, 403, 409, 422),
                          summary="Renew what expires within the window, or the named certificates now "
                                  "(a `renewcerts` task)")
async def renew_certificates(body: RenewIn, user: AdminUser, request: Request) -> TaskCreated:
    names = body.fqdns or None
    if names:
        known = set(await Certificate.filter(name__in=names).values_list("name", flat=True))
        unknown = [name for name in names if name not in known]
        if unknown:
            raise Invalid(f"No certificate named {', '.join(unknown)}", details={"field": "fqdns"})
    task = await renewal.renew(request.app.state, user=user, names=names)
    if task is None:
        raise Conflict("No certificate is due for renewal", code="nothing_due")
    return TaskCreated(task_id=task.id)


async def _edge_out(node_id: UUID) -> EdgeOut:
    edge = await Edge.get_or_none(node_id=node_id).prefetch_related("guest")
    if edge is None:
        return EdgeOut(node_id=str(node_id), status="none", status_message="", host=None, vmid=None, routes=0,
                       applied_at=None, task_id=None)
    guest = edge.guest
    return EdgeOut(node_id=str(node_id), status=edge.status.value, status_message=edge.status_message,
                   host=guest.ip if guest else None, vmid=guest.vmid if guest else None, routes=edge.routes_applied,
                   applied_at=edge.applied_at, task_id=edge.task_id)


@nodes_router.get("/{node_id}/edge", response_model=EdgeOut, responses=error_responses(401, 404),
                  summary="The node's edge: its state, address and how many routes it serves")
async def get_edge(node_id: UUID, user: CurrentUser) -> EdgeOut:
    await visible_node(node_id, user)
    return await _edge_out(node_id)


@nodes_router.post("/{node_id}/edge/apply", response_model=TaskCreated, status_code=status.HTTP_202_ACCEPTED,
                   responses=error_responses(401, 403, 404, 409),
                   summary="Apply the node's edge again (records, routes, certificates) as they are recorded")
async def apply_edge(node_id: UUID, user: CurrentUser, request: Request) -> TaskCreated:
    node = await visible_node(node_id, user, manage=True)
    note(AuditTarget.of("node", node))
    return TaskCreated(task_id=(await applying.apply(request.app.state, node, user=user)).id)


@settings_router.get("/certificates", response_model=RenewalSettings, responses=error_responses(401, 403),
                     summary="When certificates are renewed")
async def get_renewal(_: AdminUser) -> RenewalSettings:
    return RenewalSettings(pattern=await get_setting("certificates_renew_pattern"),
                           renew_before_days=int(await get_setting("certificates_renew_days")))


@settings_router.post("/certificates", response_model=RenewalSettings, responses=error_responses(401, 403, 422),
                      summary="Set when renewcerts runs and how long before expiry a certificate is renewed")
async def set_renewal(body: RenewalSettingsIn, _: AdminUser, scheduler: SchedulerDep) -> RenewalSettings:
    await set_setting("certificates_renew_pattern", body.pattern)
    await set_setting("certificates_renew_days", body.renew_before_days)
    await scheduler.rebuild()
    return RenewalSettings(pattern=body.pattern, renew_before_days=body.renew_before_days)
