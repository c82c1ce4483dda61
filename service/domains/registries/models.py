"""Container registries (seed 001 `/registries`): where a team's images live, with the sealed credentials that
pull them, and the CA bundle to trust for a self-signed registry."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class RegistryType(StrEnum):
    V2 = "v2"  # any Docker Registry HTTP API v2: url, user, token
    HUB = "hub"  # Docker Hub: imageNamePrefix (an organisation or user), user and token for private images
    GITHUB = "github"  # ghcr.io: imageNamePrefix (organisation or user), user, token
    GITLAB = "gitlab"  # registry.gitlab.com or a self-hosted one (url, apiUrl), imageNamePrefix, user, token
    GOOGLE = "google"  # Artifact Registry / gcr.io: url (the region host), imageNamePrefix (the project), token
    UNCHECKED = "unchecked"  # any registry, saved without a check: url, optional user and token
    GROUP = "group"  # the seed's imageNamePrefix details only: a prefix over another registry's host (url)


class Registry(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="registries", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=64)
    description = fields.TextField(default="")
    icon = fields.CharField(max_length=64, null=True)
    type = fields.CharEnumField(RegistryType, max_length=16)
    url = fields.CharField(max_length=512)  # the registry's base, https://host[:port], filled in per type
    user = fields.CharField(max_length=255, default="")
    sealed_token = fields.TextField(null=True)  # write-only: sealed with the instance key, never answered
    image_name_prefix = fields.CharField(max_length=255, default="")
    ca_bundle = fields.TextField(null=True)  # a PEM to trust for a self-signed registry (ours, not the seed's)
    extra = fields.JSONField(default=dict)  # the type's other details (gitlab's apiUrl and namespace, ...)
    created_by = fields.ForeignKeyField("models.User", related_name="registries", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "registries"
        unique_together = (("team", "name"),)
