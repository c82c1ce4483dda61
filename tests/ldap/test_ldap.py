"""External LDAP against a real slapd: saving the configuration checks the bind, LDAP users log in (and are
made on first login), a sync makes accounts and groups follow the directory, the bind password stays secret."""

from __future__ import annotations

import logging

import httpx

from service.auth.models import Group, User
from service.core.settings_store import get_setting, set_setting
from service.tasks.models import Task
from tests.factories import PASSWORD, assert_secrets_nowhere, login, owner_headers, wait_task
from tests.ldap.conftest import GROUP, GROUPS, PEOPLE, ROOT_DN, ROOT_PASSWORD, SUFFIX, USERS, Slapd, user_dn

CONFIG_PATH = "/api/v1/settings/external_ldap_config"


def config(slapd: Slapd, **changes: object) -> dict[str, object]:
    return {"provider": "other", "url": slapd.url, "baseDn": PEOPLE, "filter": "(objectClass=inetOrgPerson)",
            "usernameField": "uid", "bindDn": ROOT_DN, "bindPassword": ROOT_PASSWORD, "autoCreate": True,
            "groupBaseDn": GROUPS, **changes}


async def configured(client: httpx.AsyncClient, slapd: Slapd, **changes: object) -> dict[str, str]:
    owner = await owner_headers(client)
    saved = await client.post(CONFIG_PATH, headers=owner, json=config(slapd, **changes))
    assert saved.status_code == 200, saved.text
    return owner


