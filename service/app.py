"""The FastAPI application factory and its lifespan (database, task engine)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from service import __version__
from service.actions import catalogue
from service.api import api_router
from service.auth.tokens import TokenIssuer
from service.config import Settings, get_settings
from service.core import (
    db,  # noqa: F401 - updates declares its actions and jobs
    logredact,
)
from service.core.audit import AuditMiddleware
from service.core.body_limit import BodyLimit
from service.core.errors import error_body, install_error_handlers
from service.core.nul_guard import NulGuard
from service.core.openapi import build_openapi
from service.core.secrets import SecretBox
from service.domains.backups import databases as database_backups  # noqa: F401 - declares its actions on import
from service.domains.databases import actions as database_actions  # noqa: F401 - declares its actions on import
from service.domains.databases import recovery as database_recovery
from service.domains.nodes import actions as proxmox  # noqa: F401 - proxmox declares its actions on import
from service.domains.nodes.registry import nodes_box
from service.domains.updates import actions as updates
from service.tasks import TaskEngine
from service.tasks.scheduler import Scheduler

log = logging.getLogger(__name__)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the service log; the client learns only that it was our fault.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(error_body("Internal server error", "internal_error"), status_code=500)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    logredact.install()
    secret_key = settings.resolved_secret_key()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await db.migrate(settings)
        await db.connect(settings)
        engine = TaskEngine(settings, secret_key=secret_key)
        catalogue.install_hooks(engine)
        app.state.engine = engine
        await engine.recover()
        await database_recovery.fail_unstarted()
        scheduler = Scheduler(engine, settings)
        await scheduler.start()
        app.state.scheduler = scheduler
        try:
            yield
        finally:
            scheduler.shutdown()
            await engine.close()
            await db.disconnect()

    app = FastAPI(title="Containr", version=__version__, lifespan=lifespan,
                  description="A self-hosted control plane for Proxmox VE whose engine is Ansible.")
    app.state.settings = settings
    app.state.issuer = TokenIssuer(secret_key=secret_key, expiry_seconds=settings.token_expiry)
    app.state.variables_box = SecretBox(secret_key, purpose="variables", previous_keys=settings.previous_keys)
    app.state.settings_box = SecretBox(secret_key, purpose="settings", previous_keys=settings.previous_keys)
    app.state.nodes_box = nodes_box(settings)
    app.state.databases_box = SecretBox(secret_key, purpose="database-passwords",
                                        previous_keys=settings.previous_keys)
    install_error_handlers(app)
    app.add_exception_handler(Exception, _unexpected)
    app.include_router(api_router)
    app.add_middleware(BodyLimit)  # inside the audit: a refused body is recorded with its 413
    app.add_middleware(AuditMiddleware)
    app.add_middleware(NulGuard)  # outermost: nothing sees a NUL character
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
    return app
