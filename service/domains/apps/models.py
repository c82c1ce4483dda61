"""Apps (seed 002): software from the catalogue in templates/, each in its own guest on a node, with the addon
databases its manifest asks for and its name on one of the instance's domains."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class InstallationState(StrEnum):
    """Cloudron's: what the app's last action is doing (pending_*), or how it ended."""

    PENDING_INSTALL = "pending_install"
    INSTALLED = "installed"
    PENDING_CONFIGURE = "pending_configure"
    PENDING_UNINSTALL = "pending_uninstall"
    PENDING_RESTORE = "pending_restore"
    PENDING_CLONE = "pending_clone"
    PENDING_UPDATE = "pending_update"
    PENDING_BACKUP = "pending_backup"
    PENDING_RESTART = "pending_restart"
    PENDING_START = "pending_start"
    PENDING_STOP = "pending_stop"
    ERROR = "error"


class RunState(StrEnum):
    RUNNING = "running"
    STOPPED = "stopped"


class Health(StrEnum):
    HEALTHY = "healthy"
    UNHEALTHY = "unhealthy"
    NOT_RESPONDING = "not_responding"


class App(Model):
    id = fields.UUIDField(primary_key=True)
    app_store_id = fields.CharField(max_length=128)  # the manifest's id: org.wordpress
    catalogue_dir = fields.CharField(max_length=64, null=True)  # its folder under templates/; null: inline manifest
    manifest = fields.JSONField()  # the manifest it runs (its version is the app's)
    project = fields.ForeignKeyField("models.Project", related_name="apps", null=True, on_delete=fields.SET_NULL)
    environment = fields.ForeignKeyField("models.Environment", related_name="apps", null=True,
                                         on_delete=fields.SET_NULL)
    node = fields.ForeignKeyField("models.Node", related_name="apps", on_delete=fields.RESTRICT)
    guest = fields.ForeignKeyField("models.Guest", related_name="apps", null=True, on_delete=fields.SET_NULL)
    host = fields.CharField(max_length=64, null=True)
    location = fields.CharField(max_length=63)  # "" for the domain itself
    domain = fields.ForeignKeyField("models.Domain", related_name="apps", on_delete=fields.RESTRICT)
    fqdn = fields.CharField(max_length=253, unique=True)
    installation_state = fields.CharEnumField(InstallationState, max_length=24,
                                              default=InstallationState.PENDING_INSTALL)
    run_state = fields.CharEnumField(RunState, max_length=16, default=RunState.RUNNING)
    health = fields.CharEnumField(Health, max_length=16, null=True)
    unhealthy_probes = fields.IntField(default=0)
    health_checked_at = fields.DatetimeField(null=True)
    error = fields.JSONField(null=True)  # {message, code, taskId, step} of the last action that failed
    # {users: [ids], groups: [ids]}: only they get through the edge (a Containr sign-in); null: public.
    access_restriction = fields.JSONField(null=True)
    memory_mb = fields.IntField()
    cores = fields.IntField(default=1)
    disk_gb = fields.IntField(default=8)
    port_bindings = fields.JSONField(default=dict)
    settings = fields.JSONField(default=dict)  # the manifest's non-secret settings
    # Sealed with the instance key, JSON: {"adminPassword": ..., "settings": {the secret settings}}; write-only.
    sealed_secrets = fields.TextField(null=True)
    admin_user = fields.CharField(max_length=64, default="")
    addon_choices = fields.JSONField(default=dict)  # {the manifest's addon: the addon serving it (an alternative)}
    addon_databases = fields.JSONField(default=dict)  # {addon serving: its database's id}
    label = fields.CharField(max_length=128, default="")
    tags = fields.JSONField(default=list)
    task_id = fields.IntField(null=True)  # the last action's run
    # While an update runs: {manifest (before), to (the new one), snapshot, failed?} (see updating.py).
    update_from = fields.JSONField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="apps", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "apps"
