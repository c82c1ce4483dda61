"""The registries tests' own fixtures: the registries table until the release's migration makes it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
async def registry_tables(server) -> None:  # noqa: ANN001 - the conftest's Server
    """Until the release's migration makes the registries table (the lead writes one for every new model), the
    missing tables are made here (the versions' too: deleting a registry asks
    after the images that name it); with the migration in place this makes nothing (IF NOT EXISTS)."""
    from tortoise import Tortoise
    from tortoise.exceptions import OperationalError
    from tortoise.utils import get_schema_sql

    connection = Tortoise.get_connection("default")
    for statement in get_schema_sql(connection, safe=True).split(";"):
        if statement.strip():
            try:
                await connection.execute_script(statement)
            except OperationalError:  # an index on a column that only the migration adds to an older table
                pass


@pytest.fixture(scope="module")
def token_registry(tmp_path_factory: pytest.TempPathFactory, oci_image):  # noqa: ANN001, ANN201 - harness types
    """A registry behind Docker's token auth (a Bearer challenge, a token endpoint checking Basic credentials),
    holding the test image as `containr/hello:1.0`."""
    from tests.harness.registry import start_registry

    with start_registry(tmp_path_factory.mktemp("token-registry") / "registry", auth="token") as server:
        server.push(oci_image, "containr/hello", "1.0")
        yield server
