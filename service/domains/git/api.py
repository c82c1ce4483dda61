"""Git providers (seed 000 `/git/providers`): a team's accounts on GitHub, GitLab, Bitbucket or Gitea and the
repositories their tokens reach. Tokens are write-only: no answer holds one."""

from __future__ import annotations

from uuid import UUID

from fastapi import APIRouter, Query, Response, status

from service.api.deps import CurrentUser, SettingsDep
from service.core.audit import AuditTarget, note
from service.core.paging import PagingDep
from service.core.schemas import Page, error_responses
from service.domains.git import providers, registry
from service.domains.git.models import GitProvider
from service.domains.git.schemas import GitProviderCreate, GitProviderOut, GitRepositoryOut, RepositoryPage

router = APIRouter(prefix="/git/providers", tags=["git"])
SEEN = error_responses(401, 404, 422)
CHANGE = error_responses(401, 403, 404, 409, 422)


def _out(provider: GitProvider) -> GitProviderOut:
    return GitProviderOut(id=provider.id, team_id=provider.team_id, type=provider.type, name=provider.name,
                          url=providers.base_url(provider.type, provider.url) or "", account=provider.account,
                          created_by=provider.created_by_id, created_at=provider.created_at,
                          updated_at=provider.updated_at)


@router.get("", response_model=Page[GitProviderOut], responses=error_responses(401, 422),
            summary="The git providers of the caller's teams")
async def list_providers(user: CurrentUser, paging: PagingDep,
                         team_id: UUID | None = Query(default=None, alias="teamId")) -> Page[GitProviderOut]:
    query = await registry.visible_providers(user, team_id=team_id, search=paging.search)
    total = await query.count()
    found = await query.order_by("name", "id").offset(paging.offset).limit(paging.per_page)
    return Page[GitProviderOut](items=[_out(p) for p in found], total=total, page=paging.page,
                                per_page=paging.per_page)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=GitProviderOut, responses=CHANGE,
             summary="Add a git provider (team owners and admins); its token is checked with the provider first")
async def create_provider(body: GitProviderCreate, user: CurrentUser, settings: SettingsDep) -> GitProviderOut:
    """The token is checked with one call to the provider's current-user endpoint before anything is recorded:
    refused (401/403) is a 422 naming `accessToken`; no answer, or one Containr cannot read, a 422 naming `url`.
    The token is then sealed and never shown again."""
    provider = await registry.create_provider(settings, user, body=body)
    note(AuditTarget.of("git_provider", provider))
    return _out(provider)


@router.get("/{provider_id}", response_model=GitProviderOut, responses=SEEN, summary="Get a git provider")
async def get_provider(provider_id: UUID, user: CurrentUser) -> GitProviderOut:
    return _out(await registry.visible_provider(provider_id, user))


@router.delete("/{provider_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response,
               responses=CHANGE, summary="Forget a git provider; services that used it keep no provider")
async def delete_provider(provider_id: UUID, user: CurrentUser) -> Response:
    provider = await registry.visible_provider(provider_id, user, manage=True)
    note(AuditTarget.of("git_provider", provider))
    await provider.delete()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/{provider_id}/repositories", response_model=RepositoryPage, responses=error_responses(401, 404, 422, 502),
            summary="The repositories the provider's token reaches, paged as the provider pages them")
async def list_repositories(provider_id: UUID, user: CurrentUser, settings: SettingsDep,
                            paging: PagingDep) -> RepositoryPage:
    """`total` is what the provider reports (null when GitHub's next page says only that there is more);
    `hasMore` tells whether there is a next page. A provider that refuses the stored token or fails is a 502."""
    provider = await registry.visible_provider(provider_id, user)
    found = await registry.repositories(settings, provider, search=paging.search, page=paging.page,
                                        per_page=paging.per_page)
    items = [GitRepositoryOut(**vars(repo)) for repo in found.items]
    return RepositoryPage(items=items, total=found.total, page=paging.page, per_page=found.per_page,
                          has_more=found.has_more)
