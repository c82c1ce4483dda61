"""Headless Chromium from Debian's `chromium` package, driven by Playwright for Python: the dashboard as a user's
browser sees it, scripts, the content security policy and server-sent events included. Playwright's own browser
downloads are never used (`executable_path` points at the system's Chromium).

Also here: the accessibility check (axe-core, vendored from npm under tests/web/vendor/) and the screenshots of
the main pages that `make screenshots` writes under docs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Page, async_playwright

from tests.factories import PASSWORD

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
REPO_ROOT = Path(__file__).parents[2]
# Set by `make screenshots`: where the browser tests write their pictures of the main pages.
SCREENSHOTS_ENV = "CONTAINR_SCREENSHOTS"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
# Widths a user has: a desktop and a 360 px phone.
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 780}


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium package is missing: scripts/bootstrap --test-deps installs it"
    return found


@asynccontextmanager
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=chromium_path(), headless=True, args=ARGS)
        try:
            yield browser
        finally:
            await browser.close()


async def new_page(browser: Browser, base_url: str, *, viewport: dict[str, int] = DESKTOP,
                   color_scheme: str = "light") -> Page:
    """A page in a context of its own (its own cookies: a second context is a second user)."""
    context: BrowserContext = await browser.new_context(base_url=base_url, viewport=viewport,
                                                        color_scheme=color_scheme)  # type: ignore[arg-type]
    context.set_default_timeout(30_000)
    page = await context.new_page()
    page.on("pageerror", lambda error: page.context.__dict__.setdefault("errors", []).append(str(error)))
    return page


def script_errors(page: Page) -> list[str]:
    """Uncaught script errors on the page so far (a content security policy refusal shows up here too)."""
    return list(page.context.__dict__.get("errors", []))


async def sign_in(page: Page, username: str, password: str = PASSWORD) -> None:
    await page.goto("/signin")
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url("**/")


async def accessibility_problems(page: Page) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it stands (rule, impact, where)."""
    # Evaluated through the DevTools protocol, which the page's content security policy does not govern.
    if not await page.evaluate("typeof window.axe !== 'undefined'"):
        await page.evaluate(AXE.read_text())
    result = await page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))")
    return list(result)


def screenshots_dir() -> Path | None:
    folder = os.environ.get(SCREENSHOTS_ENV)
    if not folder:
        return None
    path = Path(folder)
    path = path if path.is_absolute() else REPO_ROOT / path
    path.mkdir(parents=True, exist_ok=True)
    return path
