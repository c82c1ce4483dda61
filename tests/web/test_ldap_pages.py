"""The external LDAP page against a real slapd (the directory's form, errors beside their field, the bind
password never shown, the sync button and the last sync), and the page of a create_invite link."""

from __future__ import annotations

import pytest

from tests.factories import PASSWORD, login, wait_task
from tests.ldap.conftest import GROUPS, PEOPLE, ROOT_DN, ROOT_PASSWORD, Slapd, slapd, slapd_server  # noqa: F401
from tests.web.pages import page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database


def _form(directory: Slapd, **changes: str) -> dict[str, str]:
    return {"provider": "other", "url": directory.url, "baseDn": PEOPLE, "filter": "(objectClass=inetOrgPerson)",
            "usernameField": "uid", "bindDn": ROOT_DN, "bindPassword": ROOT_PASSWORD, "groupBaseDn": GROUPS,
            "groupFilter": "", "groupnameField": "", "autoCreate": "true", **changes}


async def test_the_directory_is_set_and_synced_from_its_page(browser_client, client, slapd):  # noqa: F811
    await set_up_owner(browser_client)
    html = await page(browser_client, "/settings")
    assert 'href="/settings/ldap"' in html
    html = await page(browser_client, "/settings/ldap")
    assert "External LDAP is <strong>off</strong>" in html and "No sync yet." in html
    refused = await submit(browser_client, "/settings/ldap", "/settings/ldap", _form(slapd, bindPassword="wrong"),
                           status=422)
    assert 'id="e-bindPassword"' in refused.text and f'value="{slapd.url}"' in refused.text
    assert "wrong" not in refused.text.split('id="f-bindPassword"')[1].split(">")[0]  # a password is never echoed
    bad = await submit(browser_client, "/settings/ldap", "/settings/ldap", _form(slapd, url="http://example.test"),
                       status=422)
    assert 'id="e-url"' in bad.text
    saved = await submit(browser_client, "/settings/ldap", "/settings/ldap", _form(slapd))
    assert saved.headers["location"] == "/settings/ldap"
    html = await page(browser_client, "/settings/ldap")
    assert f"Accounts can come from {slapd.url} now." in html
    assert "A password is stored: leave empty to keep it." in html and ROOT_PASSWORD not in html
    assert 'value="ldap-bind' not in html
    # Saved again with the password left empty: the stored one is kept (the save binds with it).
    await submit(browser_client, "/settings/ldap", "/settings/ldap", _form(slapd, bindPassword=""))

    started = await submit(browser_client, "/settings/ldap", "/settings/ldap/sync")
    assert started.headers["location"] == "/settings/ldap"
    owner = await login(client, "owner")
    tasks = (await client.get("/api/v1/tasks?type=syncExternalLdap", headers=owner)).json()["tasks"]
    task = await wait_task(client, owner, tasks[0]["id"])
    assert task["state"] == "success"
    html = await page(browser_client, "/settings/ldap")
    assert f'href="/tasks/{task["id"]}"' in html and "success" in html and ROOT_PASSWORD not in html

    off = await submit(browser_client, "/settings/ldap", "/settings/ldap", {"provider": "noop"})
    assert off.headers["location"] == "/settings/ldap"
    assert "External LDAP is <strong>off</strong>" in await page(browser_client, "/settings/ldap")


async def test_only_administrators_get_the_ldap_page(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    made = await client.post("/api/v1/users", headers=owner, json={
        "username": "plain", "email": "plain@example.com", "password": PASSWORD})
    assert made.status_code == 201
    browser_client.cookies.clear()
    await sign_in(browser_client, "plain")
    html = await page(browser_client, "/settings/ldap", status=403)
    assert "Save the directory" not in html


async def test_an_invite_link_sets_the_password(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client, "owner")
    dana = (await client.post("/api/v1/users", headers=owner, json={
        "username": "dana", "email": "dana@example.com", "password": PASSWORD})).json()
    invite = (await client.post(f"/api/v1/users/{dana['id']}/create_invite", headers=owner)).json()
    link = invite["inviteLink"]
    path = link[link.index("/reset"):]
    browser_client.cookies.clear()
    html = await page(browser_client, path)
    assert "Set your password" in html and invite["resetToken"] in html
    short = await submit(browser_client, path, "/reset", {"token": invite["resetToken"], "password": "short"},
                         status=422)
    assert 'id="e-password"' in short.text
    done = await submit(browser_client, path, "/reset", {"token": invite["resetToken"], "password": "dana's own pw"})
    assert done.headers["location"] == "/signin"
    await sign_in(browser_client, "dana", "dana's own pw")
    browser_client.cookies.clear()
    spent = await submit(browser_client, path, "/reset", {"token": invite["resetToken"], "password": "again and again"},
                         status=422)
    assert "unknown, used or expired" in spent.text
    assert "needs the link" in await page(browser_client, "/reset")
