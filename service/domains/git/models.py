"""Git providers (seed 000 `/git/providers`): a team's account on GitHub, GitLab, Bitbucket or Gitea, whose
token lists its repositories and lets services clone private ones."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class GitProviderType(StrEnum):
    GITHUB = "github"
    GITLAB = "gitlab"
    BITBUCKET = "bitbucket"
    GITEA = "gitea"


class GitProvider(Model):
    id = fields.UUIDField(primary_key=True)
    team = fields.ForeignKeyField("models.Team", related_name="git_providers", on_delete=fields.CASCADE)
    type = fields.CharEnumField(GitProviderType, max_length=16)
    name = fields.CharField(max_length=64)
    url = fields.CharField(max_length=512, null=True)  # the API's base for self-hosted GitLab or Gitea
    sealed_token = fields.TextField()  # write-only: sealed with the instance key, never answered
    account = fields.CharField(max_length=255, default="")  # the login the token belongs to, read when verified
    created_by = fields.ForeignKeyField("models.User", related_name="git_providers", null=True,
                                        on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "git_providers"
        unique_together = (("team", "name"),)
