"""The storages pages against a real S3-compatible server that checks keys (moto with IAM authentication, as
tests/storages uses): in Chromium, a storage added through its form (a wrong secret key refused beside its
field), changed with the keys left empty (kept), its deletion refused while a volume uses it and then done;
without JavaScript, a malformed address refused beside its field, search, a plain team member who sees no change
and whose posts the API refuses, and no key in any page's HTML."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import expect

from service.domains.storages.events import STORAGE_USERS
from service.domains.storages.models import Storage
from tests.factories import login, owner_headers, personal_team, team_member
from tests.storages.conftest import KeyedS3, keyed_s3  # noqa: F401 - the fixture, shared with the API's tests
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form

pytestmark = pytest.mark.one_database

URL = "/api/v1/storages"


async def test_a_storage_is_added_changed_and_deleted_in_a_browser(browser, server, client, keyed_s3):  # noqa: F811
    await owner_headers(client)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, Any] = {}
    html: list[str] = []

    await page_.goto("/storages")
    await expect(page_.get_by_text("No storages yet.")).to_be_visible()
    await page_.get_by_role("button", name="Add a storage").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Add a storage")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_label("Name", exact=True).fill("assets")
    await page_.get_by_label("Description (optional)").fill("The shop's files")
    await page_.get_by_label("Bucket address").fill(keyed_s3.url())
    await page_.get_by_label("Access key").fill(keyed_s3.access_key)
    await page_.get_by_label("Secret key").fill("not-the-secret-key")
    await page_.get_by_role("button", name="Add the storage").click()
    # The bucket refused the keys: the API's error beside the secret key, the rest as typed, nothing saved.
    await expect(page_.locator("#e-secretKey")).to_be_visible()
    await expect(page_.get_by_label("Bucket address")).to_have_value(keyed_s3.url())
    await expect(page_.get_by_label("Access key")).to_have_value("")
    html.append(await page_.content())
    assert not await Storage.exists()

    await page_.get_by_label("Access key").fill(keyed_s3.access_key)
    await page_.get_by_label("Secret key").fill(keyed_s3.secret_key)
    await page_.get_by_role("button", name="Add the storage").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("assets")
    await expect(page_.get_by_role("status")).to_have_text("Added the storage assets.")
    await expect(page_.locator("dl.facts")).to_contain_text("Secret keyset (never shown)")
    problems[page_.url] = await accessibility_problems(page_)
    html.append(await page_.content())
    record = await Storage.get(name="assets")

    # Changed with the keys left empty: the stored ones stay (the bucket is checked with them again).
    await page_.get_by_role("button", name="Edit").click()
    await expect(page_.get_by_text("A secret key is set: leave this empty to keep it.")).to_be_visible()
    problems[page_.url] = await accessibility_problems(page_)
    html.append(await page_.content())
    await page_.get_by_label("Name", exact=True).fill("media")
    await page_.get_by_role("button", name="Save the storage").click()
    await expect(page_.get_by_role("status")).to_have_text("Saved the storage media.")
    changed = await Storage.get(id=record.id)
    assert changed.name == "media"
    assert (changed.sealed_access_key, changed.sealed_secret_key) == (record.sealed_access_key,
                                                                      record.sealed_secret_key)

    # In use: the deletion is refused with the API's word, and the storage stays.
    async def volumes(state: Any, *, storage_ids: list[Any], users: dict[Any, list[str]]) -> None:
        for storage_id in storage_ids:
            users.setdefault(storage_id, []).append("shop 1.0: volume data")

    hooks = server.app.state.hooks.by_event.setdefault(STORAGE_USERS, [])
    hooks.append(volumes)
    try:
        await page_.goto("/storages")
        await expect(page_.get_by_role("row", name="media")).to_contain_text("in use")
        html.append(await page_.content())
        await page_.get_by_role("link", name="media").click()
        await page_.get_by_role("button", name="Delete…").click()
        await page_.get_by_role("button", name="Delete media").click()
        await expect(page_.get_by_role("alert")).to_be_visible()
        problems[page_.url] = await accessibility_problems(page_)
        assert await Storage.exists(id=record.id)
    finally:
        hooks.remove(volumes)
    await page_.get_by_role("button", name="Delete media").click()
    await expect(page_.get_by_role("status")).to_contain_text("Deleted the storage media")
    assert not await Storage.exists(id=record.id)

    assert not any(key in text for key in (keyed_s3.access_key, keyed_s3.secret_key) for text in html)
    assert script_errors(page_) == [], script_errors(page_)
    assert not {url: found for url, found in problems.items() if found}, problems


async def test_a_bad_address_is_refused_beside_its_field_and_the_list_searched(browser_client, client,
                                                                                keyed_s3):  # noqa: F811
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    form = {"teamId": team_id, "name": "assets", "description": "", "accessKey": keyed_s3.access_key,
            "secretKey": keyed_s3.secret_key}
    refused = await submit(browser_client, "/storages/new", "/storages",
                           {**form, "url": "https://s3.example.test/"}, status=422)
    assert 'id="e-url"' in refused.text and "must name the bucket" in refused.text
    assert 'value="https://s3.example.test/"' in refused.text
    no_bucket = await submit(browser_client, "/storages/new", "/storages", {**form, "url": keyed_s3.url("absent")},
                             status=422)
    assert 'id="e-url"' in no_bucket.text
    await submit(browser_client, "/storages/new", "/storages", {**form, "url": keyed_s3.url()})
    await submit(browser_client, "/storages/new", "/storages", {**form, "name": "backups", "url": keyed_s3.url()})
    found = await page(browser_client, "/storages?search=back")
    assert ">backups</a>" in found and ">assets</a>" not in found
    assert "No storage matches" in await page(browser_client, "/storages?search=nothing")
    # Paged by 25 (these recorded directly: no bucket is asked), the search kept in the pages' links.
    for number in range(26):
        await Storage.create(team_id=team_id, name=f"archive-{number:02}", url="https://s3.example.test/archive")
    first = await page(browser_client, "/storages?search=archive")
    assert "Page 1 of 2" in first and 'href="/storages?search=archive&amp;page=2"' in first
    second = await page(browser_client, "/storages?search=archive&page=2")
    assert ">archive-25</a>" in second and ">archive-00</a>" not in second
    # The keys removed on purpose: this bucket answers no one without keys, which the API says; both stay.
    backups = await Storage.get(name="backups")
    edit = f"/storages/{backups.id}/edit"
    assert 'name="removeKeys"' in await page(browser_client, edit)
    unkeyed = await submit(browser_client, edit, edit, {"name": "backups", "description": "", "url": keyed_s3.url(),
                                                        "removeKeys": "on"}, status=422)
    assert 'id="e-url"' in unkeyed.text and 'name="removeKeys" type="checkbox" checked' in unkeyed.text
    assert (await Storage.get(id=backups.id)).sealed_secret_key == backups.sealed_secret_key
    pages = [refused.text, no_bucket.text, found, unkeyed.text, await page(browser_client, "/storages")]
    for storage in await Storage.filter(name__in=("assets", "backups")):
        pages += [await page(browser_client, f"/storages/{storage.id}"),
                  await page(browser_client, f"/storages/{storage.id}/edit"),
                  await page(browser_client, f"/storages/{storage.id}/delete")]
    assert not any(key in text for key in (keyed_s3.access_key, keyed_s3.secret_key) for text in pages)


async def test_a_member_who_is_not_a_team_admin_changes_nothing(browser_client, client,
                                                                keyed_s3: KeyedS3):  # noqa: F811
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    created = await client.post(URL, headers=owner, json={
        "name": "assets", "url": keyed_s3.url(), "accessKey": keyed_s3.access_key,
        "secretKey": keyed_s3.secret_key, "teamId": team_id})
    assert created.status_code == 201, created.text
    storage_id = created.json()["id"]
    await team_member(client, owner, team_id)

    await sign_in_form(browser_client, "member")
    detail = await page(browser_client, f"/storages/{storage_id}")
    assert "assets" in detail and f'href="/storages/{storage_id}/edit"' not in detail
    assert f'href="/storages/{storage_id}/delete"' not in detail
    assert "Only the team's owners and admins" in await page(browser_client, f"/storages/{storage_id}/edit")
    # Posted all the same: the API's refusal is the page, and nothing changed.
    changed = await submit(browser_client, f"/storages/{storage_id}", f"/storages/{storage_id}/edit",
                           {"name": "mine", "url": keyed_s3.url(), "description": ""}, status=403)
    assert "Not allowed" in changed.text
    deleted = await submit(browser_client, f"/storages/{storage_id}", f"/storages/{storage_id}/delete", status=403)
    assert "Not allowed" in deleted.text
    added = await submit(browser_client, "/storages", "/storages", {
        "teamId": team_id, "name": "mine", "url": keyed_s3.url(), "description": ""}, status=403)
    assert "Not allowed" in added.text
    assert [s.name for s in await Storage.all()] == ["assets"]
