"""A deployment of a version on a node under a prefix, its instances (one per image of the version, with the
config overrides and sealed secret values given for this deployment), its event log and its token."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DeploymentStatus(StrEnum):
    PREPARING = "preparing"  # made, never started: its prefix and instances may still change
    IN_PROGRESS = "in_progress"
    SUCCESSFUL = "successful"
    FAILED = "failed"
    OBSOLETE = "obsolete"  # a newer version of the project runs under its prefix on its node
    DOWNGRADED = "downgraded"  # an older version of the project was deployed over it


# The states that are not held by a run; a deployment in one of them may start.
SETTLED = (DeploymentStatus.PREPARING, DeploymentStatus.SUCCESSFUL, DeploymentStatus.FAILED,
           DeploymentStatus.OBSOLETE, DeploymentStatus.DOWNGRADED)


class Deployment(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="deployments", on_delete=fields.CASCADE)
    version = fields.ForeignKeyField("models.Version", related_name="deployments", on_delete=fields.CASCADE)
    node = fields.ForeignKeyField("models.Node", related_name="deployments", on_delete=fields.CASCADE)
    prefix = fields.CharField(max_length=30)
    note = fields.TextField(default="")
    status = fields.CharEnumField(DeploymentStatus, max_length=16, default=DeploymentStatus.PREPARING)
    # Deployment-wide variables [{id, key, value}], laid under each instance's own (dyrector's environment).
    environment = fields.JSONField(default=list)
    task_id = fields.BigIntField(null=True)  # the last run's
    created_by = fields.ForeignKeyField("models.User", related_name="created_deployments", null=True,
                                        on_delete=fields.SET_NULL)
    updated_by = fields.ForeignKeyField("models.User", related_name="updated_deployments", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "deployments"


class InstanceState(StrEnum):
    RUNNING = "running"
    STOPPED = "stopped"
    FAILED = "failed"
    REMOVED = "removed"


class Instance(Model):
    """An image of the deployment's version as this deployment runs it: its own container (a guest of the node,
    made at the first start) and its overrides of the image's config."""

    id = fields.UUIDField(primary_key=True)
    deployment = fields.ForeignKeyField("models.Deployment", related_name="instances", on_delete=fields.CASCADE)
    image = fields.ForeignKeyField("models.Image", related_name="instances", on_delete=fields.CASCADE)
    config = fields.JSONField(default=dict)  # overrides (stored ImageConfig form, set fields only), no secrets
    sealed_secrets = fields.TextField(default="")  # JSON {key: value}, sealed ("deployment-secrets")
    guest = fields.ForeignKeyField("models.Guest", related_name="instances", null=True, on_delete=fields.SET_NULL)
    state = fields.CharEnumField(InstanceState, max_length=16, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "deployment_instances"


class DeploymentEvent(Model):
    """One line of the deployment's event log (the items of seed 001's deployment log)."""

    id = fields.BigIntField(primary_key=True)
    deployment = fields.ForeignKeyField("models.Deployment", related_name="events", on_delete=fields.CASCADE)
    type = fields.CharField(max_length=24)  # deploymentStatus | containerState | log
    status = fields.CharField(max_length=16, null=True)  # the deployment's status then
    instance_id = fields.UUIDField(null=True)
    state = fields.CharField(max_length=16, null=True)
    lines = fields.JSONField(default=list)
    task_id = fields.BigIntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "deployment_events"


class DeploymentToken(Model):
    """The one token that starts this deployment (CI's), kept as a SHA-256 hash."""

    id = fields.UUIDField(primary_key=True)
    deployment = fields.OneToOneField("models.Deployment", related_name="token", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    token_hash = fields.CharField(max_length=64, unique=True)
    expires_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="deployment_tokens", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "deployment_tokens"
