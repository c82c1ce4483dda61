"""Domains (seed 002 `/domains`): administrators add, change and remove them; every account lists them (to place
a service on one) and asks whether a name's record points where Containr wants it (`dns_check`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from service.api.deps import AdminUser, CurrentUser, HooksDep, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.schemas import error_responses
from service.core.secrets import SecretBox
from service.domains.dns import checking, registry
from service.domains.dns.events import DOMAIN_DELETING
from service.domains.dns.models import Domain
from service.domains.dns.schemas import DnsCheckOut, DomainConfigIn, DomainIn, DomainList, DomainOut

router = APIRouter(prefix="/domains", tags=["domains"])


async def get_dns_box(request: Request) -> SecretBox:
    box = getattr(request.app.state, "dns_box", None)
    if box is None:  # made once per app, on first use
        box = request.app.state.dns_box = registry.dns_box(request.app.state.settings)
    return box


DnsBox = Annotated[SecretBox, Depends(get_dns_box)]


def _target(domain: Domain) -> AuditTarget:
    # A domain is known by its name, in the API's paths as in the audit log (Cloudron's domains have no id).
    return AuditTarget(kind="domain", id=domain.domain, name=domain.domain)


@router.get("", response_model=DomainList, responses=error_responses(401),
            summary="Every domain (credentials never shown)")
async def list_domains(_: CurrentUser) -> DomainList:
    return DomainList(domains=await registry.present_all())


@router.post("", response_model=DomainOut, status_code=201, responses=error_responses(401, 403, 409, 422),
             summary="Add a domain; its provider's credentials are tried with one harmless call first")
async def add_domain(body: DomainIn, user: AdminUser, box: DnsBox) -> DomainOut:
    domain = await registry.create(box, body, user=user)
    note(_target(domain))
    return await registry.present(domain, in_use=0)


@router.get("/{domain}", response_model=DomainOut, responses=error_responses(401, 404), summary="One domain")
async def get_domain(domain: str, _: CurrentUser) -> DomainOut:
    return await registry.present(await registry.get_domain(domain))


@router.put("/{domain}", response_model=DomainOut, responses=error_responses(401, 403, 404, 422),
            summary="Change a domain's provider or TLS settings (a credential left out keeps the stored one)")
async def update_domain(domain: str, body: DomainConfigIn, _: AdminUser, box: DnsBox) -> DomainOut:
    found = await registry.get_domain(domain)
    note(_target(found))
    return await registry.present(await registry.update(box, found, body))


@router.delete("/{domain}", status_code=204, responses=error_responses(401, 403, 404, 409),
               summary="Remove a domain (refused while a location uses it)")
async def delete_domain(domain: str, _: AdminUser, hooks: HooksDep) -> Response:
    found = await registry.get_domain(domain)
    note(_target(found))
    await hooks.fire(DOMAIN_DELETING, domain=found)  # refusals (mailboxes on it) before anything goes
    await registry.delete(found)
    return Response(status_code=204)


@router.get("/{domain}/dns_check", response_model=DnsCheckOut, responses=error_responses(401, 404, 422),
            summary="Whether a name's record points elsewhere than Containr would write it")
async def dns_check(domain: str, _: CurrentUser, settings: SettingsDep,
                    subdomain: Annotated[str, Query(max_length=63, pattern=r"^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)?$",
                                                    description="The location; empty for the domain itself")] = ""
                    ) -> DnsCheckOut:
    return await checking.dns_check(settings, await registry.get_domain(domain), subdomain)
