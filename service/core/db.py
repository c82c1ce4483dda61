"""Database connection (Tortoise) and migrations (aerich) for SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.backends.base.executor import EXECUTOR_CACHE

from service.config import REPO_ROOT, Settings, get_settings

MIGRATIONS_DIR = REPO_ROOT / "migrations"
MODEL_MODULES = ["service.models", "aerich.models"]


# Tortoise opens SQLite in WAL mode. With synchronous=NORMAL a commit waits for no fsync (checkpoints do):
# an accepted launch costs a write, not a disk flush. The database stays consistent after a power cut, which
# may lose the last commits; a crash of the service loses none. A URL's own `?synchronous=` wins.
SQLITE_PRAGMAS = {"synchronous": "NORMAL"}


def _connection(url: str) -> str | dict[str, Any]:
    if not url.startswith("sqlite://"):
        return url
    config = expand_db_url(url)
    for pragma, value in SQLITE_PRAGMAS.items():
        config["credentials"].setdefault(pragma, value)
    return config


def tortoise_config(settings: Settings) -> dict[str, Any]:
    return {
        "connections": {"default": _connection(settings.db_url)},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def __getattr__(name: str) -> Any:
    # aerich's CLI reads `service.core.db.TORTOISE_ORM`; build it on access so importing this module
    # never reads the environment by itself.
    if name == "TORTOISE_ORM":
        return tortoise_config(get_settings())
    raise AttributeError(name)


def _forget_compiled_queries() -> None:
    # Tortoise caches each model's compiled SQL by connection name, not by dialect: a process that
    # opens a database of another kind under the same name (tests, a restore) must drop it first.
    EXECUTOR_CACHE.clear()


async def migrate(settings: Settings) -> list[str]:
    """Apply every migration not applied yet; answer their names."""
    from aerich import Command

    settings.ensure_data_dir()
    _forget_compiled_queries()

    async def upgrade() -> list[str]:
        async with Command(tortoise_config(settings), app="models", location=str(MIGRATIONS_DIR)) as command:
            return await command.upgrade(run_in_transaction=True)

    # In a task of its own: aerich's Tortoise context lives in context variables, which a task copies and
    # never hands back, so a later migrate or connect in this task starts clean.
    return await asyncio.create_task(upgrade())


async def connect(settings: Settings) -> None:
    settings.ensure_data_dir()
    _forget_compiled_queries()
    # The lifespan runs in a task of its own; requests and the engine run in others: they find the
    # connections through Tortoise's global fallback, not the lifespan's context variable.
    await Tortoise.init(config=tortoise_config(settings), _enable_global_fallback=True)


async def disconnect() -> None:
    await Tortoise.close_connections()


@asynccontextmanager
async def database(settings: Settings) -> AsyncIterator[None]:
    await connect(settings)
    try:
        yield
    finally:
        await disconnect()


async def clock() -> datetime:
    """The time every process of a cluster compares against: PostgreSQL's, so that leases, heartbeats and the
    reaper's cut-offs do not depend on the machines' clocks agreeing. On SQLite (one machine) this process's."""
    connection = Tortoise.get_connection("default")
    if connection.capabilities.dialect == "postgres":
        rows = await connection.execute_query_dict("SELECT clock_timestamp() AS now")
        return rows[0]["now"].astimezone(UTC)
    return datetime.now(UTC)


async def ping() -> bool:
    try:
        connection = Tortoise.get_connection("default")
        await connection.execute_query("SELECT 1")
    except Exception:
        return False
    return True
