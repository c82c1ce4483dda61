"""The versions pages: a project's type and versions on its page, converting a versionless one; versions made,
edited, made the default, increased (a copy with its images and configs) and deleted through the forms and a
confirmation page, a deployed version's refusal shown; a version's images added from the team's registry, moved
and removed; an image's config form saved by PATCH, each refusal (what a Proxmox container cannot honour among
them) beside the control that caused it; in Chromium, a version made, an image added and configured, and the
version increased; a member without the rights gets the forbidden page and no form."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import expect

from service.domains.deployments.models import Deployment, DeploymentStatus
from service.domains.storages.models import Storage
from service.domains.versions.config import CANNOT_HONOUR
from tests.factories import PASSWORD, login, node_record, owner_headers
from tests.versions.helpers import project, registry, versions_url
from tests.web.browser import accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_form

pytestmark = pytest.mark.one_database

VERSION_ID = re.compile(r"/versions/([0-9a-f-]{36})$")


async def _shop(client, **extra):
    """The owner's project `shop` and a registry of its team (recorded as the registries slice records one)."""
    owner = await login(client)
    shop = await project(client, owner, **extra)
    return owner, shop, await registry(shop["teamId"])


async def _api(client, owner, path: str):
    answer = await client.get(f"/api/v1{path}", headers=owner)
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_versions_are_made_edited_increased_and_deleted_through_the_forms(browser_client, client):
    await set_up_owner(browser_client)
    owner, shop, _ = await _shop(client)
    listing_url = f"/projects/{shop['id']}/versions"
    detail = await page(browser_client, f"/projects/{shop['id']}")
    assert "· versioned ·" in detail and f'href="{listing_url}"' in detail and "No versions yet." in detail
    assert f'action="/projects/{shop["id"]}/convert"' not in detail, "a versioned project has nothing to convert"
    assert "No versions yet." in await page(browser_client, listing_url)

    refused = await submit(browser_client, listing_url, listing_url,
                           {"name": "1.0 beta", "type": "incremental", "changelog": "First"}, status=422)
    assert 'id="e-name"' in refused.text and 'value="1.0 beta"' in refused.text and "First</textarea>" in refused.text
    made = await submit(browser_client, listing_url, listing_url,
                        {"name": "1.0", "type": "incremental", "changelog": "First cut"})
    first_id = VERSION_ID.search(made.headers["location"]).group(1)
    taken = await submit(browser_client, listing_url, listing_url, {"name": "1.0", "type": "rolling"}, status=409)
    assert 'id="e-name"' in taken.text and "already has a version named" in taken.text
    nightly = VERSION_ID.search((await submit(browser_client, listing_url, listing_url,
                                              {"name": "nightly", "type": "rolling"})).headers["location"]).group(1)

    listed = await page(browser_client, listing_url)
    assert listed.count("badge-ok\">default<") == 1 and "First cut" in listed and listed.count("not deployed") == 2
    assert f'action="{listing_url}/{nightly}/default"' in listed and f'action="{listing_url}/{first_id}/default"' \
        not in listed
    assert f'href="{listing_url}/{first_id}/increase"' in listed
    assert f'href="{listing_url}/{nightly}/increase"' not in listed, "a rolling version does not increase"
    await submit(browser_client, listing_url, f"{listing_url}/{nightly}/default")
    assert (await _api(client, owner, versions_url(shop["id"], nightly).removeprefix("/api/v1")))["default"]
    await submit(browser_client, listing_url, f"{listing_url}/{first_id}/default")

    edit = f"{listing_url}/{first_id}/edit"
    bad = await submit(browser_client, edit, edit, {"name": "", "changelog": "x"}, status=422)
    assert 'id="e-name"' in bad.text
    await submit(browser_client, edit, edit, {"name": "1.0.0", "changelog": "First cut, renamed"})
    kept = await _api(client, owner, f"/projects/{shop['id']}/versions/{first_id}")
    assert kept["name"] == "1.0.0" and kept["changelog"] == "First cut, renamed"

    increase = f"{listing_url}/{first_id}/increase"
    assert "Name of the new version" in await page(browser_client, increase)
    copy = await submit(browser_client, increase, increase, {"name": "1.1.0", "changelog": "Next"})
    copy_id = VERSION_ID.search(copy.headers["location"]).group(1)
    again = await submit(browser_client, listing_url, increase, {"name": "1.2.0", "changelog": ""}, status=409)
    assert "increased already" in again.text

    # The default goes last: the API's refusal on the confirmation page; another one goes.
    delete = f"{listing_url}/{first_id}/delete"
    assert f'href="{delete}"' not in await page(browser_client, listing_url), "the default is not deletable"
    assert "Delete version 1.0.0?" in await page(browser_client, delete)
    last = await submit(browser_client, delete, delete, status=409)
    assert "The default version goes last" in last.text and 'role="alert"' in last.text
    gone = await submit(browser_client, f"{listing_url}/{copy_id}/delete", f"{listing_url}/{copy_id}/delete")
    assert gone.headers["location"] == listing_url
    names = [v["name"] for v in (await _api(client, owner, f"/projects/{shop['id']}/versions"))["items"]]
    assert names == ["1.0.0", "nightly"]
    assert "Not found" in await page(browser_client, f"{listing_url}/{copy_id}", status=404)


