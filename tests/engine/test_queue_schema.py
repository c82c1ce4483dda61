"""The task queue's schema on a real PostgreSQL: made once however many processes start together, then migrated
by the migrations a newer procrastinate ships, each once, and a failing one rolled back and raised."""

from __future__ import annotations

import asyncio
import itertools
import os
import shutil
from pathlib import Path

import psycopg
import pytest

from service.core import postgres_url
from service.tasks import queue_schema

_databases = itertools.count()


@pytest.fixture
def conninfo(pg_cluster) -> str:
    url = pg_cluster.create_database(f"containr_queue_schema_{os.getpid()}_{next(_databases)}")
    return postgres_url.parse(url).conninfo()


async def _rows(conninfo: str, query: str) -> list[tuple]:
    async with await psycopg.AsyncConnection.connect(conninfo) as conn:
        return await (await conn.execute(query)).fetchall()  # type: ignore[arg-type]


def _newer_release(tmp_path: Path, *extra: tuple[str, str]) -> Path:
    """The shipped migrations plus `extra` (name, SQL): what a later procrastinate would ship."""
    directory = tmp_path / "migrations"
    shutil.copytree(queue_schema.SHIPPED, directory, ignore=shutil.ignore_patterns("__*"))
    for name, sql in extra:
        (directory / name).write_text(sql)
    return directory


async def test_the_schema_is_made_once_by_processes_starting_together(conninfo):
    applied = await asyncio.gather(*(queue_schema.ensure(conninfo) for _ in range(4)))
    assert applied == [[], [], [], []]  # a new schema is procrastinate's current one: no migration to apply
    assert await _rows(conninfo, "SELECT to_regclass('procrastinate_jobs') IS NOT NULL") == [(True,)]
    recorded = [name for (name,) in await _rows(conninfo, "SELECT name FROM containr_queue_migrations ORDER BY 1")]
    assert recorded == [path.name for path in queue_schema.shipped_migrations()]


async def test_a_newer_releases_migrations_apply_once_each_in_order(conninfo, tmp_path):
    await queue_schema.ensure(conninfo)
    newer = _newer_release(
        tmp_path, ("99.00.00_50_post_fill.sql", "INSERT INTO probe (step) VALUES ('post');"),
        ("99.00.00_01_pre_probe.sql", "CREATE TABLE probe (step text); INSERT INTO probe VALUES ('pre');"))
    assert await queue_schema.ensure(conninfo, migrations=newer) == ["99.00.00_01_pre_probe.sql",
                                                                      "99.00.00_50_post_fill.sql"]
    assert await queue_schema.ensure(conninfo, migrations=newer) == []
    assert await _rows(conninfo, "SELECT step FROM probe") == [("pre",), ("post",)]


async def test_a_failing_migration_is_rolled_back_and_tried_again_next_start(conninfo, tmp_path):
    await queue_schema.ensure(conninfo)
    broken = _newer_release(tmp_path, ("99.00.00_01_pre_broken.sql",
                                       "CREATE TABLE half (id int); SELECT no_such_function();"))
    with pytest.raises(psycopg.errors.UndefinedFunction):
        await queue_schema.ensure(conninfo, migrations=broken)
    assert await _rows(conninfo, "SELECT to_regclass('half') IS NULL") == [(True,)]
    assert await _rows(conninfo, "SELECT count(*) FROM containr_queue_migrations WHERE name LIKE '99.%'") == [(0,)]
    (broken / "99.00.00_01_pre_broken.sql").write_text("CREATE TABLE half (id int);")  # the fixed release
    assert await queue_schema.ensure(conninfo, migrations=broken) == ["99.00.00_01_pre_broken.sql"]


async def test_a_schema_without_a_record_is_taken_as_current(conninfo):
    await queue_schema.ensure(conninfo)
    async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as conn:
        await conn.execute("DROP TABLE containr_queue_migrations")
    assert await queue_schema.ensure(conninfo) == []
    recorded = await _rows(conninfo, "SELECT count(*) FROM containr_queue_migrations")
    assert recorded == [(len(queue_schema.shipped_migrations()),)]
