"""Seed 002's DNS settings (administrators): dynamic DNS on or off, and where the public address comes from."""

from __future__ import annotations

from fastapi import APIRouter

from service.api.deps import AdminUser, SchedulerDep
from service.core.schemas import error_responses
from service.core.settings_store import get_setting, set_setting
from service.domains.dns import sysinfo
from service.domains.dns.schemas import DynamicDnsIn, DynamicDnsOut, SysinfoConfigIn, SysinfoConfigOut

router = APIRouter(prefix="/settings", tags=["settings"])


@router.get("/dynamic_dns", response_model=DynamicDnsOut, responses=error_responses(401, 403),
            summary="Whether records follow the public address")
async def get_dynamic_dns(_: AdminUser) -> DynamicDnsOut:
    return DynamicDnsOut(enabled=bool(await get_setting("dynamic_dns")))


@router.post("/dynamic_dns", response_model=DynamicDnsOut, responses=error_responses(401, 403, 422),
             summary="Turn dynamic DNS on or off (every 10 minutes, a `dynamicDns` task rewrites the records)")
async def set_dynamic_dns(body: DynamicDnsIn, _: AdminUser, scheduler: SchedulerDep) -> DynamicDnsOut:
    await set_setting("dynamic_dns", body.enabled)
    await scheduler.rebuild()
    return DynamicDnsOut(enabled=body.enabled)


@router.get("/sysinfo_config", response_model=SysinfoConfigOut, responses=error_responses(401, 403),
            summary="Where the public address comes from")
async def get_sysinfo_config(_: AdminUser) -> SysinfoConfigOut:
    return SysinfoConfigOut(**dict(await get_setting("sysinfo_config") or {"provider": "generic"}))


@router.post("/sysinfo_config", response_model=SysinfoConfigOut, responses=error_responses(401, 403, 422),
             summary="Set where the public address comes from: fixed (ip), network-interface (ifname) or generic "
                     "(a URL that answers it)")
async def set_sysinfo_config(body: SysinfoConfigIn, _: AdminUser) -> SysinfoConfigOut:
    config = sysinfo.validate(body.model_dump(exclude_none=True))
    await set_setting("sysinfo_config", config)
    return SysinfoConfigOut(**config)