async def test_a_deployed_version_is_frozen_and_its_delete_refused(browser_client, client, server, pve_sim):
    await set_up_owner(browser_client)
    owner, shop, reg = await _shop(client)
    version = (await client.post(versions_url(shop["id"]), headers=owner, json={"name": "1.0"})).json()
    (image,) = (await client.post(versions_url(shop["id"], version["id"], "images"), headers=owner,
                                  json=[{"registryId": reg, "images": ["web:1"]}])).json()
    node = await node_record(server, pve_sim, shop["teamId"], "main")
    made = await client.post("/api/v1/deployments", headers=owner,
                             json={"versionId": version["id"], "nodeId": node, "prefix": "live"})
    assert made.status_code == 201, made.text
    # What a finished start leaves (its run is the deployments tests' part).
    await Deployment.filter(id=made.json()["id"]).update(status=DeploymentStatus.SUCCESSFUL)
    base = f"/projects/{shop['id']}/versions/{version['id']}"

    html = await page(browser_client, base)
    live = f'<a href="/deployments/{made.json()["id"]}"><code>live</code></a> on main'
    assert live in html and "is deployed: its images are frozen" in html
    assert f'action="{base}/images"' not in html and "/move" not in html
    config = await page(browser_client, f"{base}/images/{image['id']}")
    assert "<fieldset disabled>" in config and "Save the config" not in config
    delete = f"{base}/delete"
    refused = await submit(browser_client, base, delete, status=409)
    assert "has deployments: deployment live (successful)" in refused.text and 'role="alert"' in refused.text
    add = await submit(browser_client, base, f"{base}/images", {"registryId": reg, "name": "more", "tag": ""},
                       status=409)
    assert "its images are frozen" in add.text
    listed = await page(browser_client, f"/projects/{shop['id']}/versions")
    assert f"successful</span> {live}" in listed and f'href="{delete}"' not in listed


