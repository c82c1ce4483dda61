"""Notifications' fixtures: the app with its delivery worker stopped after it, short retry delays, and a loopback
receiver."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from service.config import Settings
from service.domains.notifications import worker
from service.domains.notifications.delivering import BACKOFF_ENV, TIMEOUT_ENV
from tests.conftest import Server


@pytest.fixture(autouse=True)
def short_schedule(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tries 0.3 s, 0.6 s, 1 s and 30 s apart; 3 s per call."""
    monkeypatch.setenv(BACKOFF_ENV, "0.3,0.6,1,30")
    monkeypatch.setenv(TIMEOUT_ENV, "3")


@pytest.fixture
async def server(settings: Settings) -> AsyncIterator[Server]:
    started = Server(settings)
    await started.start()
    try:
        yield started
    finally:
        await started.stop()
        await worker.stop()  # the app's shutdown (the slice's `stopping`) did it already; a stop is idempotent


