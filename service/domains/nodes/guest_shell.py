"""A command run in a guest over SSH with Containr's key, for the slices whose resources live in guests: its
output (the last lines of a log), or its lines as it writes them (a log followed live)."""

from __future__ import annotations

import asyncio
import contextlib
import shlex
from collections.abc import AsyncIterator, Sequence
from uuid import UUID

from service.config import Settings
from service.core import ssh_keys
from service.core.errors import BadGateway

SSH_TIMEOUT = 15


def ssh_argv(settings: Settings, *, host: str, guest_id: UUID | str, remote: Sequence[str]) -> list[str]:
    """ssh's argv to run `remote` (quoted for the guest's shell) as root in the guest at `host`."""
    # Each guest gets its own known_hosts file, trusted on first use: a guest made anew has a new id and file.
    known_hosts = settings.ssh_dir / "known_hosts.d" / str(guest_id)
    known_hosts.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return ["ssh", "-i", str(ssh_keys.ensure_key(settings)), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
            "-o", f"ConnectTimeout={SSH_TIMEOUT}", "-o", "StrictHostKeyChecking=accept-new",
            "-o", f"UserKnownHostsFile={known_hosts}", "-o", "LogLevel=ERROR", "-o", "ServerAliveInterval=15",
            f"root@{host}", "--", shlex.join(remote)]


async def output(settings: Settings, *, host: str, guest_id: UUID | str, remote: Sequence[str],
                 reading: str) -> list[str]:
    """The lines `remote` printed; 502 naming `reading` (say "the log of database orders") when the guest does
    not answer in time or the command fails."""
    process = await asyncio.create_subprocess_exec(
        *ssh_argv(settings, host=host, guest_id=guest_id, remote=remote),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        out, err = await asyncio.wait_for(process.communicate(), timeout=SSH_TIMEOUT * 2)
    except TimeoutError as exc:
        process.kill()
        with contextlib.suppress(Exception):
            await process.wait()
        raise BadGateway(f"The guest did not answer in time while reading {reading}") from exc
    if process.returncode != 0:
        reason = err.decode(errors="replace").strip().splitlines()[-1:] or [f"exit {process.returncode}"]
        raise BadGateway(f"Could not read {reading}: {reason[0]}")
    return out.decode(errors="replace").splitlines()


async def follow(settings: Settings, *, host: str, guest_id: UUID | str, remote: Sequence[str],
                 keepalive: float = 15.0) -> AsyncIterator[str | None]:
    """Each line `remote` writes, until it ends or the caller stops iterating (the command is killed then); None
    after each `keepalive` seconds without a line (so a quiet stream can tell it is still alive)."""
    process = await asyncio.create_subprocess_exec(
        *ssh_argv(settings, host=host, guest_id=guest_id, remote=remote),
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