async def test_images_are_added_moved_configured_and_removed(browser_client, client):
    await set_up_owner(browser_client)
    owner, shop, reg = await _shop(client)
    version = (await client.post(versions_url(shop["id"]), headers=owner, json={"name": "1.0"})).json()
    base = f"/projects/{shop['id']}/versions/{version['id']}"
    html = await page(browser_client, base)
    assert "No images in this version yet." in html and f'<option value="{reg}" selected>local (v2' in html

    bad = await submit(browser_client, base, f"{base}/images", {"registryId": reg, "name": "Web App", "tag": "1"},
                       status=422)
    assert 'id="e-name"' in bad.text and 'value="Web App"' in bad.text
    await submit(browser_client, base, f"{base}/images", {"registryId": reg, "name": "shop/web", "tag": "1.2"})
    await submit(browser_client, base, f"{base}/images", {"registryId": reg, "name": "worker", "tag": ""})
    web, worker = await _api(client, owner, f"{base}/images")
    assert (web["name"], web["tag"], worker["tag"]) == ("shop/web", "1.2", "latest")
    html = await page(browser_client, base)
    assert html.index("shop/web</a>") < html.index("worker</a>") and "Move up" in html
    assert f'href="/deployments/new?versionId={version["id"]}"' in html
    await submit(browser_client, base, f"{base}/images/{worker['id']}/move", {"direction": "up"})
    assert [i["name"] for i in await _api(client, owner, f"{base}/images")] == ["worker", "shop/web"]
    await submit(browser_client, base, f"{base}/images/{worker['id']}/move", {"direction": "down"})
    assert [i["name"] for i in await _api(client, owner, f"{base}/images")] == ["shop/web", "worker"]

    form_url = f"{base}/images/{web['id']}"
    form = {"name": "web", "tag": "1.2", "restartPolicy": "always", "expose": "expose",
            "environment": "MODE=prod\n\nGREETING=hello = world", "commands": "/bin/server", "args": "--port\n8080",
            "labels": "", "routing-domain": "shop.example.com", "routing-path": "/app", "routing-stripPath": "true",
            "routing-uploadLimit": "10m",
            "secrets-0-key": "API_TOKEN", "secrets-0-required": "true", "secrets-1-key": "OPTIONAL_KEY",
            "secrets-2-key": "",
            "ports-0-internal": "8080", "ports-0-external": "", "ports-1-internal": "", "ports-1-external": "",
            "volumes-0-name": "data", "volumes-0-path": "/srv/data", "volumes-0-size": "2Gi", "volumes-0-type": "rwo",
            "volumes-1-name": "", "volumes-1-path": "", "volumes-1-size": "", "volumes-1-type": "rwo"}
    cases = [  # (changed fields, the control whose error shows, words of the message)
        ({"environment": "MODE=prod\n\n1BAD=x"}, "environment", "line 3: "),
        ({"environment": "MODE=a\nMODE=b"}, "environment", "given twice"),
        ({"ports-1-internal": "81", "ports-1-external": "8081"}, "ports-1-external",
         CANNOT_HONOUR["ports.external"][:40]),
        ({"ports-0-internal": "eighty"}, "ports-0-internal", "integer"),
        ({"secrets-1-key": "MODE"}, "secrets-1-key", "both a variable and a secret"),
        ({"volumes-0-type": "tmp"}, "volumes-0-type", "no tmpfs"),
        ({"volumes-0-path": "relative"}, "volumes-0-path", "pattern"),
        ({"restartPolicy": "onFailure"}, "restartPolicy", "restarts no container by its exit code"),
        ({"labels": "tier=web"}, "labels", "not Kubernetes"),
        ({"routing-domain": "Not A Domain"}, "routing-domain", "pattern"),
        ({"ports-0-internal": ""}, "ports", "needs a port"),
        ({"tag": "no spaces"}, "tag", "pattern"),
    ]
    for change, control, words in cases:
        refused = await submit(browser_client, form_url, form_url, {**form, **change}, status=422)
        message = re.search(rf'<small id="e-{control}" class="field-error">([^<]*)</small>', refused.text) or \
            re.search(rf'<p class="field-error" id="e-{control}">([^<]*)</p>', refused.text)
        assert message and words.replace("'", "&#39;") in message.group(1), (change, refused.text[-6000:])
        assert (await _api(client, owner, f"{base}/images/{web['id']}"))["config"] == web["config"], change
    refused = await submit(browser_client, form_url, form_url, {**form, "ports-1-internal": "81",
                                                                 "ports-1-external": "8081"}, status=422)
    assert 'value="8081"' in refused.text and "hello = world" in refused.text, "what was typed is kept"

    await submit(browser_client, form_url, form_url, form)
    saved = await _api(client, owner, f"{base}/images/{web['id']}")
    config = saved["config"]
    assert [(e["key"], e["value"]) for e in config["environment"]] == [("MODE", "prod"),
                                                                       ("GREETING", "hello = world")]
    assert [(s["key"], s["required"]) for s in config["secrets"]] == [("API_TOKEN", True), ("OPTIONAL_KEY", False)]
    assert config["ports"] == [{"id": config["ports"][0]["id"], "internal": 8080, "external": None}]
    assert {k: config["volumes"][0][k] for k in ("name", "path", "size", "type")} == {
        "name": "data", "path": "/srv/data", "size": "2Gi", "type": "rwo"}
    assert [a["key"] for a in config["commands"]] == ["/bin/server"] and [a["key"] for a in config["args"]] == [
        "--port", "8080"]
    assert config["restartPolicy"] == "always" and config["expose"] == "expose"
    assert config["routing"] == {"domain": "shop.example.com", "path": "/app", "stripPath": True,
                                 "uploadLimit": "10m"}
    # Saved again unchanged, every item keeps its id (what a deployment's overrides refer to).
    await submit(browser_client, form_url, form_url, form)
    again = (await _api(client, owner, f"{base}/images/{web['id']}"))["config"]
    for name in ("environment", "secrets", "ports", "volumes"):
        assert [i["id"] for i in again[name]] == [i["id"] for i in config[name]], name
    # What the form does not show stays: a volume's node storage and the storage seeding it (set through the API).
    storage = await Storage.create(team_id=shop["teamId"], name="files", url="https://s3.test/bucket")
    volume = {**again["volumes"][0], "class": "local-lvm", "storageId": str(storage.id)}
    patched = await client.patch(f"/api/v1{base}/images/{web['id']}", headers=owner,
                                 json={"config": {"volumes": [volume], "user": 1000}})
    assert patched.status_code == 200, patched.text
    await submit(browser_client, form_url, form_url, form)
    kept = (await _api(client, owner, f"{base}/images/{web['id']}"))["config"]
    assert kept["volumes"] == [volume] and kept["user"] == 1000
    shown = await page(browser_client, form_url)
    assert "GREETING=hello = world</textarea>" in shown and 'value="API_TOKEN"' in shown
    assert 'name="secrets-3-key"' in shown, "two empty rows after the filled ones"

    delete = f"{base}/images/{worker['id']}/delete"
    assert "Remove worker:latest from version 1.0?" in await page(browser_client, delete)
    await submit(browser_client, delete, delete)
    assert [i["name"] for i in await _api(client, owner, f"{base}/images")] == ["shop/web"]


