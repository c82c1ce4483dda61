"""The registries pages against a real Docker registry (tests/harness/registry.py: TLS from a test CA, htpasswd):
in Chromium, a registry added through the type chooser and its type's form (a wrong password refused beside the
token's field), its images and tags browsed, changed with the token left empty (kept), its deletion refused while
something uses it and then done; without JavaScript, each type's own fields, an unreachable registry's error on
its images and tags pages, a plain team member who sees no change and whose posts the API refuses, and no token
in any page's HTML."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import expect

from service.domains.registries.events import REGISTRY_USERS
from service.domains.registries.models import Registry, RegistryType
from tests.factories import login, owner_headers, personal_team, team_member
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form

pytestmark = pytest.mark.one_database

URL = "/api/v1/registries"
TOKEN = "unchecked-Token-0123456789"


async def test_a_registry_is_added_browsed_changed_and_forgotten_in_a_browser(browser, server, client, registry):
    owner = await owner_headers(client)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, Any] = {}
    html: list[str] = []

    await page_.goto("/registries")
    await expect(page_.get_by_text("No registries yet.")).to_be_visible()
    await page_.get_by_role("button", name="Add a registry").click()
    await page_.get_by_label("Registry type").select_option("v2")
    await page_.get_by_role("button", name="Continue").click()
    await expect(page_.get_by_role("group")).to_contain_text("Docker Registry (HTTP API v2)")
    problems[page_.url] = await accessibility_problems(page_)
    await expect(page_.get_by_label("Image name prefix")).to_have_count(0)  # not a v2 registry's field
    await page_.get_by_label("Name", exact=True).fill("ours")
    await page_.get_by_label("Registry address").fill(registry.url)
    await page_.get_by_label("User").fill(registry.username)
    await page_.get_by_label("Token or password").fill("not-the-password")
    await page_.get_by_label("CA certificates (optional)").fill(registry.ca_bundle)
    await page_.get_by_role("button", name="Add the registry").click()
    # The registry refused the password: the API's error beside the token, the rest as typed, nothing saved.
    error = page_.locator('[id="e-details.token"]')
    await expect(error).to_be_visible()
    await expect(page_.get_by_label("Registry address")).to_have_value(registry.url)
    await expect(page_.get_by_label("Token or password")).to_have_value("")
    html.append(await page_.content())
    assert not await Registry.exists()

    await page_.get_by_label("Token or password").fill(registry.password)
    await page_.get_by_role("button", name="Add the registry").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("ours")
    await expect(page_.get_by_role("status")).to_have_text("Added the registry ours.")
    facts = page_.locator("dl.facts")
    await expect(facts).to_contain_text(registry.username)
    await expect(facts).to_contain_text("set (never shown)")
    problems[page_.url] = await accessibility_problems(page_)
    html.append(await page_.content())
    record = await Registry.get(name="ours")

    # Its images, read from the registry now, and an image's tags.
    await page_.get_by_role("button", name="Browse its images").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Images of ours")
    await page_.get_by_label("Image name").fill("hello")
    await page_.get_by_role("button", name="Search").click()
    await page_.get_by_role("link", name="containr/hello").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Tags of containr/hello")
    await expect(page_.get_by_role("cell", name="1.0", exact=True)).to_be_visible()
    await expect(page_.get_by_role("cell", name=f"{registry.host}/containr/hello:1.0")).to_be_visible()
    problems[page_.url] = await accessibility_problems(page_)
    await page_.goto(f"/registries/{record.id}/images?search=nothing-like-it")
    await expect(page_.get_by_text("No image matches")).to_be_visible()

    # Changed with the token left empty: the stored one stays (the registry is checked with it again).
    await page_.goto(f"/registries/{record.id}")
    await page_.get_by_role("button", name="Edit").click()
    await expect(page_.get_by_text("A token is set: leave this empty to keep it.")).to_be_visible()
    await page_.get_by_label("Description (optional)").fill("The shop's images")
    await page_.get_by_role("button", name="Save the registry").click()
    await expect(page_.get_by_role("status")).to_have_text("Saved the registry ours.")
    await expect(page_.get_by_text("The shop's images")).to_be_visible()
    changed = await Registry.get(id=record.id)
    assert changed.description == "The shop's images" and changed.sealed_token == record.sealed_token
    answer = (await client.get(f"{URL}/{record.id}", headers=owner)).json()
    assert answer["details"]["hasToken"] is True

    # In use: the deletion is refused with the API's word, and the registry stays.
    async def version_images(state: Any, *, registry_ids: list[Any], users: dict[Any, list[str]]) -> None:
        for registry_id in registry_ids:
            users.setdefault(registry_id, []).append("shop 1.0: containr/hello")

    hooks = server.app.state.hooks.by_event.setdefault(REGISTRY_USERS, [])
    hooks.append(version_images)
    try:
        await page_.goto("/registries")
        await expect(page_.get_by_role("row", name="ours")).to_contain_text("in use")
        await page_.get_by_role("link", name="ours").click()
        await expect(page_.get_by_role("listitem").filter(has_text="shop 1.0: containr/hello")).to_be_visible()
        await page_.get_by_role("button", name="Forget…").click()
        await page_.get_by_role("button", name="Forget ours").click()
        await expect(page_.get_by_role("alert")).to_contain_text("shop 1.0: containr/hello")
        problems[page_.url] = await accessibility_problems(page_)
        assert await Registry.exists(id=record.id)
    finally:
        hooks.remove(version_images)
    await page_.get_by_role("button", name="Forget ours").click()
    await expect(page_.get_by_role("status")).to_have_text("Forgot the registry ours.")
    assert not await Registry.exists(id=record.id)

    assert all(registry.password not in text for text in html)
    assert script_errors(page_) == [], script_errors(page_)
    assert not {url: found for url, found in problems.items() if found}, problems


async def test_each_type_has_its_fields_and_an_unreachable_registry_says_so(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    chooser = await page(browser_client, "/registries/new")
    assert 'action="/registries/new"' in chooser and '<option value="gitlab">' in chooser
    unknown = await page(browser_client, "/registries/new?type=quay", status=422)
    assert 'id="e-type"' in unknown and "not a registry type" in unknown
    hub = await page(browser_client, "/registries/new?type=hub")
    assert 'name="details.imageNamePrefix"' in hub and 'name="details.url"' not in hub
    assert 'name="details.caBundle"' not in hub and 'value="hub"' in hub
    gitlab = await page(browser_client, "/registries/new?type=gitlab")
    assert all(f'name="details.{name}"' in gitlab for name in ("url", "apiUrl", "namespace", "imageNamePrefix"))
    refused = await submit(browser_client, "/registries/new?type=github", "/registries",
                           {"type": "github", "teamId": await personal_team(client, owner), "name": "gh",
                            "details.user": "someone", "details.token": TOKEN}, status=422)
    assert 'id="e-details.imageNamePrefix"' in refused.text and TOKEN not in refused.text
    assert 'value="someone"' in refused.text and 'value="gh"' in refused.text

    # Saved without a check; nothing answers at its address, which its images and tags pages say.
    added = await submit(browser_client, "/registries/new?type=unchecked", "/registries", {
        "type": "unchecked", "teamId": await personal_team(client, owner), "name": "later",
        "details.url": "https://127.0.0.1:9", "details.user": "deploy", "details.token": TOKEN})
    registry_id = added.headers["location"].rsplit("/", 1)[1]
    detail = await page(browser_client, f"/registries/{registry_id}")
    assert "set <small" in detail and "https://127.0.0.1:9" in detail
    images = await page(browser_client, f"/registries/{registry_id}/images")
    assert "The registry's images could not be read:" in images and 'name="image"' in images
    tags = await page(browser_client, f"/registries/{registry_id}/tags?image=containr/hello")
    assert "The image's tags could not be read:" in tags
    assert "Not found" in await page(browser_client, f"/registries/{registry_id}/tags?image=Not..Valid", status=404)
    # The type changes on the edit form: another type's fields, the token kept when left empty.
    edit = await page(browser_client, f"/registries/{registry_id}/edit?type=v2")
    assert 'value="https://127.0.0.1:9"' in edit and 'value="deploy"' in edit and 'name="removeToken"' in edit
    # A token removed on purpose: ticked, with the user cleared (a token alone is asked for beside the user).
    saved = {"type": "unchecked", "name": "later", "description": "", "details.url": "https://127.0.0.1:9"}
    kept = await submit(browser_client, f"/registries/{registry_id}/edit", f"/registries/{registry_id}/edit",
                        saved | {"details.user": "deploy"})
    assert kept.headers["location"] == f"/registries/{registry_id}"
    assert (await client.get(f"{URL}/{registry_id}", headers=owner)).json()["details"]["hasToken"] is True
    half = await submit(browser_client, f"/registries/{registry_id}/edit", f"/registries/{registry_id}/edit",
                        saved | {"details.user": "deploy", "removeToken": "on"}, status=422)
    assert 'id="e-details.token"' in half.text and 'name="removeToken" type="checkbox" checked' in half.text
    await submit(browser_client, f"/registries/{registry_id}/edit", f"/registries/{registry_id}/edit",
                 saved | {"removeToken": "on"})
    answer = (await client.get(f"{URL}/{registry_id}", headers=owner)).json()
    assert answer["details"]["hasToken"] is False and answer["details"]["user"] == ""
    assert 'name="removeToken"' not in await page(browser_client, f"/registries/{registry_id}/edit")
    listed = await page(browser_client, "/registries?search=late")
    assert f'href="/registries/{registry_id}"' in listed and "unused" in listed
    assert "No registry matches" in await page(browser_client, "/registries?search=nothing")
    # Paged by 25, the search kept in the pages' links.
    for number in range(26):
        await Registry.create(team_id=await personal_team(client, owner), name=f"mirror-{number:02}",
                              type=RegistryType.UNCHECKED, url="https://mirror.example.test")
    first = await page(browser_client, "/registries?search=mirror")
    assert "Page 1 of 2" in first and 'href="/registries?search=mirror&amp;page=2"' in first
    second = await page(browser_client, "/registries?search=mirror&page=2")
    assert ">mirror-25</a>" in second and ">mirror-00</a>" not in second
    for text in (chooser, hub, gitlab, detail, images, tags, edit, listed):
        assert TOKEN not in text


async def test_a_member_who_is_not_a_team_admin_changes_nothing(browser_client, client):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    created = await client.post(URL, headers=owner, json={
        "name": "ours", "type": "unchecked", "teamId": team_id,
        "details": {"url": "https://registry.example.test", "user": "deploy", "token": TOKEN}})
    assert created.status_code == 201, created.text
    registry_id = created.json()["id"]
    await team_member(client, owner, team_id)

    await sign_in_form(browser_client, "member")
    detail = await page(browser_client, f"/registries/{registry_id}")
    assert "ours" in detail and f'href="/registries/{registry_id}/edit"' not in detail and TOKEN not in detail
    assert f'href="/registries/{registry_id}/delete"' not in detail
    assert "Only the team's owners and admins" in await page(browser_client, f"/registries/{registry_id}/edit")
    # Posted all the same: the API's refusal is the page, and nothing changed.
    changed = await submit(browser_client, f"/registries/{registry_id}", f"/registries/{registry_id}/edit",
                           {"type": "unchecked", "name": "mine", "details.url": "https://evil.example.test"},
                           status=403)
    assert "Not allowed" in changed.text
    deleted = await submit(browser_client, f"/registries/{registry_id}", f"/registries/{registry_id}/delete",
                           status=403)
    assert "Not allowed" in deleted.text
    added = await submit(browser_client, "/registries", "/registries", {
        "type": "unchecked", "teamId": team_id, "name": "mine", "details.url": "https://evil.example.test"},
        status=403)
    assert "Not allowed" in added.text
    record = await Registry.get(id=registry_id)
    assert (record.name, record.url) == ("ours", "https://registry.example.test")
    assert await Registry.all().count() == 1
