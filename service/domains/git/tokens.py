"""A git provider's token as the rest of Containr may use it: sealed and opened here only, and handed to a
clone with the user name its provider expects over HTTPS."""

from __future__ import annotations

from typing import NamedTuple
from uuid import UUID

from service.config import Settings
from service.core.errors import Invalid
from service.core.secrets import SecretBox
from service.domains.git.models import GitProvider, GitProviderType

PURPOSE = "git-tokens"  # service/secret_rotation.py re-seals git_providers.sealed_token under it

# The user name each provider takes beside a token in HTTPS basic auth (Gitea: the token owner's login).
_USERNAMES = {GitProviderType.GITHUB: "x-access-token", GitProviderType.GITLAB: "oauth2",
              GitProviderType.BITBUCKET: "x-token-auth"}


class CloneCredentials(NamedTuple):
    """The HTTPS user name and password (the opened token) a `git clone` of the provider's repositories takes."""

    username: str
    token: str

    def __repr__(self) -> str:  # a log line or a traceback that shows one must not show the token
        return f"CloneCredentials(username={self.username!r}, token='***')"


def tokens_box(settings: Settings) -> SecretBox:
    return SecretBox(settings.resolved_secret_key(), purpose=PURPOSE, previous_keys=settings.previous_keys)


def git_username(provider: GitProvider) -> str:
    return _USERNAMES.get(provider.type) or provider.account or "git"


async def team_provider(provider_id: UUID, team_id: UUID) -> GitProvider:
    """The provider if it is the team's; a 422 naming gitProviderId otherwise (another team's is not found)."""
    provider = await GitProvider.get_or_none(id=provider_id, team_id=team_id)
    if provider is None:
        raise Invalid(f"No git provider {provider_id} in the project's team", code="not_found",
                      details={"field": "source.gitProviderId"})
    return provider


async def open_token(settings: Settings, provider_id: UUID) -> str:
    provider = await GitProvider.get(id=provider_id)
    return str(tokens_box(settings).open(provider.sealed_token))


def seal_token(settings: Settings, token: str) -> str:
    return tokens_box(settings).seal(token)


async def clone_credentials(settings: Settings, provider_id: UUID) -> CloneCredentials | None:
    """What a clone over HTTPS needs, user name and token; None when the provider is gone (deleted since: the
    service's reference was set to null)."""
    provider = await GitProvider.get_or_none(id=provider_id)
    if provider is None:
        return None
    return CloneCredentials(username=git_username(provider),
                            token=str(tokens_box(settings).open(provider.sealed_token)))
