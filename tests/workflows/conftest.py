"""The workflows tests' own fixtures: the slice's tables (API tests ask for them with usefixtures) until the
release's migration makes them."""

from __future__ import annotations

import pytest


@pytest.fixture
async def workflow_tables(server) -> None:  # noqa: ANN001 - the conftest's Server
    """Until the release's migration makes the step images' and workflows' tables (the lead writes one for every
    new model), the missing tables are made here; with the migration in place this makes nothing (IF NOT EXISTS)."""
    from tortoise import Tortoise
    from tortoise.utils import get_schema_sql

    connection = Tortoise.get_connection("default")
    await connection.execute_script(get_schema_sql(connection, safe=True))


@pytest.fixture(scope="module")
def token_registry(tmp_path_factory: pytest.TempPathFactory, oci_image):  # noqa: ANN001, ANN201 - harness types
    """A registry behind Docker's token auth (a Bearer challenge, a token endpoint checking Basic credentials),
    holding the test image as `ci/builder:1.0`."""
    from tests.harness.registry import start_registry

    with start_registry(tmp_path_factory.mktemp("token-registry") / "registry", auth="token") as server:
        server.push(oci_image, "ci/builder", "1.0")
        yield server
