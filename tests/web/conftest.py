"""The dashboard's tests: a client that keeps cookies, on the real server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest


@pytest.fixture
async def browser_client(server) -> AsyncIterator[httpx.AsyncClient]:
    """Like a browser without JavaScript: cookies kept, redirects not followed (tests look at them)."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
        yield client
