"""The task queue's schema (procrastinate's tables and functions, in our database): made where missing, then kept
at the installed procrastinate's by the SQL migrations its package ships, each applied once. The table
`containr_queue_migrations` lists those applied (a new schema counts as every shipped one); one process at a time
does this, under an advisory lock, however many start together."""

from __future__ import annotations

import logging
from pathlib import Path

import psycopg
from procrastinate.schema import SchemaManager

log = logging.getLogger(__name__)

# pg_advisory_lock key (any bigint of our own) held while the schema is made or migrated.
SCHEMA_LOCK = 0x636F6E74_0001
MIGRATIONS_TABLE = "containr_queue_migrations"
SHIPPED = Path(SchemaManager.get_migrations_path())


def shipped_migrations(directory: Path = SHIPPED) -> list[Path]:
    """The migrations in the order they apply (their names start with the release: `03.04.00_01_pre_...`)."""
    return sorted(directory.glob("*.sql"))


async def ensure(conninfo: str, *, migrations: Path = SHIPPED) -> list[str]:
    """Make or migrate the schema; answers the names of the migrations applied now. A migration that fails is
    rolled back, recorded as not applied, and raised: the process does not start on a half-migrated queue."""
    async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
        await conn.execute("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK,))
        try:
            return await _ensure(conn, shipped_migrations(migrations))
        finally:
            await conn.execute("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK,))


async def _ensure(conn: psycopg.AsyncConnection, shipped: list[Path]) -> list[str]:
    await conn.execute(f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
                       "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
    found = await (await conn.execute("SELECT to_regclass('procrastinate_jobs')")).fetchone()
    if found is None or found[0] is None:
        async with conn.transaction():
            # No parameters: psycopg sends the script as is, every statement of it.
            await conn.execute(SchemaManager.get_schema())  # type: ignore[arg-type]
            await _record(conn, shipped)
        log.info("applied the task queue's schema (procrastinate)")
        return []
    applied = {row[0] for row in await (await conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE}")).fetchall()}
    if not applied:
        # A schema made before migrations were recorded here: taken as the installed release's.
        await _record(conn, shipped)
        log.warning("the task queue's schema had no record of its migrations: recorded as procrastinate's current")
        return []
    done = []
    for path in shipped:
        if path.name in applied:
            continue
        async with conn.transaction():
            await conn.execute(path.read_text())  # type: ignore[arg-type]
            await _record(conn, [path])
        log.warning("applied the task queue's migration %s", path.name)
        done.append(path.name)
    return done


async def _record(conn: psycopg.AsyncConnection, migrations: list[Path]) -> None:
    async with conn.cursor() as cursor:
        await cursor.executemany(f"INSERT INTO {MIGRATIONS_TABLE} (name) VALUES (%s) ON CONFLICT DO NOTHING",
                                 [(path.name,) for path in migrations])
