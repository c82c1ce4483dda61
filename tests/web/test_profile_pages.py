"""The profile pages: details, the password and API tokens, through the forms as a browser without JavaScript."""

from __future__ import annotations

import re

import pytest

from tests.factories import PASSWORD
from tests.web.pages import page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database

NEW_PASSWORD = "a brand new passphrase"


async def test_a_new_display_name_shows_in_the_menu(browser_client):
    await set_up_owner(browser_client)
    response = await submit(browser_client, "/profile", "/profile",
                            {"displayName": "Ada Lovelace", "email": "owner@example.com"})
    assert response.headers["location"] == "/profile"
    html = await page(browser_client, "/profile")
    assert "Profile saved." in html
    assert '<a href="/profile" aria-current="page">Ada Lovelace</a>' in html
    assert 'value="Ada Lovelace"' in html


async def test_an_email_change_without_the_current_password_is_refused_beside_it(browser_client, client):
    await set_up_owner(browser_client)
    response = await submit(browser_client, "/profile", "/profile",
                            {"displayName": "owner", "email": "new@example.com"}, status=403)
    assert re.search(r'id="e-emailPassword" class="field-error">The current password is wrong', response.text)
    assert 'value="new@example.com"' in response.text  # what was typed stays
    me = (await client.post("/api/v1/auth/login", json={"username": "owner", "password": PASSWORD})).json()
    assert me["user"]["email"] == "owner@example.com"


async def test_a_wrong_current_password_changes_nothing_and_says_so_beside_it(browser_client):
    await set_up_owner(browser_client)
    response = await submit(browser_client, "/profile", "/profile/password",
                            {"currentPassword": "not the password", "password": NEW_PASSWORD,
                             "confirm": NEW_PASSWORD}, status=403)
    assert re.search(r'id="e-currentPassword" class="field-error">The current password is wrong', response.text)
    differing = await submit(browser_client, "/profile", "/profile/password",
                             {"currentPassword": PASSWORD, "password": NEW_PASSWORD, "confirm": "something else"},
                             status=422)
    assert 'id="e-confirm" class="field-error">The two new passwords differ.' in differing.text
    await submit(browser_client, "/", "/signout")
    await sign_in(browser_client, "owner", PASSWORD)


async def test_a_changed_password_is_the_one_that_signs_in(browser_client):
    await set_up_owner(browser_client)
    await submit(browser_client, "/profile", "/profile/password",
                 {"currentPassword": PASSWORD, "password": NEW_PASSWORD, "confirm": NEW_PASSWORD})
    assert "Password changed." in await page(browser_client, "/profile")
    await submit(browser_client, "/", "/signout")
    refused = await submit(browser_client, "/signin", "/signin", {"username": "owner", "password": PASSWORD},
                           status=401)
    assert "Wrong username or password." in refused.text
    await sign_in(browser_client, "owner", NEW_PASSWORD)
    assert (await browser_client.get("/profile")).status_code == 200


async def test_a_token_is_shown_once_works_and_stops_working_when_revoked(browser_client, client):
    await set_up_owner(browser_client)
    created = await submit(browser_client, "/profile", "/profile/tokens",
                           {"name": "CI deploys", "expirationInDays": "30"}, status=201)
    assert created.headers["cache-control"] == "no-store"
    token = re.search(r'<code id="new-token" class="secret">(ctr_[^<]+)</code>', created.text).group(1)
    bearer = {"Authorization": f"Bearer {token}"}
    works = await client.get("/api/v1/user/profile", headers=bearer)
    assert works.status_code == 200 and works.json()["username"] == "owner"

    listing = await page(browser_client, "/profile")
    assert "CI deploys" in listing and token not in listing
    revoke = re.search(r'href="(/profile/tokens/[0-9a-f-]+/revoke)"', listing).group(1)
    confirm = await page(browser_client, revoke)
    assert "Revoke the API token “CI deploys”?" in confirm and token not in confirm
    done = await submit(browser_client, revoke, revoke)
    assert done.headers["location"] == "/profile#tokens"
    after = await page(browser_client, "/profile")
    assert "Token “CI deploys” revoked" in after and "No API tokens." in after
    assert (await client.get("/api/v1/user/profile", headers=bearer)).status_code == 401
    assert "Not found" in await page(browser_client, revoke, status=404)
    assert "Not found" in await page(browser_client, "/profile/tokens/not-an-id/revoke", status=404)
