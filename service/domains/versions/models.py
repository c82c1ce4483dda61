"""Versions of a project and the images each holds (seed 001): an image names a repository and tag in one of
the team's registries, with the container configuration it deploys with (validated by config.py)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class VersionType(StrEnum):
    INCREMENTAL = "incremental"  # frozen once deployed; a new one comes by `increase`
    ROLLING = "rolling"  # always changeable: a versionless project's only version is one


class Version(Model):
    id = fields.UUIDField(primary_key=True)
    project = fields.ForeignKeyField("models.Project", related_name="versions", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    type = fields.CharEnumField(VersionType, max_length=16)
    changelog = fields.TextField(default="")
    is_default = fields.BooleanField(default=False)
    # The version this one was increased from (null for one made directly); a version is increased at most once.
    # A plain id, not a foreign key: aerich cannot create a table that refers to itself; a parent may go.
    parent_id = fields.UUIDField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name="created_versions", null=True,
                                        on_delete=fields.SET_NULL)
    updated_by = fields.ForeignKeyField("models.User", related_name="updated_versions", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "versions"
        unique_together = (("project", "name"),)


class Image(Model):
    id = fields.UUIDField(primary_key=True)
    version = fields.ForeignKeyField("models.Version", related_name="images", on_delete=fields.CASCADE)
    # A registry in use (REGISTRY_USERS) is not deleted by its slice; a team's deletion takes both.
    registry = fields.ForeignKeyField("models.Registry", related_name="images", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=255)  # the repository within the registry: `library/nginx`
    tag = fields.CharField(max_length=128)
    order = fields.IntField()  # deployment order within the version, from 0
    config = fields.JSONField(default=dict)  # config.ImageConfig's stored form (camelCase keys)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "version_images"
