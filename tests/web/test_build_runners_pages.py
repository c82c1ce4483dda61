"""The build runners pages (instance admins): a runner made through the form, its token shown once on the answer
with the command line that starts it (and the token works), never again on any page; a bad name or label refused
beside its field with nothing made; deleting through the confirmation page (the token then refused); a non-admin
refused every page and form. In Chromium: made, the token seen once, gone after going back and reloading."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from service.domains.workflows.build_models import BuildRunner
from tests.factories import PASSWORD, owner_headers
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form

pytestmark = pytest.mark.one_database

TOKEN = re.compile(r"crn_[A-Za-z0-9_-]{20,}")


async def _claims(client, token: str) -> int:
    """What the runner protocol answers the token: 204 (nothing to run) when it is a runner's."""
    return (await client.post("/api/v1/runner/claim", headers={"Authorization": f"Bearer {token}"})).status_code


async def test_a_runner_is_made_its_token_shown_once_and_deleted(browser_client, client):
    await set_up_owner(browser_client)
    listing = await page(browser_client, "/build-runners")
    assert "No build runners yet" in listing and 'action="/build-runners"' in listing

    for change, field in (({"name": "bad name"}, "name"), ({"labels": "linux Arm64"}, "labels")):
        refused = await submit(browser_client, "/build-runners", "/build-runners",
                               {"name": "builder-1", "labels": "linux arm64", **change}, status=422)
        assert f'id="e-{field}"' in refused.text, (change, refused.text[-2000:])
        assert not TOKEN.search(refused.text)
    assert not await BuildRunner.exists()

    made = await submit(browser_client, "/build-runners", "/build-runners",
                        {"name": "builder-1", "labels": "linux, arm64"}, status=201)
    assert made.headers["cache-control"] == "no-store" and "shown this once" in made.text
    tokens = set(TOKEN.findall(made.text))
    assert len(tokens) == 1, tokens
    token = tokens.pop()
    assert f"CONTAINR_URL={browser_client.base_url.scheme}://{browser_client.base_url.host}" in made.text
    assert f"CONTAINR_RUNNER_TOKEN={token} containr runner" in made.text
    assert await _claims(client, token) == 204

    listing = await page(browser_client, "/build-runners")
    # Seen just now: the claim above was its first call.
    assert "builder-1" in listing and "<code>linux</code> <code>arm64</code>" in listing and ">never<" not in listing
    assert token not in listing and not TOKEN.search(listing)
    # Taken names are refused beside the name, and no second token is handed out.
    again = await submit(browser_client, "/build-runners", "/build-runners", {"name": "builder-1", "labels": ""},
                         status=409)
    assert 'id="e-name"' in again.text and not TOKEN.search(again.text)

    runner = await BuildRunner.get(name="builder-1")
    confirm = await page(browser_client, f"/build-runners/{runner.id}/delete")
    assert "Delete the runner builder-1?" in confirm and token not in confirm
    gone = await submit(browser_client, f"/build-runners/{runner.id}/delete", f"/build-runners/{runner.id}/delete")
    assert "Deleted the runner builder-1" in await page(browser_client, gone.headers["location"])
    assert not await BuildRunner.exists() and await _claims(client, token) == 401
    assert "No runner" in await page(browser_client, f"/build-runners/{runner.id}/delete", status=404)


async def test_a_non_admin_is_refused_the_runners_pages(browser_client, client):
    owner = await owner_headers(client)
    made = await client.post("/api/v1/build-runners", headers=owner, json={"name": "kept", "labels": []})
    assert made.status_code == 201, made.text
    vera = await client.post("/api/v1/users", headers=owner,
                             json={"username": "vera", "email": "vera@example.com", "password": PASSWORD})
    assert vera.status_code == 201, vera.text
    await sign_in_form(browser_client, "vera")
    home = await page(browser_client, "/")
    assert 'href="/build-runners"' not in home
    assert "Not allowed" in await page(browser_client, "/build-runners", status=403)
    runner_id = made.json()["id"]
    assert "kept" not in await page(browser_client, f"/build-runners/{runner_id}/delete", status=403)
    for action, data in (("/build-runners", {"name": "mine", "labels": "linux"}),
                         (f"/build-runners/{runner_id}/delete", {})):
        refused = await submit(browser_client, "/", action, data, status=403)
        assert not TOKEN.search(refused.text)
    assert [r.name for r in await BuildRunner.all()] == ["kept"]


async def test_a_runner_is_made_in_a_browser_and_its_token_is_gone_after(browser, server, client):
    await owner_headers(client)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems = {}
    await page_.get_by_role("link", name="Build runners").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Build runners")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_label("Name").fill("builder-1")
    await page_.get_by_label("Labels").fill("linux arm64")
    await page_.get_by_role("button", name="Make the runner").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Runner builder-1 is made")
    token = await page_.locator("#runner-token").inner_text()
    assert TOKEN.fullmatch(token), token
    await expect(page_.locator("#runner-command")).to_contain_text(f"CONTAINR_RUNNER_TOKEN={token} containr runner")
    problems[page_.url] = await accessibility_problems(page_)
    assert await _claims(client, token) == 204

    await page_.get_by_role("button", name="Back to the runners").click()
    await expect(page_.get_by_role("row").filter(has_text="builder-1")).to_contain_text("linux arm64")
    await page_.reload()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Build runners")
    assert token not in await page_.content()
    assert not any(problems.values()), problems
    assert not script_errors(page_)
