"""Leases in the database: a named role (the scheduler, the notifications worker) one process holds for the whole
cluster, renewed by its holder and taken over by another once it has expired."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from service.core import db
from service.tasks.models import Lease

log = logging.getLogger(__name__)

# Who this process is, for every lease it takes: unique per process (two processes of one host differ by pid,
# a reused pid by the random part), readable in the table (which host, which pid).
PROCESS_HOLDER = f"{uuid.uuid4().hex}@{socket.gethostname()[:60]}:{os.getpid()}"

Callback = Callable[[], Awaitable[None]]


async def take(name: str, holder: str, ttl: float) -> bool:
    """Take the lease, or renew it, for `ttl` seconds: answers whether `holder` holds it now. Race-safe on both
    databases: the conditional update is one statement (PostgreSQL re-checks its condition on the row it
    waited for), and of two inserts of a missing lease the primary key lets one through."""
    now = await db.clock()
    until = now + timedelta(seconds=ttl)
    renewed = await Lease.filter(Q(name=name) & (Q(holder=holder) | Q(expires_at__lt=now))).update(
        holder=holder, expires_at=until)
    if renewed:
        return True
    try:
        await Lease.create(name=name, holder=holder, expires_at=until)
    except IntegrityError:  # held by another, and not expired
        return False
    return True


async def give_up(name: str, holder: str) -> None:
    """Let the lease go at once, if `holder` still holds it: another process takes it on its next try."""
    await Lease.filter(name=name, holder=holder).delete()


async def holder_of(name: str) -> str | None:
    """Who holds the lease now (None: nobody, or its holder let it expire)."""
    lease = await Lease.get_or_none(name=name)
    return lease.holder if lease is not None and lease.expires_at >= await db.clock() else None


async def _nothing() -> None:
    return None


class LeaseKeeper:
    """Holds one lease for this process: tries every ttl/3 seconds, renews while held, and says so through
    `on_gained` and `on_lost`. A renewal that fails (a database error, or another process took the lease because
    ours had expired) is a loss at once: the role stops here before another process may start it."""

    def __init__(self, name: str, *, ttl: float, on_gained: Callback = _nothing, on_lost: Callback = _nothing,
                 on_renewed: Callback = _nothing, holder: str | None = None) -> None:
        self.name = name
        self.ttl = ttl
        self.holder = holder or PROCESS_HOLDER
        self._on_gained = on_gained
        self._on_lost = on_lost
        self._on_renewed = on_renewed  # after each renewal of a lease held already
        self._held_until = 0.0  # monotonic: past it, our last renewal may have expired in the table
        self._held = False
        self._loop: asyncio.Task[None] | None = None
        self._closed = False  # after close() or abandon(): a late try (a firing under way) takes nothing
        self._lock = asyncio.Lock()  # one try at a time: the loop's, and confirm()'s

    @property
    def interval(self) -> float:
        return self.ttl / 3

    @property
    def held(self) -> bool:
        """Held by us, as far as this process knows (a renewal that succeeded and has not run out since)."""
        return self._held and time.monotonic() < self._held_until

    async def start(self) -> None:
        """Try once now (a free lease is held, and `on_gained` has run, when this returns), then keep trying."""
        self._closed = False
        await self.try_now()
        self._loop = asyncio.get_running_loop().create_task(self._keep(), name=f"lease-{self.name}")

    async def try_now(self) -> bool:
        """One try: take or renew the lease, call the callback of a change; answers whether it is held."""
        async with self._lock:
            if self._closed:
                return False
            started = time.monotonic()
            try:
                got = await take(self.name, self.holder, self.ttl)
            except Exception:  # noqa: BLE001 - the database is away: we cannot know we hold it, so we do not
                log.warning("lease %s: could not be taken or renewed; letting it go here", self.name, exc_info=True)
                got = False
            if got:
                # Counted from before the statement: the table's expiry is later than this, never earlier.
                self._held_until = started + self.ttl
            if got and not self._held:
                self._held = True
                log.info("lease %s: held by this process (%s)", self.name, self.holder)
                await self._call(self._on_gained)
            elif not got and self._held:
                self._held = False
                log.info("lease %s: lost by this process (%s)", self.name, self.holder)
                await self._call(self._on_lost)
            elif got:
                await self._call(self._on_renewed)
            return got

    async def close(self) -> None:
        """Stop trying, and give the lease up if held (`on_lost` runs first): another process takes it on its
        next try rather than after the lease has expired."""
        self._closed = True
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await loop
        async with self._lock:
            if self._held:
                self._held = False
                await self._call(self._on_lost)
            try:
                await give_up(self.name, self.holder)
            except Exception:  # noqa: BLE001 - it expires by itself then
                log.warning("lease %s: could not be given up; it expires in %g s", self.name, self.ttl,
                            exc_info=True)

    def abandon(self) -> None:
        """Stop trying without a word to the database (no loop to await: a synchronous shutdown): the lease
        expires by itself, or this process takes it again at once, being its holder."""
        self._closed = True
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.cancel()
        self._held = False

    async def _keep(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.try_now()

    async def _call(self, callback: Callback) -> None:
        try:
            await callback()
        except Exception:  # a callback's bug must not end the keeping of the lease
            log.exception("lease %s: a callback failed", self.name)
