"""OS and server package updates of the guests Containr runs: one run of playbooks/guest_update.yml per node,
guest after guest under a snapshot that is rolled back when the guest's service does not answer afterwards.
`box` mode upgrades every OS package (the box autoupdate), `apps` only the database servers within their major
version (the apps autoupdate); POST /nodes/{id}/update runs one now."""

from __future__ import annotations

import logging

from service.actions import catalogue
from service.auth.models import User
from service.config import Settings
from service.core import ssh_keys
from service.core.errors import Conflict
from service.core.secrets import SecretBox
from service.domains.databases.actions import RESOURCE as DATABASE
from service.domains.databases.models import Database, DatabaseStatus
from service.domains.nodes.actions import APPS_UPDATE, BOX_UPDATE, GuestUpdateVars, Mode, UpdateGuest
from service.domains.nodes.models import Node, NodeStatus
from service.domains.nodes.registry import connection_env, link_task, nodes_box
from service.tasks import TaskEngine, locks, scheduler
from service.tasks.models import Task, TaskState

log = logging.getLogger(__name__)


async def databases_to_update(node: Node) -> list[Database]:
    """The node's running databases with a guest (stopped and unfinished ones are left alone, and so are those
    busy with a run of their own: a rollback of the update would undo it)."""
    found = await Database.filter(node=node, status=DatabaseStatus.RUNNING, guest_id__isnull=False
                                  ).prefetch_related("guest").order_by("created_at")
    busy = set(await Task.filter(resource_type=DATABASE, resource_id__in=[str(d.id) for d in found],
                                 state__in=[TaskState.QUEUED, TaskState.RUNNING]).values_list("resource_id", flat=True))
    for database in found:
        if str(database.id) in busy:
            log.info("Database %s is busy: its guest waits for the next update of node %s", database.name, node.name)
    return [d for d in found if d.guest.ip and str(d.id) not in busy]


async def guests_to_update(node: Node) -> list[UpdateGuest]:
    return [_guest(database) for database in await databases_to_update(node)]


def _guest(database: Database) -> UpdateGuest:
    guest = database.guest
    return UpdateGuest(hostname=guest.hostname, vmid=guest.vmid, node=guest.pve_node, ip=str(guest.ip),
                       type=database.type.value)


async def start_update(engine: TaskEngine, settings: Settings, box: SecretBox, node: Node, *, mode: Mode,
                       user: User | None) -> Task:
    if node.status != NodeStatus.ONLINE:
        raise Conflict(f"Node {node.name} is {node.status}, not online", code="node_not_online")
    databases = await databases_to_update(node)
    guests = [_guest(database) for database in databases]
    if not guests:
        raise Conflict(f"Node {node.name} has no running guests of Containr's to update", code="nothing_to_update")
    apt_proxy = (node.defaults or {}).get("apt_proxy")
    params = GuestUpdateVars(guest_update_guests=guests, guest_update_mode=mode,
                             containr_ssh_private_key_file=str(ssh_keys.ensure_key(settings)),
                             guest_base_apt_proxy=str(apt_proxy).rstrip("/") if apt_proxy else None)
    action = BOX_UPDATE if mode == "box" else APPS_UPDATE
    # The run also holds each database it updates: their own actions are refused while it runs (its rollback
    # would undo them), in any process, and it waits for those that started first.
    task = await catalogue.start(engine, settings, action, resource_id=str(node.id), params=params, user=user,
                                 secrets=connection_env(node, box),
                                 locks=[locks.resource_key(DATABASE, str(database.id)) for database in databases])
    await link_task(node, task)
    return task


async def _scheduled(ctx: scheduler.JobContext, mode: Mode) -> Task | None:
    """Every online node with guests to update gets its run; the last task started is the job's answer."""
    box = nodes_box(ctx.settings)
    started: Task | None = None
    for node in await Node.filter(status=NodeStatus.ONLINE).order_by("name"):
        if not await guests_to_update(node):
            continue
        try:
            started = await start_update(ctx.engine, ctx.settings, box, node, mode=mode, user=None)
        except Conflict as exc:  # the node is busy: its guests wait for the next firing
            log.warning("%s update of node %s skipped: %s", mode, node.name, exc.message)
    return started


JOBS = (
    scheduler.JobSpec("boxAutoupdate", BOX_UPDATE.task_type,
                      lambda: scheduler.setting_pattern("box_autoupdate_pattern"), lambda ctx: _scheduled(ctx, "box")),
    scheduler.JobSpec("appsAutoupdate", APPS_UPDATE.task_type,
                      lambda: scheduler.setting_pattern("apps_autoupdate_pattern"),
                      lambda ctx: _scheduled(ctx, "apps")),
)
