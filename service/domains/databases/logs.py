"""A database server's own log, read in its guest (nodes' guest_shell): the last lines, or followed live.
PostgreSQL on Debian writes a file per cluster; MariaDB and Redis write to the journal."""

from __future__ import annotations

from collections.abc import AsyncIterator

from service.config import Settings
from service.core.errors import Conflict
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes import guest_shell

MAX_LINES = 10_000


def source(database: Database) -> tuple[str, list[str]]:
    """Where the log is, and the command that prints its last lines (`{lines}` and `follow` are added)."""
    if database.type == DatabaseType.POSTGRESQL:
        path = f"/var/log/postgresql/postgresql-{database.server_version or database.version}-main.log"
        return path, ["tail", "-n", "{lines}", path]
    unit = "mariadb" if database.type == DatabaseType.MYSQL else "redis-server"
    return f"journal of {unit}", ["journalctl", "--no-pager", "-o", "short-iso", "-u", unit, "-n", "{lines}"]


def _command(database: Database, lines: int, *, follow: bool) -> list[str]:
    _, argv = source(database)
    argv = [str(lines) if part == "{lines}" else part for part in argv]
    if follow:
        argv.insert(1, "-F" if argv[0] == "tail" else "-f")
    return argv


def check_running(database: Database) -> None:
    if database.status not in (DatabaseStatus.RUNNING,) or not database.host:
        raise Conflict(f"Database {database.name} is {database.status}; its log is read while it runs",
                       code="not_running")


async def tail(settings: Settings, database: Database, lines: int) -> list[str]:
    check_running(database)
    assert database.host is not None
    found = await guest_shell.output(settings, host=database.host, guest_id=str(database.guest_id),
                                     remote=_command(database, lines, follow=False),
                                     reading=f"the log of database {database.name}")
    return found[-lines:]


async def follow(settings: Settings, database: Database, lines: int, *,
                 keepalive: float = 15.0) -> AsyncIterator[str | None]:
    """The last lines, then each new one as it is written, until the caller stops iterating; None after each
    `keepalive` seconds without a line (so a quiet stream can tell it is still alive)."""
    check_running(database)
    assert database.host is not None
    async for line in guest_shell.follow(settings, host=database.host, guest_id=str(database.guest_id),
                                         remote=_command(database, lines, follow=True), keepalive=keepalive):
        yield line
