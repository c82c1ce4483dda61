"""The FastAPI application factory and its lifespan (database, task engine)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.datastructures import State

from service import __version__
from service.actions.catalogue import Catalogue
from service.api.hooks import Hooks
from service.auth.tokens import TokenIssuer
from service.config import Settings, get_settings
from service.core import db, logredact
from service.core.audit import AuditMiddleware
from service.core.body_limit import BodyLimit
from service.core.errors import error_body, install_error_handlers
from service.core.nul_guard import NulGuard
from service.core.openapi import build_openapi
from service.core.secrets import SecretBox
from service.domains.accounts.domain import DOMAIN as ACCOUNTS
from service.domains.apps.domain import DOMAIN as APPS
from service.domains.audit.domain import DOMAIN as AUDIT
from service.domains.backup_storage.domain import DOMAIN as BACKUP_STORAGE
from service.domains.backups.domain import DOMAIN as BACKUPS
from service.domains.dashboard.domain import DOMAIN as DASHBOARD
from service.domains.databases.domain import DOMAIN as DATABASES
from service.domains.deployments.domain import DOMAIN as DEPLOYMENTS
from service.domains.dns.domain import DOMAIN as DNS
from service.domains.domain import Domain
from service.domains.edge.domain import DOMAIN as EDGE
from service.domains.events.domain import DOMAIN as EVENTS
from service.domains.git.domain import DOMAIN as GIT
from service.domains.instance.domain import DOMAIN as INSTANCE
from service.domains.mail.domain import DOMAIN as MAIL
from service.domains.nodes.domain import DOMAIN as NODES
from service.domains.nodes.registry import nodes_box
from service.domains.notifications.domain import DOMAIN as NOTIFICATIONS
from service.domains.platform.domain import DOMAIN as PLATFORM
from service.domains.playbooks.domain import DOMAIN as PLAYBOOKS
from service.domains.projects.domain import DOMAIN as PROJECTS
from service.domains.registries.domain import DOMAIN as REGISTRIES
from service.domains.services.domain import DOMAIN as SERVICES
from service.domains.storages.domain import DOMAIN as STORAGES
from service.domains.tasks.domain import DOMAIN as TASKS
from service.domains.teams.domain import DOMAIN as TEAMS
from service.domains.updates.domain import DOMAIN as UPDATES
from service.domains.versions.domain import DOMAIN as VERSIONS
from service.domains.workers.domain import DOMAIN as WORKERS
from service.domains.workflows.domain import DOMAIN as WORKFLOWS
from service.tasks import TaskEngine
from service.tasks.reaper import run_reaper
from service.tasks.relay import LiveRelay
from service.tasks.scheduler import Scheduler
from service.web import install as install_dashboard

# Every slice, in the order its routers are included, its recovery runs and its hooks answer: a slice comes after
# those it imports, and reaches those after it only through their hooks (tests/test_import_contract.py reads this).
DOMAINS: tuple[Domain, ...] = (INSTANCE, TEAMS, EVENTS, NOTIFICATIONS, NODES, PROJECTS, ACCOUNTS, TASKS, WORKERS,
                               PLAYBOOKS, AUDIT, BACKUP_STORAGE, DATABASES, GIT, REGISTRIES, DNS, SERVICES, EDGE, MAIL,
                               UPDATES, BACKUPS, APPS, PLATFORM, STORAGES, VERSIONS, DEPLOYMENTS, WORKFLOWS, DASHBOARD)
CATALOGUE = Catalogue(action for domain in DOMAINS for action in domain.actions)
API_PREFIX = "/api/v1"

log = logging.getLogger(__name__)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The traceback goes to the service log; the client learns only that it was our fault.
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(error_body("Internal server error", "internal_error"), status_code=500)


def build_state(state: State, settings: Settings, *, secret_key: str) -> None:
    """What the routers and the slices' hooks find on the app's state, in an API process and in a worker alike."""
    state.settings = settings
    state.issuer = TokenIssuer(secret_key=secret_key, expiry_seconds=settings.token_expiry)
    state.variables_box = SecretBox(secret_key, purpose="variables", previous_keys=settings.previous_keys)
    state.settings_box = SecretBox(secret_key, purpose="settings", previous_keys=settings.previous_keys)
    state.nodes_box = nodes_box(settings)
    state.databases_box = SecretBox(secret_key, purpose="database-passwords", previous_keys=settings.previous_keys)
    state.hooks = Hooks(state, [domain.hooks for domain in DOMAINS])


async def prepare_engine(state: State, settings: Settings, *, secret_key: str) -> TaskEngine:
    """The task engine with every slice's finish hooks, serial groups and end listeners, on `state.engine`: a
    task ends the same way wherever it ran (this process, or a `containr worker`). The database is connected."""
    engine = TaskEngine(settings, secret_key=secret_key)
    CATALOGUE.install_hooks(engine)
    state.engine = engine
    for domain in DOMAINS:
        for ready in domain.engine_ready:
            await ready(state)
    return engine


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    logredact.install()
    secret_key = settings.resolved_secret_key()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await db.migrate(settings)
        await db.connect(settings)
        engine = await prepare_engine(app.state, settings, secret_key=secret_key)
        relay = None
        if settings.external_workers:
            # Lines and ends written by the workers (and by other instances) reach this instance's followers.
            relay = LiveRelay.from_settings(settings, events=engine.events, logs=engine.logs)
            relay.start()
        await engine.recover()
        for domain in DOMAINS:
            for recover in domain.recovery:
                await recover()
        scheduler = Scheduler(engine, settings, jobs=[job for domain in DOMAINS for job in domain.jobs])
        await scheduler.start()
        app.state.scheduler = scheduler
        for domain in DOMAINS:
            for started in domain.started:
                await started(app.state)
        # Every instance and every worker looks for workers that stopped answering; one of them ends their tasks.
        reaper_stop = asyncio.Event()
        reaping = asyncio.create_task(run_reaper(
            settings, end_lost=engine.end_lost, requeued=engine.requeued, prune_jobs=engine.transport.prune_jobs,
            stop=reaper_stop)) if engine.transport is not None else None
        try:
            yield
        finally:
            reaper_stop.set()
            if reaping is not None:
                await reaping
            for domain in DOMAINS:
                for stop in domain.stopping:
                    await stop(app.state)
            await scheduler.close()
            if relay is not None:
                await relay.close()
            await engine.close()
            await db.disconnect()

    app = FastAPI(title="Containr", version=__version__, lifespan=lifespan,
                  description="A self-hosted control plane for Proxmox VE whose engine is Ansible.")
    build_state(app.state, settings, secret_key=secret_key)
    install_error_handlers(app)
    app.add_exception_handler(Exception, _unexpected)
    for domain in DOMAINS:
        for router in domain.routers:
            app.include_router(router, prefix=API_PREFIX)
    install_dashboard(app, settings, secret_key=secret_key)
    # Inside the audit: a refused body is recorded with its 413.
    app.add_middleware(BodyLimit, uploads=[upload for domain in DOMAINS for upload in domain.uploads],
                       prefix=API_PREFIX)
    app.add_middleware(AuditMiddleware)
    app.add_middleware(NulGuard)  # outermost: nothing sees a NUL character
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
    return app
