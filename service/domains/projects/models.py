"""Projects (seeds 000 and 003): owned by a team, with members in project roles and environments."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ProjectRole(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"
    VIEWER = "viewer"


class ProjectType(StrEnum):
    """Dyrector's kinds (seed 001): a versioned project holds versions; a versionless one is one deployable unit,
    its images kept in the single rolling version the versions slice makes for it."""

    VERSIONED = "versioned"
    VERSIONLESS = "versionless"


class EnvironmentType(StrEnum):
    PRODUCTION = "production"
    STAGING = "staging"
    DEVELOPMENT = "development"
    PREVIEW = "preview"


class Project(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="projects", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    display_name = fields.CharField(max_length=128, default="")
    description = fields.TextField(default="")
    color = fields.CharField(max_length=16, null=True)
    default_node_id = fields.UUIDField(null=True)
    single_server_mode = fields.BooleanField(default=False)
    type = fields.CharEnumField(ProjectType, max_length=16, default=ProjectType.VERSIONED)
    owner = fields.ForeignKeyField("models.User", related_name="owned_projects", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "projects"
        unique_together = (("team", "name"),)


class ProjectMember(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="members", on_delete=fields.CASCADE)
    user = fields.ForeignKeyField("models.User", related_name="project_memberships", null=True,
                                  on_delete=fields.CASCADE)
    group = fields.ForeignKeyField("models.Group", related_name="project_memberships", null=True,
                                   on_delete=fields.CASCADE)
    role = fields.CharEnumField(ProjectRole, max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "project_members"


class Environment(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="environments", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    display_name = fields.CharField(max_length=128, default="")
    type = fields.CharEnumField(EnvironmentType, max_length=16, default=EnvironmentType.PRODUCTION)
    description = fields.TextField(default="")
    color = fields.CharField(max_length=16, null=True)
    git_branch = fields.CharField(max_length=255, null=True)
    is_default = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "environments"
        unique_together = (("project", "name"),)


class EnvVariable(Model):
    """A variable of an environment; its value is sealed with the instance key, secret or not."""

    id = fields.UUIDField(primary_key=True)
    environment = fields.ForeignKeyField("models.Environment", related_name="variables", on_delete=fields.CASCADE)
    key = fields.CharField(max_length=128)
    sealed_value = fields.TextField()
    secret = fields.BooleanField(default=False)

    class Meta:
        table = "env_variables"
        unique_together = (("environment", "key"),)


class ProjectInvite(Model):
    """An invitation into a project by email; the token is shown once, stored hashed, used once."""

    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="invites", on_delete=fields.CASCADE)
    email = fields.CharField(max_length=254)
    role = fields.CharEnumField(ProjectRole, max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    invited_by = fields.ForeignKeyField("models.User", related_name="sent_invites", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField()

    class Meta:
        table = "project_invites"


class ProjectIcon(Model):
    """A project's icon (PNG, JPEG or WebP, at most 1 MiB); a table apart so that lists of projects skip the bytes."""

    id = fields.UUIDField(primary_key=True)
    project = fields.OneToOneField("models.Project", related_name="icon_image", on_delete=fields.CASCADE)
    content_type = fields.CharField(max_length=32)
    data = fields.BinaryField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "project_icons"
