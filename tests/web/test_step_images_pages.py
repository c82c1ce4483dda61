"""The step images pages against a real Docker registry (tests/harness/registry.py): in Chromium, a step image
added through its form (a tag the registry lacks refused beside the image field), listed, its forgetting refused
while a workflow uses it and then done; without JavaScript, a malformed slug refused beside its field, search and
paging, the public box for instance admins only (a member's try refused beside it), and a member of the team who
sees the team's image but no way to forget it, while an outsider does not see it at all."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.async_api import expect

from service.domains.workflows.models import StepImage
from tests.factories import login, owner_headers, personal_team, team_member
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form
from tests.workflows.helpers import project, step, user, workflows_url

pytestmark = pytest.mark.one_database


async def test_a_step_image_is_added_and_forgotten_in_a_browser(browser, server, client, registry):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    added = await client.post("/api/v1/registries", headers=owner, json={
        "name": "local", "type": "v2", "teamId": team_id,
        "details": {"url": registry.url, "user": registry.username, "token": registry.password,
                    "caBundle": registry.ca_bundle}})
    assert added.status_code == 201, added.text
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, Any] = {}

    await page_.goto("/step-images")
    await expect(page_.get_by_text("No step images yet.")).to_be_visible()
    await page_.get_by_role("button", name="Add a step image").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Add a step image")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_label("Slug").fill("hello")
    await page_.get_by_label("Image", exact=True).fill(f"{registry.host}/containr/hello:9.9")
    await page_.get_by_role("button", name="Add the step image").click()
    # The registry has no such tag: the API's word beside the image, the form as typed, nothing saved.
    await expect(page_.locator("#e-imageUrl")).to_be_visible()
    await expect(page_.get_by_label("Slug")).to_have_value("hello")
    problems[page_.url] = await accessibility_problems(page_)
    assert not await StepImage.exists()

    await page_.get_by_label("Image", exact=True).fill(f"{registry.host}/containr/hello:1.0")
    await page_.get_by_role("button", name="Add the step image").click()
    await expect(page_.get_by_role("status")).to_have_text("Added the step image hello.")
    row = page_.get_by_role("row").filter(has_text="containr/hello:1.0")
    await expect(row).to_contain_text("unused")
    problems[page_.url] = await accessibility_problems(page_)
    image = await StepImage.get(slug="hello")

    # A workflow's step uses it: forgetting it is refused with the API's word, and it stays.
    shop = await project(client, owner)
    made = await client.post(workflows_url(shop["id"]), headers=owner,
                             json={"name": "ci", "steps": [step("test", image="hello")]})
    assert made.status_code == 201, made.text
    await page_.goto("/step-images")
    await expect(row).to_contain_text("in use")
    await page_.get_by_role("link", name="Forget hello").click()
    await page_.get_by_role("button", name="Forget hello").click()
    await expect(page_.get_by_role("alert")).to_contain_text("ci")
    problems[page_.url] = await accessibility_problems(page_)
    assert await StepImage.exists(id=image.id)
    gone = await client.delete(f"/api/v1/workflows/{made.json()['id']}", headers=owner)
    assert gone.status_code == 204, gone.text
    await page_.get_by_role("button", name="Forget hello").click()
    await expect(page_.get_by_role("status")).to_have_text("Forgot the step image hello.")
    assert not await StepImage.exists(id=image.id)
    assert registry.password not in await page_.content()
    assert script_errors(page_) == [], script_errors(page_)
    assert not {url: found for url, found in problems.items() if found}, problems


async def test_a_bad_slug_is_refused_beside_its_field_and_the_list_searched(browser_client, client):
    await set_up_owner(browser_client)
    owner = await login(client)
    team_id = await personal_team(client, owner)
    form = await page(browser_client, "/step-images/new")
    assert 'name="public"' in form  # the owner is an instance admin
    refused = await submit(browser_client, "/step-images/new", "/step-images",
                           {"teamId": team_id, "slug": "Not A Slug", "imageUrl": "debian:bookworm"}, status=422)
    assert 'id="e-slug"' in refused.text and 'value="Not A Slug"' in refused.text
    assert 'value="debian:bookworm"' in refused.text
    assert not await StepImage.exists()
    # Recorded as a passed check leaves them (no registry is asked here), paged by 25 and searched.
    for number in range(26):
        await StepImage.create(team_id=team_id, slug=f"tool-{number:02}", image_url=f"registry.test/ci/t:{number}")
    await StepImage.create(team_id=team_id, slug="builder", image_url="registry.test/ci/builder:1", public=True)
    first = await page(browser_client, "/step-images?search=tool")
    assert "Page 1 of 2" in first and 'href="/step-images?search=tool&amp;page=2"' in first
    assert "<code>tool-00</code>" in first and "<code>builder</code>" not in first
    second = await page(browser_client, "/step-images?search=tool&page=2")
    assert "<code>tool-25</code>" in second and "<code>tool-00</code>" not in second
    found = await page(browser_client, "/step-images?search=build")
    assert "registry.test/ci/builder:1" in found and ">public<" in found
    assert "No step image matches" in await page(browser_client, "/step-images?search=nothing")


async def test_a_member_sees_the_team_s_images_and_an_outsider_does_not(browser_client, client):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    image = await StepImage.create(team_id=team_id, slug="builder", image_url="registry.test/ci/builder:1")
    await team_member(client, owner, team_id)
    await user(client, "olga")

    await sign_in_form(browser_client, "member")
    listed = await page(browser_client, "/step-images")
    assert "<code>builder</code>" in listed and f'href="/step-images/{image.id}/delete"' not in listed
    # Their own team is theirs to add to, but a public image is an instance admin's to make.
    form = await page(browser_client, "/step-images/new")
    assert 'name="public"' not in form and f'value="{team_id}"' not in form
    member_team = await personal_team(client, await login(client, "member"))
    public = await submit(browser_client, "/step-images/new", "/step-images", {
        "teamId": member_team, "slug": "mine", "imageUrl": "registry.test/ci/mine:1", "public": "true"}, status=403)
    assert 'role="alert"' in public.text and "public: Only an instance admin" in public.text
    # Posted to the owner's team and to forget its image all the same: refused, and nothing changed.
    await submit(browser_client, "/step-images/new", "/step-images", {
        "teamId": team_id, "slug": "mine", "imageUrl": "registry.test/ci/mine:1"}, status=403)
    await submit(browser_client, "/step-images", f"/step-images/{image.id}/delete", status=403)
    assert [i.slug for i in await StepImage.all()] == ["builder"]

    await browser_client.post("/signout", data={"csrf_token": "x"})
    browser_client.cookies.clear()
    await sign_in_form(browser_client, "olga")
    assert "<code>builder</code>" not in await page(browser_client, "/step-images")
    await page(browser_client, f"/step-images/{image.id}/delete", status=404)
