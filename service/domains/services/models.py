"""Services (seed 000): a user's own code built from git into its own guest, its builds and its releases."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ServiceType(StrEnum):
    WEB = "web"
    WORKER = "worker"
    CRON = "cron"


class ServiceStatus(StrEnum):
    BUILDING = "building"  # the first build runs: nothing deployed yet
    DEPLOYING = "deploying"  # a later build runs: the current release still serves
    RUNNING = "running"
    STOPPED = "stopped"
    FAILED = "failed"
    DELETING = "deleting"


class SourceType(StrEnum):
    GIT = "git"
    IMAGE = "image"
    DOCKERFILE = "dockerfile"


class BuilderType(StrEnum):
    AUTO = "auto"
    PROCFILE = "procfile"


class BuildStatus(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    SUCCESS = "success"
    FAILED = "failed"
    CANCELLED = "cancelled"


class BuildTrigger(StrEnum):
    CREATE = "create"
    API = "api"
    WEBHOOK = "webhook"
    REDEPLOY = "redeploy"  # a change of the service's build or runtime fields
    ROLLBACK = "rollback"


class Service(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="services", null=True,
                                     on_delete=fields.SET_NULL)
    environment = fields.ForeignKeyField("models.Environment", related_name="services", null=True,
                                         on_delete=fields.SET_NULL)
    name = fields.CharField(max_length=40)
    type = fields.CharEnumField(ServiceType, max_length=16)
    status = fields.CharEnumField(ServiceStatus, max_length=16, default=ServiceStatus.BUILDING)
    status_message = fields.TextField(default="")
    source_type = fields.CharEnumField(SourceType, max_length=16, default=SourceType.GIT)
    repository = fields.CharField(max_length=1024)
    branch = fields.CharField(max_length=255, default="main")
    root_directory = fields.CharField(max_length=255, default="")
    # source dockerfile: the Dockerfile's path in the repository (relative to root_directory, the build context);
    # the image it builds is pushed to `registry` and run like a source image's.
    dockerfile = fields.CharField(max_length=255, default="")
    git_provider = fields.ForeignKeyField("models.GitProvider", related_name="services", null=True,
                                          on_delete=fields.SET_NULL)
    # source image: the image reference it runs as a Proxmox VE OCI application container, and the team's
    # registry whose credentials pull it (none: the node pulls it anonymously). A registry in use is not deleted.
    image = fields.CharField(max_length=1024, default="")
    registry = fields.ForeignKeyField("models.Registry", related_name="services", null=True,
                                      on_delete=fields.SET_NULL)
    builder_type = fields.CharEnumField(BuilderType, max_length=16, default=BuilderType.AUTO)
    build_command = fields.TextField(default="")
    start_command = fields.TextField(default="")
    # The service's own variables, {name: value} as JSON sealed with the instance key: values are write-only.
    sealed_variables = fields.TextField(null=True)
    port = fields.IntField(null=True)  # web: null until the first build detects the stack's default
    health_check_path = fields.CharField(max_length=255, default="/")
    health_check_timeout = fields.IntField(default=60)  # web: seconds a new release has to pass its check
    schedule = fields.CharField(max_length=128, default="")  # cron: five fields
    links = fields.JSONField(default=list)  # ids of databases of the same environment
    addons = fields.JSONField(default=list)  # Cloudron-style addons the service asked for: "sendmail"
    cores = fields.IntField(default=1)
    memory_mb = fields.IntField(default=512)
    disk_gb = fields.IntField(default=8)
    node = fields.ForeignKeyField("models.Node", related_name="services", on_delete=fields.RESTRICT)
    guest = fields.ForeignKeyField("models.Guest", related_name="services", null=True, on_delete=fields.SET_NULL)
    host = fields.CharField(max_length=64, null=True)
    sealed_webhook_secret = fields.TextField()
    stack = fields.CharField(max_length=16, null=True)  # what the last build detected: python, node, static
    # The release that serves (a plain id: a key to releases would make the two tables depend on each other).
    current_release_id = fields.UUIDField(null=True)
    task_id = fields.IntField(null=True)  # the last action's run
    created_by = fields.ForeignKeyField("models.User", related_name="services", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "services"
        unique_together = (("environment", "name"),)


class Build(Model):
    """One deploy run of a service: what it asked for (a commit or a branch), what it found and how it ended."""

    id = fields.UUIDField(primary_key=True)
    service = fields.ForeignKeyField("models.Service", related_name="builds", on_delete=fields.CASCADE)
    status = fields.CharEnumField(BuildStatus, max_length=16, default=BuildStatus.PENDING)
    trigger = fields.CharEnumField(BuildTrigger, max_length=16)
    branch = fields.CharField(max_length=255)
    commit_sha = fields.CharField(max_length=64, null=True)  # asked for, or the branch's head the run found
    image = fields.CharField(max_length=1024, default="")  # an image service's: the full reference it pulls
    commit_message = fields.TextField(null=True)
    author = fields.CharField(max_length=255, null=True)
    error = fields.TextField(null=True)
    task_id = fields.IntField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="builds", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "builds"


class Release(Model):
    """A build that went live: its commit, kept as a release folder in the guest (an image service: the image
    reference, kept as a template file on the node)."""

    id = fields.UUIDField(primary_key=True)
    service = fields.ForeignKeyField("models.Service", related_name="releases", on_delete=fields.CASCADE)
    build = fields.ForeignKeyField("models.Build", related_name="releases", null=True, on_delete=fields.SET_NULL)
    commit_sha = fields.CharField(max_length=64)  # empty for an image service's release
    image = fields.CharField(max_length=1024, default="")  # an image service's: the reference that went live
    commit_message = fields.TextField(default="")
    author = fields.CharField(max_length=255, default="")
    # A digest of the linked databases' sealed passwords when it went live: a rotation since then means the
    # release runs with an old password (the service's needsRedeploy).
    links_digest = fields.CharField(max_length=64, default="")
    deployed_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "releases"
