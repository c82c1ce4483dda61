"""A database server's own log, read in its guest over SSH with the service's key: the last lines, or followed
live. PostgreSQL on Debian writes a file per cluster; MariaDB and Redis write to the journal."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from service.config import Settings
from service.core import ssh_keys
from service.core.errors import BadGateway, Conflict
from service.domains.databases.models import Database, DatabaseStatus, DatabaseType

SSH_TIMEOUT = 15
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


def _ssh(settings: Settings, database: Database, remote: list[str]) -> list[str]:
    # Each guest gets its own known_hosts file, trusted on first use: a guest made anew has a new id and file.
    known_hosts = settings.ssh_dir / "known_hosts.d" / str(database.guest_id)
    known_hosts.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return ["ssh", "-i", str(ssh_keys.ensure_key(settings)), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
            "-o", f"ConnectTimeout={SSH_TIMEOUT}", "-o", "StrictHostKeyChecking=accept-new",
            "-o", f"UserKnownHostsFile={known_hosts}", "-o", "LogLevel=ERROR", "-o", "ServerAliveInterval=15",
            f"root@{database.host}", "--", " ".join(remote)]


def check_running(database: Database) -> None:
    if database.status not in (DatabaseStatus.RUNNING,) or not database.host:
        raise Conflict(f"Database {database.name} is {database.status}; its log is read while it runs",
                       code="not_running")


async def tail(settings: Settings, database: Database, lines: int) -> list[str]:
    check_running(database)
    process = await asyncio.create_subprocess_exec(
        *_ssh(settings, database, _command(database, lines, follow=False)),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=SSH_TIMEOUT * 2)
    except TimeoutError as exc:
        process.kill()
        raise BadGateway(f"The guest of database {database.name} did not answer in time") from exc
    if process.returncode != 0:
        reason = err.decode(errors="replace").strip().splitlines()[-1:] or [f"exit {process.returncode}"]
        raise BadGateway(f"Could not read the log of database {database.name}: {reason[0]}")
    return out.decode(errors="replace").splitlines()[-lines:]


async def follow(settings: Settings, database: Database, lines: int, *,
                 keepalive: float = 15.0) -> AsyncIterator[str | None]:
    """The last lines, then each new one as it is written, until the caller stops iterating; None after each
    `keepalive` seconds without a line (so a quiet stream can tell it is still alive)."""
    check_running(database)
    process = await asyncio.create_subprocess_exec(
        *_ssh(settings, database, _command(database, lines, follow=True)),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
    assert process.stdout is not None
    try:
        while True:
            try:
                line = await asyncio.wait_for(process.stdout.readline(), timeout=keepalive)
            except TimeoutError:
                yield None
                continue
            if not line:
                return
            yield line.decode(errors="replace").rstrip("\n")
    finally:
        if process.returncode is None:
            process.kill()
        with contextlib.suppress(Exception):
            await process.wait()