async def ldap_login(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    return await client.post("/api/v1/auth/login", json={"username": username, "password": password})


async def test_an_ldap_user_logs_in_and_is_made_on_first_login(client, slapd):
    owner = await configured(client, slapd)
    mail, name, password = USERS["ada"]
    answer = await ldap_login(client, "ada", password)
    assert answer.status_code == 200, answer.text
    assert answer.json()["user"]["email"] == mail and answer.json()["user"]["displayName"] == name
    ada = await User.get(username="ada")
    assert ada.external and ada.ldap_dn == user_dn("ada")
    me = await client.get("/api/v1/user/profile", headers={"Authorization": f"Bearer {answer.json()['accessToken']}"})
    assert me.status_code == 200 and me.json()["username"] == "ada"
    assert (await ldap_login(client, "ada", password)).status_code == 200  # the second time, the same account
    assert await User.filter(username="ada").count() == 1
    wrong = await ldap_login(client, "ada", "not-her-password")
    assert wrong.status_code == 401 and wrong.json()["code"] == "bad_credentials"
    assert (await ldap_login(client, "ada", "")).status_code in (401, 422)  # never an anonymous bind
    # A name that is a filter is escaped: it matches nobody.
    assert (await ldap_login(client, "*", password)).status_code == 401
    # A local account's password never goes to LDAP; the owner logs in as always.
    await login(client, "owner")
    assert (await client.post(f"/api/v1/users/{ada.id}/create_invite", headers=owner)).status_code == 409


async def test_without_auto_create_an_unknown_name_is_refused(client, slapd):
    await configured(client, slapd, autoCreate=False)
    assert (await ldap_login(client, "grace", USERS["grace"][2])).status_code == 401
    assert not await User.filter(username="grace").exists()


async def test_failed_ldap_logins_are_throttled(client, slapd):
    await configured(client, slapd)
    assert (await ldap_login(client, "ada", USERS["ada"][2])).status_code == 200
    for _ in range(10):
        assert (await ldap_login(client, "ada", "guess")).status_code == 401
    throttled = await ldap_login(client, "ada", USERS["ada"][2])
    assert throttled.status_code == 429


async def test_an_unreachable_directory_is_a_clear_401(client, slapd, caplog):
    owner = await configured(client, slapd)
    assert (await ldap_login(client, "ada", USERS["ada"][2])).status_code == 200
    # Point the stored configuration at a closed port, as a directory gone down would look.
    stored = await get_setting("external_ldap_config")
    await set_setting("external_ldap_config", {**stored, "url": "ldap://127.0.0.1:9"})
    with caplog.at_level(logging.WARNING):
        down = await ldap_login(client, "ada", USERS["ada"][2])
    assert down.status_code == 401 and down.json()["code"] == "ldap_unreachable"
    assert "LDAP" in down.json()["error"]
    assert "ldap://127.0.0.1:9" in caplog.text and USERS["ada"][2] not in caplog.text
    assert ROOT_PASSWORD not in caplog.text
    await login(client, "owner")  # local accounts are not affected
    assert owner


async def test_saving_checks_the_bind_the_url_and_the_base_dn(client, slapd):
    owner = await owner_headers(client)
    refused = await client.post(CONFIG_PATH, headers=owner, json=config(slapd, bindPassword="wrong"))
    assert refused.status_code == 422 and refused.json()["details"][0]["field"] == "bindPassword"
    for url in ("http://127.0.0.1", "127.0.0.1:389"):
        bad = await client.post(CONFIG_PATH, headers=owner, json=config(slapd, url=url))
        assert bad.status_code == 422 and "url" in bad.text, bad.text
    down = await client.post(CONFIG_PATH, headers=owner, json=config(slapd, url="ldap://127.0.0.1:9"))
    assert down.status_code == 422 and down.json()["details"][0]["field"] == "url"
    missing = await client.post(CONFIG_PATH, headers=owner, json=config(slapd, baseDn=f"ou=nobody,{SUFFIX}"))
    assert missing.status_code == 422 and missing.json()["details"][0]["field"] == "baseDn"
    assert (await client.get(CONFIG_PATH, headers=owner)).json()["provider"] == "noop"  # nothing half-saved
    saved = await client.post(CONFIG_PATH, headers=owner, json=config(slapd))
    assert saved.status_code == 200 and saved.json()["bindPassword"] != ROOT_PASSWORD
    shown = (await client.get(CONFIG_PATH, headers=owner)).json()
    assert shown["bindPassword"] == saved.json()["bindPassword"] and shown["baseDn"] == PEOPLE
    # The placeholder, or no bindPassword at all, keeps the stored one (checked by a bind again).
    again = await client.post(CONFIG_PATH, headers=owner, json={**config(slapd), "bindPassword": shown["bindPassword"]})
    assert again.status_code == 200, again.text
    body = config(slapd, autoCreate=False)
    del body["bindPassword"]
    assert (await client.post(CONFIG_PATH, headers=owner, json=body)).status_code == 200
    assert (await client.get(CONFIG_PATH, headers=owner)).json()["autoCreate"] is False
    off = await client.post(CONFIG_PATH, headers=owner, json={"provider": "noop"})
    assert off.status_code == 200 and off.json()["provider"] == "noop"
    assert (await ldap_login(client, "ada", USERS["ada"][2])).status_code == 401
    made = await client.post("/api/v1/users", headers=owner, json={
        "username": "bob", "email": "bob@example.com", "password": PASSWORD})
    assert made.status_code == 201
    bob = await login(client, "bob", PASSWORD)
    assert (await client.get(CONFIG_PATH, headers=bob)).status_code == 403
    assert (await client.post(CONFIG_PATH, headers=bob, json=config(slapd))).status_code == 403


async def sync(client: httpx.AsyncClient, headers: dict[str, str]) -> dict:
    started = await client.post(f"{CONFIG_PATH}/sync", headers=headers)
    assert started.status_code == 202, started.text
    task = await wait_task(client, headers, started.json()["taskId"])
    assert task["state"] == "success", task
    assert task["type"] == "syncExternalLdap"
    return task


async def test_a_sync_adds_new_users_marks_gone_ones_inactive_and_groups_follow(client, slapd, settings):
    owner = await configured(client, slapd)
    await sync(client, owner)
    ada, grace = await User.get(username="ada"), await User.get(username="grace")
    assert ada.external and grace.external and ada.active and grace.active
    group = await Group.get(name=GROUP)
    assert group.ldap_dn == f"cn={GROUP},{GROUPS}"
    assert {u.username for u in await group.members.all()} == {"ada", "grace"}
    owner_account = await User.get(username="owner")
    await group.members.add(owner_account)  # a local member stays whatever the directory says

    slapd.add_user("linus", mail="linus@example.test", name="Linus Pauling", password="linus-ldap-password")
    slapd.set_members(["ada", "linus"])
    slapd.remove_user("grace")
    await sync(client, owner)
    linus = await User.get(username="linus")
    assert linus.external and linus.active and linus.email == "linus@example.test"
    assert not (await User.get(username="grace")).active
    assert (await User.get(username="owner")).active  # local accounts are never made inactive
    assert {u.username for u in await group.members.all()} == {"ada", "linus", "owner"}
    assert (await ldap_login(client, "linus", "linus-ldap-password")).status_code == 200
    assert (await ldap_login(client, "grace", USERS["grace"][2])).status_code == 401

    # The bind password: in no answer, task log, recorded run variables or data-dir file.
    for task in await Task.filter(type="syncExternalLdap"):
        assert ROOT_PASSWORD not in str(task.extra_vars) and ROOT_PASSWORD not in str(task.options)
        assert ROOT_PASSWORD not in str(task.result)
    await assert_secrets_nowhere(client, owner, settings.data_dir, [ROOT_PASSWORD], answers=(CONFIG_PATH,))


async def test_a_sync_against_a_missing_base_fails_and_changes_nothing(client, slapd):
    owner = await configured(client, slapd)
    await sync(client, owner)
    stored = await get_setting("external_ldap_config")
    await set_setting("external_ldap_config", {**stored, "baseDn": f"ou=gone,{SUFFIX}"})
    started = await client.post(f"{CONFIG_PATH}/sync", headers=owner)
    task = await wait_task(client, owner, started.json()["taskId"])
    assert task["state"] == "failed" and "ou=gone" in (task["error"] or {}).get("message", ""), task
    assert (await User.get(username="ada")).active and (await User.get(username="grace")).active


async def test_sync_needs_a_directory(client):
    owner = await owner_headers(client)
    off = await client.post(f"{CONFIG_PATH}/sync", headers=owner)
    assert off.status_code == 422 and off.json()["code"] == "not_configured"
