"""First run, sign-in, sign-out, the session cookie and CSRF, over plain HTTP."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, register
from tests.web.pages import csrf_of, page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database


async def test_first_visit_offers_the_owner_form_then_signs_in(browser_client):
    first = await browser_client.get("/")
    assert first.status_code == 303 and first.headers["location"] == "/signin"
    assert (await browser_client.get("/signin")).headers["location"] == "/setup"
    html = await page(browser_client, "/setup")
    assert "Create the owner account" in html
    await set_up_owner(browser_client)
    home = await page(browser_client, "/")
    assert "Dashboard" in home and "owner" in home
    # The owner exists: the form is gone for good.
    assert (await browser_client.get("/setup")).headers["location"] == "/signin"


async def test_the_session_cookie_is_sealed_http_only_and_lax(browser_client):
    await set_up_owner(browser_client)
    cookie = next(c for c in browser_client.cookies.jar if c.name == "containr_session")
    assert cookie.has_nonstandard_attr("HttpOnly")
    assert cookie.get_nonstandard_attr("SameSite", "").lower() == "lax"
    assert not cookie.secure  # plain HTTP here; HTTPS sets Secure
    assert "eyJ" not in cookie.value  # encrypted: the JWT inside (base64 JSON starts "eyJ") is not readable


async def test_a_wrong_password_says_so_and_signs_nobody_in(browser_client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/", "/signout")
    response = await submit(browser_client, "/signin", "/signin", {"username": "owner", "password": "wrong one!"},
                            status=401)
    assert "Wrong username or password." in response.text
    assert (await browser_client.get("/")).status_code == 303


async def test_sign_out_ends_the_session_and_sign_in_returns_to_the_page_asked_for(browser_client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/", "/signout")
    asked = await browser_client.get("/tasks?active=true")
    assert asked.headers["location"] == "/signin?next=%2Ftasks%3Factive%3Dtrue"
    html = await page(browser_client, asked.headers["location"])
    response = await browser_client.post("/signin", data={"csrf_token": csrf_of(html), "username": "owner",
                                                         "password": PASSWORD, "next": "/tasks?active=true"})
    assert response.headers["location"] == "/tasks?active=true"


async def test_sign_in_never_redirects_to_another_site(browser_client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/", "/signout")
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        html = await page(browser_client, "/signin")
        response = await browser_client.post("/signin", data={"csrf_token": csrf_of(html), "username": "owner",
                                                             "password": PASSWORD, "next": target})
        assert response.headers["location"] == "/"
        await submit(browser_client, "/", "/signout")


async def test_a_form_without_its_csrf_token_is_refused(browser_client):
    await set_up_owner(browser_client)
    refused = await browser_client.post("/signout", data={})
    assert refused.status_code == 403 and "Form expired" in refused.text
    wrong = await browser_client.post("/signout", data={"csrf_token": "x" * 43})
    assert wrong.status_code == 403
    assert (await browser_client.get("/")).status_code == 200  # still signed in


async def test_setup_errors_name_their_field(browser_client):
    response = await submit(browser_client, "/setup", "/setup", {"username": "ok-name", "email": "not an email",
                                                                 "password": PASSWORD}, status=422)
    assert 'id="e-email"' in response.text
    assert 'value="ok-name"' in response.text  # what was typed stays


async def test_setup_after_the_owner_exists_makes_no_second_owner(browser_client, client):
    html = await page(browser_client, "/setup")
    await register(client)  # someone else was quicker
    response = await browser_client.post("/setup", data={"csrf_token": csrf_of(html), "username": "late",
                                                         "email": "late@example.com", "password": PASSWORD})
    assert response.headers["location"] == "/signin"
    await sign_in(browser_client, "owner")


async def test_pages_carry_security_headers_and_static_files_are_cached(browser_client):
    response = await browser_client.get("/setup")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"  # a page shows an account's data: never cached
    css = [line for line in response.text.splitlines() if "containr.css" in line][0]
    href = css.split('href="')[1].split('"')[0]
    static = await browser_client.get(href)
    assert static.status_code == 200 and "immutable" in static.headers["cache-control"]


async def test_a_malformed_or_unknown_address_is_a_page_not_the_api_json(browser_client):
    await set_up_owner(browser_client)
    for path in ("/tasks/abc", "/tasks?page=0", "/no-such-page"):
        response = await browser_client.get(path)
        assert response.status_code == 404 and "There is no such page." in response.text, path
        assert response.headers["content-type"].startswith("text/html")
    api = await browser_client.get("/api/v1/no-such-route")
    assert api.status_code == 404 and api.json()["code"] == "not_found"  # the API keeps its JSON
