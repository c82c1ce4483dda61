"""Our PostgreSQL database URL, read in one place for the clients that do not take it the way Tortoise does:
libpq's conninfo (the workers' psycopg pool), asyncpg's arguments (the live relay's listening connection) and
libpq's environment (pg_restore of a box backup).

The URL is the one CONTAINR_DATABASE_URL holds: `postgres://user:password@host:port/db`, or a socket directory
in the query (`postgres://user@/db?host=/run/postgresql`). In the query, host and port override the URL's,
`sslmode` (or Tortoise's `ssl`) asks for TLS, and libpq's other connection parameters pass through; the rest
(Tortoise's pool sizes) is not theirs and is left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from psycopg import conninfo as libpq

# libpq's parameters that may come in the query, besides host, port, user, password and sslmode.
LIBPQ_PARAMS = frozenset({"hostaddr", "sslrootcert", "sslcert", "sslkey", "application_name", "connect_timeout",
                          "options", "target_session_attrs"})
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class PostgresTarget:
    dbname: str | None
    user: str | None
    password: str | None = field(repr=False)
    host: str | None
    port: int | None
    sslmode: str | None
    params: dict[str, str]  # LIBPQ_PARAMS given in the query

    def conninfo(self) -> str:
        """As libpq's conninfo string (psycopg, procrastinate)."""
        fields = {"dbname": self.dbname, "user": self.user, "password": self.password, "host": self.host,
                  "port": self.port, "sslmode": self.sslmode, **self.params}
        return libpq.make_conninfo(**{name: value for name, value in fields.items() if value is not None})

    def libpq_env(self) -> dict[str, str]:
        """As libpq's environment variables (pg_dump, pg_restore): the password stays off their command line."""
        env = {"PGHOST": self.host or "localhost", "PGPORT": str(self.port or DEFAULT_PORT),
               "PGUSER": self.user or "", "PGDATABASE": self.dbname or ""}
        if self.password:
            env["PGPASSWORD"] = self.password
        if self.sslmode:
            env["PGSSLMODE"] = self.sslmode
        return env

    def asyncpg_params(self) -> dict[str, Any]:
        """As asyncpg.connect's keyword arguments."""
        params = {"host": self.host, "port": self.port or DEFAULT_PORT, "user": self.user,
                  "password": self.password, "database": self.dbname, "ssl": self.sslmode}
        return {name: value for name, value in params.items() if value is not None}


def parse(url: str) -> PostgresTarget:
    """The URL's parts; ValueError when it is not a PostgreSQL URL or its port is not a number."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ValueError("a PostgreSQL database URL (postgres://...) is needed here")
    query = dict(parse_qsl(parts.query))  # a name given twice: the last one
    port = query.get("port") or parts.port
    return PostgresTarget(
        dbname=unquote(parts.path.lstrip("/")) or None,
        user=unquote(parts.username) if parts.username else query.get("user"),
        password=unquote(parts.password) if parts.password else query.get("password"),
        host=query.get("host") or parts.hostname or None,
        port=int(port) if port else None,
        sslmode=query.get("sslmode") or query.get("ssl"),
        params={name: value for name, value in query.items() if name in LIBPQ_PARAMS},
    )
