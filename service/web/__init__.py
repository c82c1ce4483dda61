"""The dashboard: server-rendered pages of the same service (Jinja2 + htmx), signed in with a session cookie.

Pages read and change things only through the API, in process and with the signed-in account's own access
token (service/web/api_client.py): every rule the API enforces holds for the pages too, and its errors come back
with the field they name. Nothing here is in the OpenAPI document.
"""

from __future__ import annotations

from fastapi import FastAPI

from service.config import Settings
from service.web.failures import install_failure_pages
from service.web.headers import PageHeaders
from service.web.pages import ROUTERS
from service.web.session import Sessions
from service.web.static import STATIC_DIR, CachedStatic


def install(app: FastAPI, settings: Settings, *, secret_key: str) -> None:
    # A session lasts as long as the access token inside it.
    app.state.web_sessions = Sessions(secret_key, previous_keys=tuple(settings.previous_keys),
                                      max_age=settings.token_expiry)
    install_failure_pages(app)
    for router in ROUTERS:
        app.include_router(router, include_in_schema=False)
    app.mount("/static", CachedStatic(directory=STATIC_DIR), name="static")
    app.add_middleware(PageHeaders)
