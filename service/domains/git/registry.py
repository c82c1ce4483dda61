"""A team's git providers: who sees and changes one, adding one (its token checked with the provider first),
forgetting one, and listing its repositories."""

from __future__ import annotations

from uuid import UUID

from tortoise.queryset import QuerySet

from service.auth.models import User
from service.config import Settings
from service.core.errors import BadGateway, Conflict, Invalid, taken_on_duplicate
from service.domains.git import providers, tokens
from service.domains.git.models import GitProvider, GitProviderType
from service.domains.git.schemas import GitProviderCreate
from service.domains.teams import owned


async def visible_provider(provider_id: UUID, user: User, *, manage: bool = False) -> GitProvider:
    """The provider if the caller is in its team (else 404); `manage` needs a team owner or admin (else 403)."""
    provider = await GitProvider.get_or_none(id=provider_id)
    await owned.check_access(provider.team_id if provider else None, user, manage=manage,
                             missing=f"No git provider {provider_id}")
    assert provider is not None
    return provider


async def visible_providers(user: User, *, team_id: UUID | None, search: str | None) -> QuerySet[GitProvider]:
    return await owned.visible(GitProvider.all(), user, team_id=team_id, search=search)


def _taken(name: str) -> str:
    return f"The team already has a git provider named {name!r}"


async def verified_account(kind: GitProviderType, base: str, token: str) -> str:
    """The token's login, read with one call to the provider; a refusal names accessToken, anything else url."""
    try:
        return await providers.client(kind, base=base, token=token).current_user()
    except providers.Refused as exc:
        raise Invalid(f"The provider refused the access token ({exc.status})",
                      details={"field": "accessToken"}) from exc
    except providers.Unreachable as exc:
        raise Invalid(f"The provider could not be used: {exc.message}", details={"field": "url"}) from exc


async def create_provider(settings: Settings, user: User, *, body: GitProviderCreate) -> GitProvider:
    """Check the token with the provider, then record the provider with its token sealed."""
    team_id = await owned.managed_team(body.team_id, user, adding="a git provider")
    name = body.name or body.type.value
    base = providers.base_url(body.type, body.url)
    if base is None:
        raise Invalid(f"A {body.type.value} provider needs the url of its server", details={"field": "url"})
    if await GitProvider.exists(team_id=team_id, name=name):
        raise Conflict(_taken(name), code="taken", details={"field": "name"})
    account = await verified_account(body.type, base, body.access_token)
    with taken_on_duplicate(_taken(name), field="name"):
        return await GitProvider.create(team_id=team_id, type=body.type, name=name, url=body.url,
                                        sealed_token=tokens.seal_token(settings, body.access_token),
                                        account=account[:255], created_by=user)


async def repositories(settings: Settings, provider: GitProvider, *, search: str | None, page: int,
                       per_page: int) -> providers.RepositoryPage:
    """A page of the repositories the provider's token reaches; the provider failing is a 502."""
    base = providers.base_url(provider.type, provider.url) or ""
    token = str(tokens.tokens_box(settings).open(provider.sealed_token))
    try:
        return await providers.client(provider.type, base=base, token=token).repositories(
            search=search, page=page, per_page=per_page)
    except providers.Refused as exc:
        raise BadGateway(f"The provider refused the stored token ({exc.status}): add the provider again with a "
                         "valid one", details={"providerStatus": exc.status}) from exc
    except providers.Unreachable as exc:
        raise BadGateway(f"The provider could not be used: {exc.message}",
                         details={"providerStatus": exc.status}) from exc
