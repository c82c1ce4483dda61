"""database_create's refusals on real LXC guests, through the real engine, and the client library calls the
database tests share. A real client connecting with the returned facts, a second run changing nothing, rotation
and the absence of passwords in logs and command lines are proved through the API in test_databases_api.py."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from typing import Any

import httpx
import psycopg
import pymysql
import pytest
import redis

from tests.databases.conftest import DatabaseRunner, new_password

pytestmark = [pytest.mark.lxc(lane=1), pytest.mark.ansible, pytest.mark.slow]


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs: SQLite alone


def _postgresql(facts: dict[str, Any], password: str) -> str:
    with psycopg.connect(host=facts["host"], port=facts["port"], dbname=facts["database"], user=facts["user"],
                         password=password, connect_timeout=10) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, item text)")
        conn.execute("INSERT INTO orders VALUES (1, 'tea') ON CONFLICT (id) DO NOTHING")
        return conn.execute("SELECT item FROM orders WHERE id = 1").fetchone()[0]


def _mysql(facts: dict[str, Any], password: str) -> str:
    conn = pymysql.connect(host=facts["host"], port=facts["port"], database=facts["database"], user=facts["user"],
                           password=password, connect_timeout=10)
    try:
        with conn.cursor() as cursor:
            cursor.execute("CREATE TABLE IF NOT EXISTS orders (id int PRIMARY KEY, item text)")
            cursor.execute("INSERT IGNORE INTO orders VALUES (1, 'tea')")
            conn.commit()
            cursor.execute("SELECT item FROM orders WHERE id = 1")
            return cursor.fetchone()[0]
    finally:
        conn.close()


def _redis(facts: dict[str, Any], password: str) -> str:
    # The ACL user, and the default user through requirepass (clients that send a password only).
    with redis.Redis(host=facts["host"], port=facts["port"], username=facts["user"], password=password,
                     socket_timeout=10, decode_responses=True) as user:
        user.setnx("order:1", "tea")
        value = user.get("order:1")
    with redis.Redis(host=facts["host"], port=facts["port"], password=password, socket_timeout=10,
                     decode_responses=True) as default:
        assert default.get("order:1") == value
    return value


CLIENTS: dict[str, tuple[Callable[[dict[str, Any], str], str], type[Exception], int, str]] = {
    "postgresql": (_postgresql, psycopg.OperationalError, 5432, "15"),
    "mysql": (_mysql, pymysql.err.OperationalError, 3306, "10.11"),
    "redis": (_redis, redis.exceptions.AuthenticationError, 6379, "7.0"),
}


def _listed() -> list[str]:
    return subprocess.run(["lxc-ls", "-1"], capture_output=True, text=True, check=True).stdout.split()


async def test_a_version_debian_does_not_provide_fails_before_the_guest_is_made(
        database_run: DatabaseRunner) -> None:
    run = await database_run("database_create", password=new_password(),
                             **database_run.create_vars(24, "postgresql", database_version="9.6"))
    assert run.task["state"] == "failed"
    message = run.task["error"]["message"]
    assert "Check the version against what Debian provides" in message
    assert "PostgreSQL 9.6 is not in Debian 12, which provides PostgreSQL 15" in message
    assert database_run.lxc.container(124) not in _listed()
    lxc = database_run.lxc
    with httpx.Client(base_url=lxc.server.url + "/api2/json", verify=False, timeout=10,
                      headers={"Authorization": lxc.credentials.token_header}) as api:
        assert api.get("/cluster/resources", params={"type": "vm"}).json()["data"] == []


async def test_a_password_that_is_missing_or_unsafe_is_refused(database_run: DatabaseRunner) -> None:
    run = await database_run("database_create", password="short pass",
                             **database_run.create_vars(25, "redis"))
    assert run.task["state"] == "failed"
    assert "CONTAINR_DATABASE_PASSWORD must hold the database user's password" in run.task["error"]["message"]
    assert "short pass" not in run.log
    assert database_run.lxc.container(125) not in _listed()