async def test_a_versionless_project_shows_its_rolling_version_and_converts(browser_client, client):
    await set_up_owner(browser_client)
    _, shop, _ = await _shop(client, type="versionless")
    detail = await page(browser_client, f"/projects/{shop['id']}")
    assert "· versionless ·" in detail and ">rolling</a>" in detail
    listing = await page(browser_client, f"/projects/{shop['id']}/versions")
    assert "one rolling version" in listing and "Add the version" not in listing
    converted = await submit(browser_client, f"/projects/{shop['id']}", f"/projects/{shop['id']}/convert")
    assert converted.headers["location"] == f"/projects/{shop['id']}#versions"
    detail = await page(browser_client, f"/projects/{shop['id']}")
    assert "· versioned ·" in detail and "is versioned now" in detail and "/convert" not in detail
    assert "Add the version" in await page(browser_client, f"/projects/{shop['id']}/versions")
    again = await submit(browser_client, f"/projects/{shop['id']}", f"/projects/{shop['id']}/convert")
    assert "versioned already" in await page(browser_client, again.headers["location"])


async def test_a_member_without_the_rights_gets_no_form_and_the_refusal(browser_client, client):
    owner = await owner_headers(client)
    shop = await project(client, owner)
    reg = await registry(shop["teamId"])
    version = (await client.post(versions_url(shop["id"]), headers=owner, json={"name": "1.0"})).json()
    (image,) = (await client.post(versions_url(shop["id"], version["id"], "images"), headers=owner,
                                  json=[{"registryId": reg, "images": ["web"]}])).json()
    mia = (await client.post("/api/v1/users", headers=owner,
                             json={"username": "mia", "email": "mia@example.com", "password": PASSWORD})).json()
    added = await client.post(f"/api/v1/projects/{shop['id']}/members", headers=owner,
                              json={"userId": mia["id"], "role": "member"})
    assert added.status_code == 201, added.text
    await sign_in_form(browser_client, "mia")
    base = f"/projects/{shop['id']}/versions"
    for path in (base, f"{base}/{version['id']}", f"{base}/{version['id']}/images/{image['id']}"):
        html = await page(browser_client, path)
        assert not re.search(r'<form method="post" action="/projects', html), path
    assert "Only the project's admins may delete versions." in await page(browser_client,
                                                                             f"{base}/{version['id']}/delete")
    for action, data in ((base, {"name": "2.0"}), (f"{base}/{version['id']}/increase", {"name": "1.1"}),
                         (f"{base}/{version['id']}/images", {"registryId": reg, "name": "x"}),
                         (f"{base}/{version['id']}/images/{image['id']}", {"tag": "2", "environment": "A=b"}),
                         (f"{base}/{version['id']}/delete", {}), (f"/projects/{shop['id']}/convert", {})):
        refused = await submit(browser_client, base, action, data, status=403)
        assert "Not allowed" in refused.text, action
    after = (await client.get(f"/api/v1{base}/{version['id']}", headers=owner)).json()
    assert after["name"] == "1.0" and [i["tag"] for i in after["images"]] == ["latest"]
    assert (await client.get(f"/api/v1{base}", headers=owner)).json()["total"] == 1


