"""The database URL read once for libpq and asyncpg: the URL's parts, the query's overrides, TLS, and what is
neither's (Tortoise's pool sizes) left out."""

from __future__ import annotations

import pytest

from service.core import postgres_url


def test_a_socket_directory_in_the_query():
    target = postgres_url.parse("postgres://containr@/db?host=/tmp/sock")
    assert target.conninfo() == "dbname=db user=containr host=/tmp/sock"
    assert target.asyncpg_params() == {"host": "/tmp/sock", "port": 5432, "user": "containr", "database": "db"}


def test_a_password_host_port_and_tls():
    target = postgres_url.parse("postgresql://u:p%40ss@db.example:6543/app?minsize=1&sslmode=require")
    assert target.conninfo() == "dbname=app user=u password=p@ss host=db.example port=6543 sslmode=require"
    assert target.asyncpg_params() == {"host": "db.example", "port": 6543, "user": "u", "password": "p@ss",
                                       "database": "app", "ssl": "require"}
    assert "p@ss" not in repr(target)


def test_the_query_overrides_and_passes_libpq_parameters():
    target = postgres_url.parse("postgres://u@ignored:1/app?host=db2&port=7000&ssl=verify-full"
                                "&application_name=containr&connect_timeout=5&maxsize=20")
    assert target.conninfo() == ("dbname=app user=u host=db2 port=7000 sslmode=verify-full "
                                 "application_name=containr connect_timeout=5")
    assert target.asyncpg_params()["ssl"] == "verify-full" and target.asyncpg_params()["port"] == 7000


@pytest.mark.parametrize("url", ["sqlite:///data/containr.sqlite3", "mysql://u@h/db"])
def test_another_database_is_refused(url):
    with pytest.raises(ValueError, match="PostgreSQL"):
        postgres_url.parse(url)


def test_libpq_environment_for_pg_restore():
    env = postgres_url.parse("postgres://u:s3cret@/app?host=/run/postgresql&sslmode=disable").libpq_env()
    assert env == {"PGHOST": "/run/postgresql", "PGPORT": "5432", "PGUSER": "u", "PGDATABASE": "app",
                   "PGPASSWORD": "s3cret", "PGSSLMODE": "disable"}
