"""Resizing the mail server's guest (a mailResize run): the platform slice's platform_config applies its mail
memory default to the existing guest through it."""

from __future__ import annotations

from starlette.datastructures import State

from service.actions import catalogue
from service.auth.models import User
from service.domains.mail import setup
from service.domains.mail.actions import MAIL_RESIZE, MailResizeVars
from service.domains.nodes.registry import connection_env, link_task
from service.tasks import locks
from service.tasks.models import Task


async def server_id() -> str | None:
    found = await setup.server()
    return str(found.id) if found is not None else None


async def resize(state: State, *, memory_mb: int, user: User | None) -> Task | None:
    """Start a mailResize to `memory_mb`; None when there is no mail guest yet (the next one made gets the
    default). 409 while another mail run is queued or runs."""
    found = await setup.server()
    if found is None or found.guest is None:
        return None
    await setup.refuse_busy()
    guest = found.guest
    variables = MailResizeVars(proxmox_guest_node=guest.pve_node, proxmox_guest_vmid=guest.vmid,
                               proxmox_guest_memory_mb=memory_mb)
    task = await catalogue.start(state.engine, state.settings, MAIL_RESIZE, resource_id=str(found.id),
                                 params=variables, user=user, secrets=connection_env(found.node, state.nodes_box),
                                 locks=[locks.resource_key("guest", str(found.guest_id))])
    await link_task(found.node, task)
    return task
