"""Proxmox VE nodes of a team, the guests Containr made on them, and the addresses it leased to them."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class NodeStatus(StrEnum):
    CHECKING = "checking"
    ONLINE = "online"
    ERROR = "error"


class GuestKind(StrEnum):
    LXC = "lxc"
    QEMU = "qemu"


class GuestStatus(StrEnum):
    PROVISIONING = "provisioning"
    RUNNING = "running"
    STOPPED = "stopped"
    DESTROYING = "destroying"
    ERROR = "error"


class Node(Model):
    """A Proxmox VE API endpoint (one host or a cluster) reached with an API token."""

    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="nodes", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    description = fields.TextField(default="")
    api_url = fields.CharField(max_length=255)
    token_id = fields.CharField(max_length=128)  # user@realm!name
    # The token's secret, sealed with the instance key; it leaves the service only in a run's environment.
    sealed_token_secret = fields.TextField()
    verify_tls = fields.BooleanField(default=True)
    fingerprint = fields.CharField(max_length=128, null=True)
    defaults = fields.JSONField(default=dict)
    status = fields.CharEnumField(NodeStatus, max_length=16, default=NodeStatus.CHECKING)
    status_message = fields.TextField(default="")
    pve_version = fields.CharField(max_length=64, null=True)
    facts = fields.JSONField(default=dict)  # what the last check found: {"nodes": [...], "storages": [...]}
    last_checked_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "nodes"
        unique_together = (("team", "name"),)


class Guest(Model):
    """An LXC container or VM Containr made on a node for one of its resources (a database, a service)."""

    id = fields.UUIDField(primary_key=True)
    node = fields.ForeignKeyField("models.Node", related_name="guests", on_delete=fields.RESTRICT)
    pve_node = fields.CharField(max_length=64)
    vmid = fields.IntField()
    hostname = fields.CharField(max_length=63)
    kind = fields.CharEnumField(GuestKind, max_length=8, default=GuestKind.LXC)
    resource_type = fields.CharField(max_length=32)
    resource_id = fields.CharField(max_length=128)
    project_id = fields.UUIDField(null=True)
    environment_id = fields.UUIDField(null=True)
    ip = fields.CharField(max_length=64, null=True)
    status = fields.CharEnumField(GuestStatus, max_length=16, default=GuestStatus.PROVISIONING)
    status_message = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "guests"
        # The unique pairs are what make allocation race-free: a concurrent create loses the insert and
        # takes the next free number or name.
        unique_together = (("node", "vmid"), ("node", "hostname"))


class IpLease(Model):
    """A static address of a node's pool, held by one guest until it is destroyed."""

    id = fields.UUIDField(primary_key=True)
    node = fields.ForeignKeyField("models.Node", related_name="leases", on_delete=fields.CASCADE)
    address = fields.CharField(max_length=64)
    guest = fields.ForeignKeyField("models.Guest", related_name="leases", null=True, on_delete=fields.CASCADE)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ip_leases"
        unique_together = (("node", "address"),)


class NodeTask(Model):
    """Which tasks ran for a node or its guests: the node's audit keeps them after a guest is gone."""

    id = fields.BigIntField(primary_key=True)
    node = fields.ForeignKeyField("models.Node", related_name="task_links", on_delete=fields.CASCADE)
    task = fields.ForeignKeyField("models.Task", related_name="node_links", on_delete=fields.CASCADE)

    class Meta:
        table = "node_tasks"
        unique_together = (("node", "task"),)
