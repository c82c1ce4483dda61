"""Git providers: a team's accounts whose tokens clone private repositories (the token is write-only: never put
back into a form), added from a form and forgotten through a confirmation page."""

from __future__ import annotations

from collections.abc import Mapping
from uuid import UUID

from fastapi import APIRouter
from starlette.responses import Response

from service.web.api_client import ApiFailure
from service.web.deps import SignedIn, form_values
from service.web.pages.choices import first_hundred

router = APIRouter()

KINDS = [("github", "GitHub"), ("gitlab", "GitLab"), ("bitbucket", "Bitbucket"), ("gitea", "Gitea")]


async def _providers_page(web: SignedIn, *, status: int = 200, values: Mapping[str, str] | None = None,
                          errors: Mapping[str, str] | None = None, error: str | None = None) -> Response:
    assert web.user is not None
    teams = await web.api.get("/teams")
    managed = [t for t in teams if t["role"] in ("owner", "admin") or web.user.is_admin]
    providers = await first_hundred(web, "/git/providers")
    return web.page("services/providers.html", status=status, providers=providers,
                    teams={t["id"]: t for t in teams}, managed={t["id"] for t in managed},
                    team_options=[(t["id"], t["name"] + (" (personal)" if t["personal"] else "")) for t in managed],
                    kinds=KINDS, values=values or {"type": "github"}, errors=errors or {},
                    error=error)


@router.get("/git/providers")
async def providers_page(web: SignedIn) -> Response:
    return await _providers_page(web)


@router.post("/git/providers")
async def add_provider(web: SignedIn) -> Response:
    form = await web.form()
    values = form_values(form, "type", "name", "url", "teamId")  # the token is never sent back into the form
    body = {"type": values["type"], "name": values["name"] or None, "url": values["url"] or None,
            "teamId": values["teamId"] or None, "accessToken": str(form.get("accessToken") or "")}
    try:
        made = await web.api.post("/git/providers", body)
    except ApiFailure as failure:
        return await _providers_page(web, status=failure.status, values=values, errors=failure.fields,
                                     error=failure.message)
    return web.redirect("/git/providers", say=f"Added {made['name']}: the token reaches {made['account']}'s "
                                              "repositories.")


@router.get("/git/providers/{provider_id}/delete")
async def provider_delete_form(web: SignedIn, provider_id: UUID) -> Response:
    return web.page("services/provider_delete.html", provider=await web.api.get(f"/git/providers/{provider_id}"),
                    error=None)


@router.post("/git/providers/{provider_id}/delete")
async def delete_provider(web: SignedIn, provider_id: UUID) -> Response:
    await web.form()
    provider = await web.api.get(f"/git/providers/{provider_id}")
    try:
        await web.api.delete(f"/git/providers/{provider_id}")
    except ApiFailure as failure:
        return web.page("services/provider_delete.html", status=failure.status, provider=provider,
                        error=failure.message)
    return web.redirect("/git/providers", say=f"Forgot {provider['name']}.")
