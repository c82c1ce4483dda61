"""One cluster for the module: two APIs and three workers on a throwaway PostgreSQL database."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness.postgres import PostgresCluster
from tests.scale_out.cluster import Cluster, start_cluster

WORKERS = 3
CONCURRENCY = 2


@pytest.fixture(scope="module")
def cluster(pg_cluster: PostgresCluster, project_dir: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cluster, str]]:
    """The started cluster and an administrator's token; every process's log tail is printed when it fails."""
    url = pg_cluster.create_database(f"containr_scale_out_{os.getpid()}")
    made = Cluster(root=tmp_path_factory.mktemp("scale-out"), database_url=url, project_dir=project_dir)
    try:
        token = asyncio.run(start_cluster(made, apis=2, workers=WORKERS, concurrency=CONCURRENCY))
    except BaseException:
        print(made.tails())
        made.stop_all()
        raise
    try:
        yield made, token
    finally:
        made.stop_all()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    if report.failed and "cluster" in getattr(item, "funcargs", {}):
        made, _ = item.funcargs["cluster"]
        report.sections.append(("cluster processes", made.tails()))
    return report
