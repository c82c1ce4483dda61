"""Proxmox VE actions: checking a node, creating, destroying, powering and snapshotting its guests, updating them.

Their vars are the playbooks' own (see each playbook's header); optional vars the service has no value for
are left out, so the playbook's default applies. What the end of a run does to the node or guest is here
too: the engine calls these hooks after every end (success, failure, stop, timeout, crash)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, model_serializer
from tortoise.transactions import in_transaction

from service.actions.catalogue import Action
from service.domains.events import outbox
from service.domains.nodes.models import Guest, GuestStatus, IpLease, Node, NodeStatus
from service.tasks.models import Task, TaskState


class PlaybookVars(BaseModel):
    @model_serializer(mode="wrap")
    def _drop_unset(self, handler: Any) -> dict[str, Any]:
        return {key: value for key, value in handler(self).items() if value is not None}


class NodeCheckVars(PlaybookVars):
    node_check_template: str | None = None
    node_check_node: str | None = None


class GuestRef(PlaybookVars):
    proxmox_guest_node: str
    proxmox_guest_vmid: int = Field(ge=100)


class GuestCreateVars(GuestRef):
    proxmox_guest_hostname: str
    proxmox_guest_kind: Literal["lxc", "qemu"] = "lxc"
    proxmox_guest_template: str | None = None
    proxmox_guest_storage: str | None = None
    proxmox_guest_cores: int = Field(default=1, ge=1, le=128)
    proxmox_guest_memory_mb: int = Field(default=512, ge=16)
    proxmox_guest_swap_mb: int = Field(default=512, ge=0)
    proxmox_guest_disk_gb: int = Field(default=8, ge=1)
    proxmox_guest_bridge: str | None = None
    proxmox_guest_ip: str = "dhcp"
    proxmox_guest_gateway: str | None = None
    proxmox_guest_ssh_public_key: str
    proxmox_guest_tags: list[str] = Field(default_factory=lambda: ["containr"])
    proxmox_guest_description: str | None = None


class GuestDestroyVars(GuestRef):
    proxmox_guest_hostname: str


class GuestPowerVars(GuestRef):
    guest_power_state: Literal["started", "stopped", "restarted"]


class GuestSnapshotVars(GuestRef):
    guest_snapshot_name: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]{1,39}$")
    guest_snapshot_state: Literal["present", "rollback", "absent"] = "present"
    guest_snapshot_description: str | None = None


Mode = Literal["box", "apps"]


class UpdateGuest(BaseModel):
    hostname: str
    vmid: int
    node: str
    ip: str
    type: str


class GuestUpdateVars(PlaybookVars):
    guest_update_guests: list[UpdateGuest]
    guest_update_mode: Mode = "box"
    containr_ssh_private_key_file: Path
    guest_base_apt_proxy: str | None = None


def _reason(task: Task) -> str:
    return task.error_message or task.message or f"the run ended {task.state}"


async def _node_checked(task: Task) -> None:
    node = await Node.get_or_none(id=task.resource_id)
    if node is None:
        return  # deleted while its check ran
    result = task.result or {}
    node.last_checked_at = datetime.now(UTC)
    if task.state == TaskState.SUCCESS:
        node.status = NodeStatus.ONLINE
        node.pve_version = result.get("pveVersion")
        node.facts = {"nodes": result.get("nodes") or [], "storages": result.get("storages") or [],
                      "templateFound": result.get("templateFound")}
        template = (node.defaults or {}).get("template")
        node.status_message = (f"Template {template} was not found" if result.get("templateFound") is False
                               else "")
    else:
        # A check shows the node `checking` while it runs: the last check before this one that ended on its own
        # (not stopped) says whether it was online.
        before = await Task.filter(type=task.type, resource_type="node", resource_id=task.resource_id, id__lt=task.id,
                                   state__in=[TaskState.SUCCESS, TaskState.FAILED, TaskState.TIMEOUT,
                                              TaskState.CRASHED]).order_by("-id").first()
        went_offline = before is not None and before.state == TaskState.SUCCESS
        node.status = NodeStatus.ERROR
        node.status_message = _reason(task)
        if went_offline:  # once per transition: a node already in error says nothing new
            async with in_transaction() as conn:
                await node.save(using_db=conn)
                await outbox.record("node.offline", team_id=node.team_id, kind="node",  # type: ignore[attr-defined]
                                    resource_id=node.id, name=node.name, connection=conn,
                                    data={"taskId": task.id, "error": node.status_message})
            return
    await node.save()


async def _node_updated(task: Task) -> None:
    """An update run's guests (its set_stats): those updated make one update.applied, those rolled back one
    update.rolled_back (a dry run reports neither)."""
    node = await Node.get_or_none(id=task.resource_id)
    if node is None:
        return
    guests = [g for g in (task.result or {}).get("guests") or [] if isinstance(g, dict)]
    mode = (task.extra_vars or {}).get("guest_update_mode") or "box"
    for event_type, status in (("update.applied", "updated"), ("update.rolled_back", "rolled_back")):
        names = [str(g.get("hostname")) for g in guests if g.get("status") == status]
        if names:
            await outbox.record(event_type, team_id=node.team_id, kind="node",  # type: ignore[attr-defined]
                                resource_id=node.id, name=node.name,
                                data={"taskId": task.id, "mode": mode, "guests": names,
                                      "error": task.error_message if status == "rolled_back" else None})


async def _guest_created(task: Task) -> None:
    guest = await Guest.get_or_none(id=task.resource_id)
    if guest is None:
        return
    result = task.result or {}
    if task.state == TaskState.SUCCESS:
        guest.status = GuestStatus.RUNNING
        guest.status_message = ""
        guest.pve_node = result.get("node") or guest.pve_node
        guest.ip = result.get("ip") or guest.ip  # DHCP: what the guest's interfaces report
    else:
        # The address goes back to the pool; the record stays (in error) until it is destroyed, so that
        # whatever the run left on the node is still Containr's to remove.
        await IpLease.filter(guest=guest).delete()
        guest.ip = None
        guest.status = GuestStatus.ERROR
        guest.status_message = _reason(task)
    await guest.save()


async def _guest_destroyed(task: Task) -> None:
    guest = await Guest.get_or_none(id=task.resource_id)
    if guest is None:
        return
    if task.state == TaskState.SUCCESS:
        await IpLease.filter(guest=guest).delete()
        await guest.delete()
        return
    guest.status = GuestStatus.ERROR
    guest.status_message = _reason(task)
    await guest.save()


async def _guest_powered(task: Task) -> None:
    guest = await Guest.get_or_none(id=task.resource_id)
    if guest is None:
        return
    status = (task.result or {}).get("status")
    if task.state == TaskState.SUCCESS and status in ("running", "stopped"):
        guest.status = GuestStatus.RUNNING if status == "running" else GuestStatus.STOPPED
        guest.status_message = ""
    else:
        guest.status_message = _reason(task)
    await guest.save()


# The resource kind of a guest's runs: each holds the guest's run lock ("guest:<id>").
GUEST = "guest"

NODE_CHECK = Action(name="node.check", task_type="nodeCheck", playbook="node_check",
                    vars_model=NodeCheckVars, resource_type="node", timeout=300,
                    on_finish=_node_checked)
GUEST_CREATE = Action(name="guest.create", task_type="guestCreate", playbook="guest_create",
                      vars_model=GuestCreateVars, resource_type=GUEST, timeout=1800,
                      on_finish=_guest_created)
GUEST_DESTROY = Action(name="guest.destroy", task_type="guestDestroy", playbook="guest_destroy",
                       vars_model=GuestDestroyVars, resource_type=GUEST, timeout=900,
                       on_finish=_guest_destroyed)
GUEST_POWER = Action(name="guest.power", task_type="guestPower", playbook="guest_power",
                     vars_model=GuestPowerVars, resource_type=GUEST, timeout=600,
                     on_finish=_guest_powered)
GUEST_SNAPSHOT = Action(name="guest.snapshot", task_type="guestSnapshot", playbook="guest_snapshot",
                        vars_model=GuestSnapshotVars, resource_type=GUEST, timeout=900)

# The updates slice starts and schedules these (service/domains/updates); they are declared here, beside the
# node's other actions, because the databases slice, below updates, asks whether one runs on a node.
# One action per mode, so that each schedule is skipped only while a run of its own kind is active; both lock
# the node, so two updates (or an update and a check) of one node never overlap.
BOX_UPDATE = Action(
    name="node.update", task_type="update", playbook="guest_update", vars_model=GuestUpdateVars,
    resource_type="node", timeout=6 * 3600, on_finish=_node_updated)
APPS_UPDATE = Action(
    name="node.appsUpdate", task_type="appsUpdate", playbook="guest_update", vars_model=GuestUpdateVars,
    resource_type="node", timeout=6 * 3600, on_finish=_node_updated)
