"""Undo what a start recorded when the run it was recorded for does not start: one shape for every such start."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import anyio

log = logging.getLogger(__name__)


@asynccontextmanager
async def undo_on_failure(undo: Callable[[], Awaitable[object]]) -> AsyncIterator[None]:
    """Run `undo` when the block raises anything, cancellation included, then let the block's exception go on.

    The undo runs shielded: a request cancelled by anyio is cancelled again at each await, which would stop the
    undo half-way and leave half-made records behind. An undo that itself fails is logged, not raised: the
    caller is owed the reason the start failed, not the reason the clean-up did."""
    try:
        yield
    except BaseException:
        with anyio.CancelScope(shield=True):
            try:
                await undo()
            except Exception:
                log.exception("could not undo what a failed start recorded")
        raise
