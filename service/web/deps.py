"""What a page handler gets: the request's session, the API client and, once signed in, the account; and the
answers every page gives the same way (render, redirect, a form checked for its CSRF token)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials
from starlette.datastructures import FormData
from starlette.responses import HTMLResponse, RedirectResponse, Response

from service.api.deps import get_current_user
from service.auth.models import User
from service.core.errors import Unauthorized
from service.web.api_client import ApiClient
from service.web.session import CSRF_FIELD, CSRF_HEADER, Session, Sessions
from service.web.templating import ENV


class SignInRequired(Exception):
    """The page needs a signed-in account (or its session ran out): off to the sign-in page and back."""


class CsrfRefused(Exception):
    """A form came without the session's CSRF token."""


@dataclass
class Web:
    request: Request
    session: Session
    api: ApiClient
    user: User | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def sessions(self) -> Sessions:
        return self.request.app.state.web_sessions

    def finish(self, response: Response) -> Response:
        self.sessions.save(self.session, self.request, response)
        return response

    def page(self, template: str, *, status: int = 200, **context: Any) -> Response:
        flash = self.session.take_flash()
        html = ENV.get_template(template).render(
            user=self.user, csrf=self.session.csrf, flash=flash, path=self.request.url.path,
            query=self.request.query_params, **context)
        return self.finish(HTMLResponse(html, status_code=status))

    def redirect(self, url: str, *, say: str | None = None) -> Response:
        if say:
            self.session.say(say)
        if self.request.headers.get("HX-Request"):
            # htmx follows a redirect inside the swap; HX-Location makes it a page change.
            return self.finish(Response(status_code=204, headers={"HX-Location": url}))
        return self.finish(RedirectResponse(url, status_code=303))

    async def form(self) -> FormData:
        """The posted form, once its CSRF token (field or header) matches the session's."""
        form = await self.request.form()
        offered = form.get(CSRF_FIELD)
        offered = offered if isinstance(offered, str) else self.request.headers.get(CSRF_HEADER)
        if not self.session.csrf_matches(offered):
            raise CsrfRefused()
        return form


async def web(request: Request) -> AsyncIterator[Web]:
    session = request.app.state.web_sessions.load(request)
    api = ApiClient(request, session.token)
    context = Web(request=request, session=session, api=api)
    request.state.web = context
    try:
        yield context
    finally:
        await api.aclose()


async def signed_in(request: Request, context: Annotated[Web, Depends(web)]) -> Web:
    if not context.session.token:
        raise SignInRequired()
    try:
        context.user = await get_current_user(
            request, request.app.state.issuer,
            HTTPAuthorizationCredentials(scheme="Bearer", credentials=context.session.token), None)
    except Unauthorized as exc:
        context.session.sign_out()
        raise SignInRequired() from exc
    return context


def sign_in_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return "/signin" if target in ("/", "/signin") else f"/signin?next={quote(target, safe='')}"


def form_values(form: FormData, *names: str) -> Mapping[str, str]:
    """The named fields as trimmed strings ('' for a missing one), for re-showing a refused form."""
    return {name: str(form.get(name) or "").strip() for name in names}


Anyone = Annotated[Web, Depends(web)]
SignedIn = Annotated[Web, Depends(signed_in)]
