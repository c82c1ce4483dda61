"""How a page answers what went wrong: sign-in needed, a form without its CSRF token, or an API refusal that the
page did not handle itself (not found, forbidden, busy)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import HTMLResponse, RedirectResponse, Response

from service.web.api_client import ApiFailure
from service.web.deps import CsrfRefused, SignInRequired, Web, sign_in_url
from service.web.templating import ENV

TITLES = {400: "Bad request", 401: "Signed out", 403: "Not allowed", 404: "Not found", 409: "Busy or taken",
          422: "Invalid request", 429: "Too many requests", 502: "A node did not answer"}


def _page(request: Request, *, status: int, title: str, message: str) -> Response:
    context: Web | None = getattr(request.state, "web", None)
    html = ENV.get_template("error.html").render(
        user=context.user if context else None, csrf=context.session.csrf if context else "", flash=None,
        path=request.url.path, query=request.query_params, status=status, title=title, message=message)
    response = HTMLResponse(html, status_code=status)
    return context.finish(response) if context else response


async def _sign_in(request: Request, exc: Exception) -> Response:
    target = sign_in_url(request)
    context: Web | None = getattr(request.state, "web", None)
    if request.headers.get("HX-Request"):
        response: Response = Response(status_code=204, headers={"HX-Location": target})
    else:
        response = RedirectResponse(target, status_code=303)
    return context.finish(response) if context else response


async def _csrf(request: Request, exc: Exception) -> Response:
    return _page(request, status=403, title="Form expired",
                 message="This form was not sent from the page it came from, or the page is too old. "
                         "Go back, reload the page and send it again.")


async def _api(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiFailure)
    if exc.status == 401:
        context: Web | None = getattr(request.state, "web", None)
        if context:
            context.session.sign_out()
        return await _sign_in(request, exc)
    return _page(request, status=exc.status, title=TITLES.get(exc.status, "Something went wrong"),
                 message=exc.message)


Handler = Callable[[Request, Exception], Awaitable[Response]]


def _pages_or(api_handler: Handler, page: Handler) -> Handler:
    """The API's own answer under /api/, a page everywhere else (a browser gets HTML, never the API's JSON)."""
    async def handle(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            return await api_handler(request, exc)
        return await page(request, exc)
    return handle


async def _not_a_page(request: Request, exc: Exception) -> Response:
    """A malformed address (`/tasks/abc`, a query value out of range) names no page."""
    return _page(request, status=404, title=TITLES[404], message="There is no such page.")


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 404:
        return await _not_a_page(request, exc)
    return _page(request, status=exc.status_code, title=TITLES.get(exc.status_code, "Something went wrong"),
                 message=str(exc.detail))


def install_failure_pages(app: FastAPI) -> None:
    """After the API's error handlers: the two it has for malformed requests and HTTP errors answer pages too."""
    app.add_exception_handler(SignInRequired, _sign_in)
    app.add_exception_handler(CsrfRefused, _csrf)
    app.add_exception_handler(ApiFailure, _api)
    for kind, page in ((RequestValidationError, _not_a_page), (StarletteHTTPException, _http)):
        app.add_exception_handler(kind, _pages_or(app.exception_handlers[kind], page))
