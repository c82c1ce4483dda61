"""`containr worker`: a process that runs the tasks `containr serve` instances queue, in external mode."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Annotated

import typer

from service.cli.output import fail, say
from service.cli.server import _settings

if TYPE_CHECKING:
    from service.config import Settings
    from service.tasks.worker import WorkerProcess


def worker(queues: Annotated[str | None, typer.Option(help="Queues to take jobs from, comma-separated "
                                                         "[default: every queue]")] = None,
           concurrency: Annotated[int, typer.Option(min=1, help="Runs at once in this process")] = 1,
           name: Annotated[str | None, typer.Option(help="This worker's name [default: HOST:PID]")] = None,
           grace: Annotated[float, typer.Option(min=0, help="Seconds a shutdown waits for runs to end by "
                                                            "themselves before it stops them")] = 0.0) -> None:
    """Run tasks queued by the API instances (CONTAINR_TASK_WORKERS=external), until SIGTERM or SIGINT."""
    from service.config import ConfigError
    from service.core import db, logredact
    from service.tasks.worker import WorkerProcess

    settings = _settings()
    try:
        settings.check_cluster()
        if not settings.external_workers:
            raise ConfigError("containr worker runs the tasks of external mode: set CONTAINR_TASK_WORKERS=external")
        secret_key = settings.resolved_secret_key()
        process = WorkerProcess(settings, queues=[q.strip() for q in (queues or "").split(",") if q.strip()],
                                concurrency=concurrency, name=name, grace=grace)
    except (ConfigError, ValueError) as exc:
        raise fail(str(exc)) from exc
    logredact.install()
    service_log = logging.getLogger("service")
    if not service_log.handlers:
        handler = logging.StreamHandler()  # stderr
        handler.setFormatter(logging.Formatter("%(levelname)s:     %(name)s: %(message)s"))
        service_log.addHandler(handler)
        service_log.setLevel(logging.INFO)

    async def main() -> None:
        await db.migrate(settings)  # as serve does: a worker never runs against an older schema
        async with db.database(settings):
            say(f"worker {process.name} started: queues {', '.join(process.queues) or 'all'}, "
                f"concurrency {process.concurrency}", stderr=True)
            await serve(settings, secret_key=secret_key, worker=process)
        say(f"worker {process.name} stopped", stderr=True)

    asyncio.run(main())


async def serve(settings: Settings, *, secret_key: str, worker: WorkerProcess) -> None:
    """The whole worker process once the database is connected: the app's finish hooks, signals, the work."""
    from starlette.datastructures import State

    from service.app import build_state, prepare_engine

    state = State()
    build_state(state, settings, secret_key=secret_key)
    engine = await prepare_engine(state, settings, secret_key=secret_key)
    worker.install_signal_handlers()
    await worker.run(engine)