async def test_a_version_is_made_and_its_image_configured_in_a_browser(browser, server, client):
    owner = await owner_headers(client)
    shop = await project(client, owner, displayName="The shop")
    await registry(shop["teamId"])
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, list] = {}

    await page_.goto(f"/projects/{shop['id']}")
    await page_.get_by_role("link", name="All versions, and add one").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Versions of The shop")
    await page_.get_by_label("Name", exact=True).fill("1.0")
    await page_.get_by_label("Changelog").fill("The first one")
    await page_.get_by_role("button", name="Add the version").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Version 1.0")

    await page_.get_by_label("Image name").fill("shop/web")
    await page_.get_by_label("Tag").fill("1.2")
    await page_.get_by_role("button", name="Add the image").click()
    await expect(page_.locator(".flash")).to_contain_text("Image shop/web:1.2 added")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_role("link", name="shop/web", exact=True).click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("shop/web:1.2")

    # A published port a Proxmox container cannot have: the API's reason beside that port.
    await page_.get_by_label("Environment").fill("MODE=prod")
    await page_.get_by_label("Secret key 1").fill("API_TOKEN")
    await page_.get_by_label("Port 1, internal").fill("8080")
    await page_.get_by_label("Port 1, external").fill("80")
    await page_.get_by_role("button", name="Save the config").click()
    await expect(page_.locator("#e-ports-0-external")).to_contain_text("the node publishes no port")
    await expect(page_.get_by_label("Environment")).to_have_value("MODE=prod")
    problems[page_.url + " (refused)"] = await accessibility_problems(page_)
    await page_.get_by_label("Port 1, external").fill("")
    await page_.get_by_label("Restart policy").select_option("always")
    await page_.get_by_role("button", name="Save the config").click()
    await expect(page_.locator(".flash")).to_contain_text("The config of shop/web:1.2 is saved.")
    problems[page_.url] = await accessibility_problems(page_)

    await page_.get_by_role("link", name="version 1.0").first.click()
    await page_.get_by_role("button", name="Increase 1.0").click()
    await page_.get_by_label("Name of the new version").fill("1.1")
    await page_.get_by_role("button", name="Make the new version").click()
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Version 1.1")
    await expect(page_.locator(".flash")).to_contain_text("with its 1 image and")
    await page_.get_by_role("link", name="all versions").click()
    problems[page_.url] = await accessibility_problems(page_)
    assert not any(problems.values()), problems
    assert script_errors(page_) == []

    listed = (await client.get(versions_url(shop["id"]), headers=owner)).json()["items"]
    copy = next(v for v in listed if v["name"] == "1.1")
    (image,) = (await client.get(versions_url(shop["id"], copy["id"], "images"), headers=owner)).json()
    assert image["config"]["environment"][0]["key"] == "MODE" and image["config"]["restartPolicy"] == "always"
    assert image["config"]["secrets"][0]["key"] == "API_TOKEN" and image["config"]["ports"][0]["internal"] == 8080
