"""Where a route's A record points: the edge guest's own address, or, when the instance is reached through a
public address (dynamic DNS on, or a fixed address set in sysinfo_config), that address."""

from __future__ import annotations

import logging

from service.core.settings_store import get_setting
from service.domains.dns import sysinfo

log = logging.getLogger(__name__)


async def public_address() -> str | None:
    """The instance's public IPv4 address when records should point at it; None: point them at the edges."""
    config = dict(await get_setting("sysinfo_config") or {})
    if not await get_setting("dynamic_dns") and config.get("provider") != "fixed":
        return None
    try:
        found = await sysinfo.public_addresses(config)
    except sysinfo.SysinfoError as failed:
        log.warning("no public address (%s): records point at the edges", failed)
        return None
    return next((address for address in found if ":" not in address), None)


async def record_address(edge_address: str) -> str:
    return await public_address() or edge_address
