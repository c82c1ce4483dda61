"""Dynamic DNS (seed 002 `settings/dynamic_dns`): while it is on, a scheduled `dynamicDns` task points every
route's A record at the instance's public address as sysinfo_config finds it (dns_apply.yml)."""

from __future__ import annotations

from typing import Any

from service.actions import catalogue
from service.actions.catalogue import Action
from service.core import cron
from service.core.errors import BadGateway
from service.core.settings_store import get_setting
from service.domains.dns import sysinfo
from service.domains.dns.models import Route
from service.domains.dns.records import Records
from service.domains.dns.registry import dns_box
from service.domains.nodes.actions import PlaybookVars
from service.tasks import scheduler
from service.tasks.models import Task

INTERVAL_SECONDS = 600


class DnsApplyVars(PlaybookVars):
    dns_records_zones: list[dict[str, Any]]


DNS_APPLY = Action(name="dns.dynamic", task_type="dynamicDns", playbook="dns_apply", vars_model=DnsApplyVars,
                   resource_type="dns", timeout=600)


async def _pattern() -> str:
    return scheduler.interval_pattern(INTERVAL_SECONDS) if await get_setting("dynamic_dns") else cron.NEVER


async def start(ctx: scheduler.JobContext) -> Task | None:
    """One run writing every route's record to the public address; None without routes on a writing provider."""
    config = dict(await get_setting("sysinfo_config") or {})
    try:
        addresses = await sysinfo.public_addresses(config)
    except sysinfo.SysinfoError as failed:  # the scheduler says why it started nothing
        raise BadGateway(f"No public address for dynamic DNS: {failed}", code="no_public_address") from failed
    ipv4 = [address for address in addresses if ":" not in address]
    ipv6 = [address for address in addresses if ":" in address]
    records = Records(dns_box(ctx.settings))
    for route in await Route.all().order_by("fqdn").prefetch_related("domain"):
        if ipv4:
            records.add(route.domain, route.fqdn, ipv4)
        if ipv6:
            records.add(route.domain, route.fqdn, ipv6, rdtype="AAAA")
    if not records.zones():
        return None
    return await catalogue.start(ctx.engine, ctx.settings, DNS_APPLY, resource_id="dynamic",
                                 params=DnsApplyVars(dns_records_zones=records.zones()), user=None,
                                 secrets=records.env())


JOBS = (scheduler.JobSpec("dynamicDns", DNS_APPLY.task_type, _pattern, start),)
