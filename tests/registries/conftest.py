"""The registries tests' own fixtures: the registries table until the release's migration makes it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
async def registry_tables(server) -> None:  # noqa: ANN001 - the conftest's Server
    """Until the release's migration makes the registries table (the lead writes one for every new model), the
    missing table is made here; with the migration in place this makes nothing (IF NOT EXISTS)."""
    from tortoise import Tortoise
    from tortoise.utils import get_schema_sql

    connection = Tortoise.get_connection("default")
    sql = get_schema_sql(connection, safe=True)
    for statement in [s for s in sql.split(";") if '"registries"' in s and "CREATE" in s.upper()]:
        await connection.execute_script(statement)
