"""The dashboard's tests: a client that keeps cookies, and headless Chromium, on the real server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from playwright.async_api import Browser

from tests.web.browser import chromium


@pytest.fixture
async def browser_client(server) -> AsyncIterator[httpx.AsyncClient]:
    """Like a browser without JavaScript: cookies kept, redirects not followed (tests look at them)."""
    async with httpx.AsyncClient(base_url=server.url, timeout=60) as client:
        yield client


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    """Debian's Chromium, headless, for one test (each page a context of its own: cookies are not shared)."""
    async with chromium() as launched:
        yield launched
