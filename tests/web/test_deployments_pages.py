"""The deployments pages, on records made as tests/deployments makes them (a versioned project, a version holding
an image with a secret key, a node record on the PVE 9.1 simulator; no guest): the list with its filters, the
create form (the API's refusals beside the field, 409 for a taken prefix), a deployment's page with its note,
prefix, copy and deletion, the event log; in Chromium, a deployment made through the form, an instance's
override and secret value set (the value in no page afterwards), a token shown once and revoked, and the pages'
accessibility; a project member without the admin role sees no form and is refused."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.async_api import expect

from service.domains.deployments.models import Deployment, DeploymentToken, Instance
from service.domains.registries.models import Registry
from tests.deployments.helpers import URL, deploy, world
from tests.factories import PASSWORD, login, owner_headers, wait_task
from tests.web.browser import PHONE, accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import csrf_of, page, set_up_owner, submit
from tests.web.pages import sign_in as sign_in_http

pytestmark = pytest.mark.one_database

CONFIG = {"secrets": [{"key": "SECRET_TOKEN", "required": True}],
          "environment": [{"key": "GREETING", "value": "hi"}], "ports": [{"internal": 8080}]}
SECRET_VALUE = "s3cret-value-of-the-page-4471"
HOST = "registry.test:5000"


async def test_the_list_the_create_form_and_a_deployments_page(browser_client, client, server, pve91):
    await set_up_owner(browser_client)
    owner = await login(client)
    made = await world(client, server, pve91, owner, config=CONFIG)
    version_id, node_id = made["version"]["id"], made["node"]

    listed = await page(browser_client, "/deployments")
    assert 'href="/deployments" aria-current="page"' in listed and "No deployments yet" in listed
    form = await page(browser_client, f"/deployments/new?versionId={version_id}")
    assert f'<option value="{version_id}" selected>shop · 1.0 (default)</option>' in form
    assert f'<option value="{node_id}"' in form and "main (online)" in form

    # The API's refusals beside their fields, what was typed kept.
    fields = {"versionId": version_id, "nodeId": node_id, "prefix": "Web", "note": "first try"}
    refused = await submit(browser_client, "/deployments/new", "/deployments", fields, status=422)
    assert 'id="e-prefix"' in refused.text and 'value="Web"' in refused.text and "first try</textarea>" in refused.text
    made_one = await submit(browser_client, "/deployments/new", "/deployments", {**fields, "prefix": "web"})
    deployment = await Deployment.get(prefix="web")
    assert made_one.headers["location"] == f"/deployments/{deployment.id}"
    taken = await submit(browser_client, "/deployments/new", "/deployments", {**fields, "prefix": "web"}, status=409)
    assert 'id="e-prefix"' in taken.text and "is taken on node main" in taken.text
    assert await Deployment.all().count() == 1

    detail_url = f"/deployments/{deployment.id}"
    detail = await page(browser_client, detail_url)
    assert ">preparing</span>" in detail and "first try" in detail and "containr/hello:1.0" in detail
    assert "no container yet" in detail and "Start the deployment" in detail
    for action in ("start", "edit", "copy", "token"):
        assert f'action="{detail_url}/{action}"' in detail, action
    assert 'name="prefix" type="text" value="web"' in detail  # the prefix changes while preparing

    # Note and prefix; a copy (refused on a taken prefix, beside the copy's own field), then made.
    bad = await submit(browser_client, detail_url, f"{detail_url}/edit",
                       {"note": "the shop", "prefix": "shop", "environment": "MODE=prod\r\nno equals"}, status=422)
    assert 'id="e-edit-environment"' in bad.text and "line 2" in bad.text and 'value="shop"' in bad.text
    bad = await submit(browser_client, detail_url, f"{detail_url}/edit",
                       {"note": "the shop", "prefix": "shop", "environment": "MODE=prod\r\n9X=1"}, status=422)
    assert 'id="e-edit-environment"' in bad.text and "line 2:" in bad.text
    await submit(browser_client, detail_url, f"{detail_url}/edit",
                 {"note": "the shop", "prefix": "shop", "environment": "MODE=prod\r\nLEVEL=2"})
    await deployment.refresh_from_db()
    assert (deployment.note, deployment.prefix) == ("the shop", "shop")
    assert [(v["key"], v["value"]) for v in deployment.environment] == [("MODE", "prod"), ("LEVEL", "2")]
    assert "<code>MODE</code>, <code>LEVEL</code>" in await page(browser_client, detail_url)
    refused = await submit(browser_client, detail_url, f"{detail_url}/copy", {"nodeId": node_id, "prefix": "shop",
                                                                            "note": ""}, status=409)
    assert 'id="e-copy-prefix"' in refused.text and 'id="e-prefix"' not in refused.text
    copied = await submit(browser_client, detail_url, f"{detail_url}/copy", {"nodeId": node_id, "prefix": "shop2",
                                                                           "note": "a copy"})
    copy = await Deployment.get(prefix="shop2")
    assert copied.headers["location"] == f"/deployments/{copy.id}" and copy.note == "a copy"

    listed = await page(browser_client, "/deployments")
    assert f'<a href="/deployments/{deployment.id}">shop</a>' in listed and f'href="/deployments/{copy.id}"' in listed
    assert "No deployment matches" in await page(browser_client, "/deployments?status=failed")
    only = await page(browser_client, "/deployments?search=shop2&status=preparing")
    assert f'href="/deployments/{copy.id}"' in only and f'href="/deployments/{deployment.id}"' not in only
    log = await page(browser_client, f"{detail_url}/log")
    assert "No events yet" in log
    assert "There is no such page" in await page(browser_client, "/deployments/nope", status=404)

    # A start the API refuses comes back to the page saying why: a required secret has no value.
    started = await submit(browser_client, detail_url, f"{detail_url}/start")
    assert started.headers["location"] == detail_url
    assert "needs a value for SECRET_TOKEN" in await page(browser_client, detail_url)

    # Deleting asks for the prefix; with no container it goes at once.
    confirm = await page(browser_client, f"/deployments/{copy.id}/delete")
    assert "It has no container" in confirm
    wrong = await submit(browser_client, f"/deployments/{copy.id}/delete", f"/deployments/{copy.id}/delete",
                         {"confirm": "shop"}, status=422)
    assert 'id="e-confirm"' in wrong.text
    gone = await submit(browser_client, f"/deployments/{copy.id}/delete", f"/deployments/{copy.id}/delete",
                        {"confirm": "shop2"})
    assert gone.headers["location"] == "/deployments" and not await Deployment.exists(id=copy.id)


async def test_an_override_and_a_secret_value_are_set_in_a_browser(browser, server, client, pve91):
    owner = await owner_headers(client)
    made = await world(client, server, pve91, owner, config=CONFIG)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    problems: dict[str, list] = {}

    await page_.goto("/deployments")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_role("button", name="New deployment").click()
    await page_.get_by_label("Version").select_option(label="shop · 1.0 (default)")
    await page_.get_by_label("Prefix").fill("web")
    await page_.get_by_label("Note").fill("made in a browser")
    problems[page_.url] = await accessibility_problems(page_)
    await page_.get_by_role("button", name="Make the deployment").click()
    await expect(page_.get_by_role("heading", level=1)).to_contain_text("Deployment web")
    await expect(page_.locator(".flash")).to_contain_text("set its secrets, then start it")
    problems[page_.url] = await accessibility_problems(page_)
    deployment = await Deployment.get(prefix="web")
    assert deployment.note == "made in a browser" and str(deployment.node_id) == made["node"]

    await page_.get_by_role("link", name="containr/hello:1.0").click()
    await expect(page_.get_by_label("Environment")).to_have_value("GREETING=hi")
    await expect(page_.get_by_label("Ports")).to_have_value("8080")
    await expect(page_.get_by_role("cell", name="unset")).to_be_visible()
    problems[page_.url] = await accessibility_problems(page_)
    # A key the API refuses: its error beside the environment, naming the line, the text kept.
    await page_.get_by_label("Environment").fill("GREETING=hello\n1BAD=x")
    await page_.get_by_role("button", name="Save the config").click()
    await expect(page_.locator("#e-environment")).to_contain_text("line 2")
    await expect(page_.get_by_label("Environment")).to_have_value("GREETING=hello\n1BAD=x")
    problems[page_.url + " (refused)"] = await accessibility_problems(page_)
    await page_.get_by_label("Environment").fill("GREETING=hello\nMODE=prod")
    await page_.get_by_role("button", name="Save the config").click()
    await expect(page_.locator(".flash")).to_have_text("Saved: environment. The next start runs with them.")
    instance = await Instance.get(deployment=deployment)
    assert instance.config == {"environment": [
        {"id": instance.config["environment"][0]["id"], "key": "GREETING", "value": "hello"},
        {"id": instance.config["environment"][1]["id"], "key": "MODE", "value": "prod"}]}
    await expect(page_.locator("dl.facts")).to_contain_text("environment")
    # Only what changes becomes an override: the environment sent back untouched (CRLF lines) stays as it is.
    await page_.get_by_label("Ports").fill("8080, 9090")
    await page_.get_by_role("button", name="Save the config").click()
    await expect(page_.locator(".flash")).to_have_text("Saved: ports. The next start runs with them.")
    await expect(page_.get_by_label("Environment")).to_have_value("GREETING=hello\nMODE=prod")
    await instance.refresh_from_db()
    assert [p["internal"] for p in instance.config["ports"]] == [8080, 9090]

    await page_.get_by_label("New value of SECRET_TOKEN").fill(SECRET_VALUE)
    await page_.get_by_role("button", name="Save the secret values").click()
    await expect(page_.locator(".flash")).to_have_text("Secret values saved for SECRET_TOKEN.")
    await expect(page_.get_by_role("cell", name="set", exact=True)).to_be_visible()
    instance_url = page_.url
    pages = [instance_url, f"/deployments/{deployment.id}", f"/deployments/{deployment.id}/log", "/deployments"]
    for path in pages:
        await page_.goto(path)
        assert SECRET_VALUE not in await page_.content(), path
    # The pages fit a phone, in the dark scheme too.
    phone = await new_page(browser, server.url, viewport=PHONE, color_scheme="dark")
    await sign_in(phone, "owner")
    for path in pages:
        await phone.goto(path)
        width = await phone.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], (path, width)
    assert await accessibility_problems(phone) == []
    await phone.context.close()
    # Cleared: unset again.
    await page_.goto(instance_url)
    await page_.get_by_label("Clear the value of SECRET_TOKEN").check()
    await page_.get_by_role("button", name="Save the secret values").click()
    await expect(page_.get_by_role("cell", name="unset")).to_be_visible()
    await instance.refresh_from_db()
    assert instance.sealed_secrets == ""
    assert script_errors(page_) == []
    assert not any(problems.values()), problems


async def test_a_token_is_shown_once_and_revoked(browser, server, client, pve91):
    owner = await owner_headers(client)
    made = await world(client, server, pve91, owner, config=CONFIG)
    out = await deploy(client, owner, made)
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    await page_.goto(f"/deployments/{out['id']}")
    # A name the API refuses, beside its field.
    await page_.get_by_label("Name", exact=True).fill("no/slashes")
    await page_.get_by_role("button", name="Make a token").click()
    await expect(page_.locator("#e-token-name")).to_be_visible()
    await page_.get_by_label("Name", exact=True).fill("ci")
    await page_.get_by_label("Expires after (days)").fill("30")
    async with page_.expect_response(lambda r: r.url.endswith("/token") and r.request.method == "POST") as sent:
        await page_.get_by_role("button", name="Make a token").click()
    assert (await sent.value).headers["cache-control"] == "no-store"  # the token's only page is never cached
    await expect(page_.get_by_role("heading", level=1)).to_have_text("Token “ci” of web created")
    await expect(page_.get_by_text("this is the only time it is shown")).to_be_visible()
    token = (await page_.locator("#new-token").text_content() or "").strip()
    curl = await page_.locator("#new-curl").text_content() or ""
    assert token and token in curl and f"/api/v1/deployments/{out['id']}/trigger" in curl
    assert await accessibility_problems(page_) == []
    stored = await DeploymentToken.get(deployment_id=out["id"])
    assert stored.name == "ci" and stored.expires_at is not None and token not in str(stored.__dict__)

    await page_.get_by_role("link", name="Back to the deployment").click()
    await expect(page_.get_by_text("A token named ci exists")).to_be_visible()
    expires = page_.locator("section[aria-labelledby=h-token] time")
    assert (await expires.get_attribute("datetime") or "")[:16] == stored.expires_at.isoformat()[:16]
    assert token not in await page_.content()
    await page_.get_by_role("button", name="Revoke the token").click()
    await expect(page_.get_by_role("heading", level=1)).to_contain_text("Revoke the token “ci” of web?")
    assert await accessibility_problems(page_) == []
    await page_.get_by_role("button", name="Revoke the token").click()
    await expect(page_.locator(".flash")).to_contain_text("Token “ci” revoked")
    assert not await DeploymentToken.exists(deployment_id=out["id"])
    trigger = await client.post(f"{URL}/{out['id']}/trigger", headers={"Authorization": f"Bearer {token}"})
    assert trigger.status_code == 401
    assert script_errors(page_) == []


async def test_some_instances_are_deployed_on_their_own(browser_client, client, server, pve91):
    await set_up_owner(browser_client)
    owner = await login(client)
    made = await world(client, server, pve91, owner, config=CONFIG, images=["containr/hello:1.0", "tools/side:2"])
    out = await deploy(client, owner, made)
    hello, side = (await client.get(f"{URL}/{out['id']}", headers=owner)).json()["instances"]
    await client.patch(f"{URL}/{out['id']}/instances/{hello['id']}", headers=owner,
                       json={"config": {"secrets": [{"key": "SECRET_TOKEN", "value": SECRET_VALUE}]}})
    detail_url = f"/deployments/{out['id']}"
    html = await page(browser_client, detail_url)
    assert html.count('name="instance"') == 2 and "Deploy only some instances" in html
    # Only the side car, whose secret has no value: the API names it, so the choice reached it.
    await submit(browser_client, detail_url, f"{detail_url}/start", {"instance": side["id"]})
    html = await page(browser_client, detail_url)
    assert "Refused: Instance side needs a value for SECRET_TOKEN" in html
    assert SECRET_VALUE not in html
    assert (await Deployment.get(id=out["id"])).task_id is None


async def test_a_member_without_the_admin_role_sees_no_form_and_is_refused(browser_client, client, server, pve91):
    owner = await owner_headers(client)
    made = await world(client, server, pve91, owner, config=CONFIG)
    out = await deploy(client, owner, made)
    instance = (await client.get(f"{URL}/{out['id']}", headers=owner)).json()["instances"][0]
    bob = (await client.post("/api/v1/users", headers=owner,
                             json={"username": "bob", "email": "bob@example.com", "password": PASSWORD})).json()
    joined = await client.post(f"/api/v1/projects/{made['project']['id']}/members", headers=owner,
                               json={"userId": bob["id"], "role": "member"})
    assert joined.status_code == 201, joined.text
    await sign_in_http(browser_client, "bob")

    base = f"/deployments/{out['id']}"
    for path in ("/deployments", base, f"{base}/instances/{instance['id']}", f"{base}/log"):
        html = await page(browser_client, path)
        forms = re.findall(r'<form[^>]*method="post"[^>]*action="([^"]+)"', html)
        assert set(forms) <= {"/signout"}, (path, forms)
    assert "No version to deploy" in await page(browser_client, "/deployments/new")
    token = csrf_of(await page(browser_client, base))
    refused = await browser_client.post("/deployments", data={"csrf_token": token, "versionId": made["version"]["id"],
                                                               "nodeId": made["node"], "prefix": "mine"})
    assert refused.status_code == 403 and "Not allowed" in refused.text
    started = await browser_client.post(f"{base}/start", data={"csrf_token": token})
    assert started.status_code == 303 and started.headers["location"] == base
    assert "Refused:" in await page(browser_client, base)
    for path, data in ((f"{base}/token", {"name": "mine"}), (f"{base}/delete", {"confirm": "web"}),
                       (f"{base}/instances/{instance['id']}/secrets", {"secret.SECRET_TOKEN": "x"})):
        answer = await browser_client.post(path, data={"csrf_token": token, **data})
        assert answer.status_code == 403 and "Not allowed" in answer.text, (path, answer.status_code)
    assert await Deployment.all().count() == 1 and not await DeploymentToken.exists()
    assert (await Instance.get(id=instance["id"])).sealed_secrets == ""
    # Someone outside the project: the deployment is not there at all.
    await client.post("/api/v1/users", headers=owner,
                      json={"username": "carol", "email": "carol@example.com", "password": PASSWORD})
    async with httpx.AsyncClient(base_url=server.url) as carol:
        await sign_in_http(carol, "carol")
        assert "Not found" in await page(carol, base, status=404)
        assert "Not found" in await page(carol, f"{base}/instances/{instance['id']}", status=404)
        assert f'href="{base}"' not in await page(carol, "/deployments")


@pytest.mark.slow
async def test_a_deployment_started_from_its_page_runs_and_its_log_tells_it(browser, server, client, pve91):
    """A start on the PVE 9.1 simulator (memory backend: no LXC), followed on its task's page; the deployment's
    page shows its container, the log page the run's lines, and the delete page starts the removal task."""
    sim, _ = pve91
    sim.sim.backend.registries.add(f"{HOST}/containr/hello:1.0", {"Entrypoint": ["/bin/sh", "/start.sh"],
                                                                 "Env": ["PATH=/bin", "PORT=8080"]})
    owner = await owner_headers(client)
    made = await world(client, server, pve91, owner, config=CONFIG)
    await Registry.filter(id=made["registry"]).update(url=f"https://{HOST}")
    out = await deploy(client, owner, made)
    instance = (await client.get(f"{URL}/{out['id']}", headers=owner)).json()["instances"][0]
    await client.patch(f"{URL}/{out['id']}/instances/{instance['id']}", headers=owner,
                       json={"config": {"secrets": [{"key": "SECRET_TOKEN", "value": SECRET_VALUE}]}})
    page_ = await new_page(browser, server.url)
    await sign_in(page_, "owner")
    await page_.goto(f"/deployments/{out['id']}")
    await page_.get_by_role("button", name="Start the deployment").click()
    await page_.wait_for_url(re.compile(r".*/tasks/\d+$"))
    task_id = int(page_.url.rsplit("/", 1)[-1])
    ran = await wait_task(client, owner, task_id, timeout=300)
    assert ran["state"] == "success", ran["error"]

    await page_.goto(f"/deployments/{out['id']}")
    await expect(page_.locator("hgroup")).to_contain_text("successful")
    detail = (await client.get(f"{URL}/{out['id']}", headers=owner)).json()["instances"][0]["container"]
    row = page_.get_by_role("row", name="containr/hello:1.0")
    await expect(row).to_contain_text(str(detail["vmid"]))
    await expect(row).to_contain_text("running")
    await expect(page_.get_by_role("link", name=f"task #{task_id}")).to_be_visible()
    await page_.get_by_role("button", name="Event log").click()
    await expect(page_.locator("ol.events")).to_contain_text("in progress")
    await expect(page_.locator("ol.events pre.log").first).not_to_be_empty()
    assert await accessibility_problems(page_) == []
    await page_.goto(f"/deployments/{out['id']}/log?take=1")
    await expect(page_.get_by_role("link", name="Later events")).to_be_visible()
    for path in (f"/deployments/{out['id']}/log?take=1000", f"/deployments/{out['id']}",
                 f"/deployments/{out['id']}/instances/{instance['id']}"):
        await page_.goto(path)
        assert SECRET_VALUE not in await page_.content(), path

    await page_.goto(f"/deployments/{out['id']}/delete")
    await expect(page_.get_by_text(detail["name"])).to_be_visible()
    await page_.get_by_label("Type the deployment's prefix, web, to confirm").fill("web")
    await page_.get_by_role("button", name="Delete web for good").click()
    await page_.wait_for_url(re.compile(r".*/tasks/\d+$"))
    removal = int(page_.url.rsplit("/", 1)[-1])
    assert (await wait_task(client, owner, removal, timeout=300))["state"] == "success"
    assert not await Deployment.exists(id=out["id"])
    assert script_errors(page_) == []
