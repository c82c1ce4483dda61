"""database_backup and database_restore on real LXC guests, through the real engine, into a real restic
repository: rows come back after a table is dropped, a clone reads them under its own name and user, and a
restore that cannot succeed (wrong key, missing snapshot, another type, a broken dump) leaves the data as it
was. No password reaches a log or a command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pymysql
import pytest

from tests.backups.conftest import KEY, restic, restic_repository, store_dump
from tests.conftest import Server
from tests.databases.conftest import DatabaseRunner, argv_watch, new_password
from tests.harness.lxc import LxcSim
from tests.nodes.conftest import Run, Runner, pve_env

pytestmark = [pytest.mark.lxc, pytest.mark.ansible, pytest.mark.slow]

WRONG_KEY = "not-the-backup-key-7Hq"


@pytest.fixture
def database_url() -> None:
    return None  # the service's own database plays no part in these runs


@pytest.fixture
def database_run(server: Server, client: httpx.AsyncClient, lxc_sim: LxcSim, ssh_key: Path) -> DatabaseRunner:
    return DatabaseRunner(Runner(server, client, pve_env(lxc_sim.server, lxc_sim.credentials)), lxc_sim, ssh_key)


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    return restic_repository(tmp_path / "restic")


def _snapshots(repository: Path) -> list[dict[str, Any]]:
    return json.loads(restic(repository, "snapshots", "--json", "--tag", "database")) or []


@dataclass
class Target:
    facts: dict[str, Any]
    password: str
    database: str = "shop"
    user: str = "shop_app"


# What each type writes, reads back, breaks, and who owns what was restored. Reads go through a view (PostgreSQL,
# MariaDB) so that views come back too; MariaDB's trigger checks definers follow the target's user.

def _pg(target: Target) -> psycopg.Connection:
    return psycopg.connect(host=target.facts["host"], port=target.facts["port"], dbname=target.database,
                           user=target.user, password=target.password, connect_timeout=10, autocommit=True)


def _pg_write(target: Target) -> None:
    with _pg(target) as conn:
        conn.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text NOT NULL)")
        conn.execute("INSERT INTO orders (item) VALUES ('tea'), ('coffee'), ('mate')")
        conn.execute("CREATE VIEW order_items AS SELECT item FROM orders")


def _pg_read(target: Target) -> list[str]:
    with _pg(target) as conn:
        return [row[0] for row in conn.execute("SELECT item FROM order_items ORDER BY item")]


def _pg_break(target: Target) -> None:
    with _pg(target) as conn:
        conn.execute("DROP VIEW order_items")
        conn.execute("DROP TABLE orders")


def _pg_owners(target: Target) -> set[str]:
    with _pg(target) as conn:
        return {row[0] for row in conn.execute(
            "SELECT tableowner FROM pg_tables WHERE schemaname = 'public' UNION "
            "SELECT viewowner FROM pg_views WHERE schemaname = 'public' UNION "
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")}


def _my(target: Target) -> pymysql.Connection:
    return pymysql.connect(host=target.facts["host"], port=target.facts["port"], database=target.database,
                           user=target.user, password=target.password, connect_timeout=10, autocommit=True)


def _my_query(target: Target, *statements: str) -> list[tuple]:
    conn = _my(target)
    try:
        with conn.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
            return list(cursor.fetchall())
    finally:
        conn.close()


def _my_write(target: Target) -> None:
    _my_query(target, "CREATE TABLE orders (id int AUTO_INCREMENT PRIMARY KEY, item text NOT NULL)",
              "CREATE TRIGGER orders_lower BEFORE INSERT ON orders FOR EACH ROW SET NEW.item = LOWER(NEW.item)",
              "INSERT INTO orders (item) VALUES ('Tea'), ('COFFEE'), ('mate')",
              "CREATE VIEW order_items AS SELECT item FROM orders")


def _my_read(target: Target) -> list[str]:
    return [row[0] for row in _my_query(target, "SELECT item FROM order_items ORDER BY item")]


def _my_break(target: Target) -> None:
    _my_query(target, "DROP VIEW order_items", "DROP TABLE orders")


def _my_owners(target: Target) -> set[str]:
    rows = _my_query(target, "SELECT DEFINER FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE() UNION "
                             "SELECT DEFINER FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()")
    return {row[0].split("@")[0] for row in rows}


@dataclass
class Kind:
    write: Callable[[Target], None]
    read: Callable[[Target], list[str]]
    damage: Callable[[Target], None]
    owners: Callable[[Target], set[str]]
    missing: type[Exception]


KINDS = {
    "postgresql": Kind(_pg_write, _pg_read, _pg_break, _pg_owners, psycopg.errors.UndefinedTable),
    "mysql": Kind(_my_write, _my_read, _my_break, _my_owners, pymysql.err.ProgrammingError),
}
ROWS = ["coffee", "mate", "tea"]


def _access(runner: DatabaseRunner, target: Target, database_type: str) -> dict[str, Any]:
    return {"database_type": database_type, "database_name": target.database, "database_user": target.user,
            "database_host": target.facts["host"], "containr_ssh_private_key_file": str(runner.key)}


def _failed(run: Run, *needles: str) -> str:
    assert run.task["state"] == "failed", run.log[-4000:]
    message = run.task["error"]["message"]
    for needle in needles:
        assert needle in message, message
    return message


# PostgreSQL's backup, restore and clone run through the API on a real S3 server in
# tests/databases/test_databases_api.py, Redis's round trip on the guest of its resize test
# (tests/databases/test_database_resize.py); here MariaDB's, with every refusal (one guest each costs a minute).
@pytest.mark.parametrize(("database_type", "host"), [("mysql", 32)])
async def test_backup_restore_and_clone(database_run: DatabaseRunner, repository: Path, database_type: str,
                                        host: int) -> None:
    kind = KINDS[database_type]
    password = new_password()
    restic_env = {"RESTIC_REPOSITORY": str(repository), "RESTIC_PASSWORD": KEY}
    wrong = {**restic_env, "RESTIC_PASSWORD": WRONG_KEY}
    with argv_watch(password, KEY, WRONG_KEY) as argv:
        created = await database_run("database_create", password=password,
                                     **database_run.create_vars(host, database_type))
        assert created.task["success"], created.log[-6000:]
        shop = Target(created.result, password)
        kind.write(shop)

        backup = await database_run("database_backup", password=password, env=restic_env, database_id="db-shop",
                                    database_version=shop.facts["version"], database_backup_time="2026-03-01 02:00:00",
                                    **_access(database_run, shop, database_type))
        assert backup.task["success"], backup.log[-6000:]
        snapshot = backup.result["snapshot_id"]
        [stored] = _snapshots(repository)
        assert stored["id"] == snapshot and stored["hostname"] == "containr"
        assert sorted(stored["tags"]) == sorted(["database", "db:db-shop", f"type:{database_type}",
                                                 f"version:{shop.facts['version']}"])
        assert backup.result["snapshot_time"].startswith("2026-03-01T02:00:00")
        assert backup.result["size"] > 0
        assert (backup.result["type"], backup.result["version"]) == (database_type, shop.facts["version"])

        kind.damage(shop)
        with pytest.raises(kind.missing):
            kind.read(shop)
        restore = _access(database_run, shop, database_type)
        restored = await database_run("database_restore", password=password, env=restic_env,
                                      database_restore_snapshot=snapshot, **restore)
        assert restored.task["success"], restored.log[-6000:]
        assert restored.result == {"snapshot_id": snapshot, "type": database_type, "database": "shop"}
        assert kind.read(shop) == ROWS
        assert kind.owners(shop) == {"shop_app"}

        # Restores that cannot succeed change nothing: a wrong key, a missing snapshot, a dump of another type
        # (as the snapshot says, and as its file shows), and a dump cut short.
        refused = await database_run("database_backup", password=password, env=wrong, database_id="db-shop",
                                     database_version=shop.facts["version"], **restore)
        _failed(refused, "restic backup failed: Fatal: wrong password or no key found")
        no_dump = await database_run("database_backup", password=password, env=restic_env, database_id="db-shop",
                                     database_version=shop.facts["version"],
                                     **{**restore, "database_name": "not_there"})
        _failed(no_dump, f"The {database_type} dump in the guest failed", "not_there")
        failures = [
            (wrong, snapshot, database_type, "restic could not read the repository: Fatal: wrong password"),
            (restic_env, "deadbeef", database_type, "Snapshot deadbeef is not in the repository"),
            (restic_env, snapshot, "redis", f"holds a {database_type} dump, not a redis one"),
            (restic_env, store_dump(repository, b"SELECT 1;\n", database_type), database_type,
             f"does not hold a {database_type} dump"),
        ]
        whole = restic(repository, "dump", snapshot, f"/shop.{'pgdump' if database_type == 'postgresql' else 'sql'}")
        failures.append((restic_env, store_dump(repository, whole[:-10], database_type), database_type,
                         "pg_restore failed, the database was left as it was" if database_type == "postgresql"
                         else "is incomplete"))
        for env, snap, as_type, needle in failures:
            run = await database_run("database_restore", password=password, env=env, database_restore_snapshot=snap,
                                     **{**restore, "database_type": as_type})
            _failed(run, needle)
            assert kind.read(shop) == ROWS
            assert kind.owners(shop) == {"shop_app"}

        # A clone: a second database of the same type, under its own name and user, filled from the snapshot
        # (in the same guest, to save one; last, since its create lets only the new database in over pg_hba).
        copy = await database_run("database_create", password=password, **database_run.create_vars(
            host, database_type, database_name="shop_copy", database_user="copy_app"))
        assert copy.task["success"], copy.log[-6000:]
        clone = Target(copy.result, password, database="shop_copy", user="copy_app")
        cloned = await database_run("database_restore", password=password, env=restic_env,
                                    database_restore_snapshot=snapshot[:8],
                                    **_access(database_run, clone, database_type))
        assert cloned.task["success"], cloned.log[-6000:]
        assert kind.read(clone) == ROWS
        assert kind.owners(clone) == {"copy_app"}
    ids = [snap["id"] for snap in _snapshots(repository)]
    assert snapshot in ids and len(ids) == 3  # the backup and the two stored by hand: the failed ones left none
    assert argv == []
    for log in database_run.logs:
        assert password not in log and KEY not in log and WRONG_KEY not in log
