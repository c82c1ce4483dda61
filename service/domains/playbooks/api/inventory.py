"""The Ansible inventory of every guest Containr manages (read by inventory/containr.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from service.api.deps import AdminUser, SettingsDep
from service.core.schemas import error_responses
from service.domains.playbooks import inventory as guests_inventory

router = APIRouter(prefix="/inventory", tags=["inventory"])


@router.get("", response_model=dict[str, Any], responses=error_responses(401, 403),
            summary="Ansible's JSON inventory (ansible-inventory --list) of every managed guest (administrators)")
async def get_inventory(_: AdminUser, settings: SettingsDep) -> dict[str, Any]:
    return await guests_inventory.inventory(settings)
