"""Platform guests' memory defaults (Cloudron's platform_config) as stored, read by the slices that make guests
(databases, mail) when a request names no memory; the platform slice validates, writes and applies them."""

from __future__ import annotations

from typing import Any, NamedTuple

from service.core.settings_store import get_setting, set_setting

SETTING = "platform_config"
KINDS = ("mysql", "postgresql", "mail")  # the platform services Containr runs in guests of their own
MIB = 1024 * 1024


class GuestMemory(NamedTuple):
    """A guest's memory and swap in MiB, as Proxmox VE takes them. Cloudron's memorySwap is memory plus swap (as
    Docker's --memory-swap), so the swap is the difference; None when no memorySwap was set."""

    memory_mb: int
    swap_mb: int | None


def _mib(amount: int) -> int:
    return -(-amount // MIB)  # rounded up: a default of 300000000 bytes is not cut below what was asked


async def stored() -> dict[str, dict[str, int | None]]:
    value: dict[str, Any] | None = await get_setting(SETTING)
    return {kind: entry for kind, entry in (value or {}).items() if kind in KINDS and entry}


async def save(config: dict[str, dict[str, int | None]]) -> None:
    await set_setting(SETTING, {kind: config[kind] for kind in KINDS if config.get(kind)})


async def guest_memory(kind: str) -> GuestMemory | None:
    """The default for new guests of this kind (mysql, postgresql, mail); None: the slice's own default."""
    entry = (await stored()).get(kind)
    if not entry or not entry.get("memory"):
        return None
    memory = int(entry["memory"])
    swap = entry.get("memorySwap")
    return GuestMemory(memory_mb=_mib(memory), swap_mb=_mib(max(0, int(swap) - memory)) if swap else None)
