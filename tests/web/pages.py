"""Plain functions for driving the dashboard over HTTP in tests, as a browser without JavaScript would: read a
page, find its form's CSRF token, post the form, follow the redirect."""

from __future__ import annotations

import re
from typing import Any

import httpx

from tests.factories import PASSWORD

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


async def page(client: httpx.AsyncClient, path: str, *, status: int = 200) -> str:
    response = await client.get(path)
    assert response.status_code == status, (path, response.status_code, response.text[:2000])
    return response.text


async def submit(client: httpx.AsyncClient, form_page: str, action: str, data: dict[str, Any] | None = None, *,
                 status: int = 303) -> httpx.Response:
    """Post `data` to `action` with the CSRF token of the page at `form_page`; the answer, not followed."""
    token = csrf_of(await page(client, form_page))
    response = await client.post(action, data={"csrf_token": token, **(data or {})})
    assert response.status_code == status, (action, response.status_code, response.text[:2000])
    return response


async def set_up_owner(client: httpx.AsyncClient, username: str = "owner") -> None:
    """The first-run form: the owner account, signed in afterwards (the client keeps the cookie)."""
    response = await submit(client, "/setup", "/setup", {"username": username, "email": f"{username}@example.com",
                                                          "password": PASSWORD})
    assert response.headers["location"] == "/"


async def sign_in(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> None:
    response = await submit(client, "/signin", "/signin", {"username": username, "password": password})
    assert response.headers["location"] == "/"
