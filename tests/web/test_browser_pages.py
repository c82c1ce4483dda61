"""Every main page in a real browser, light and dark: axe-core finds no serious or critical accessibility
problem, no script fails, and nothing is wider than a 360 px phone. With CONTAINR_SCREENSHOTS set (`make
screenshots`), the pictures of the main pages at desktop and phone width, light and dark, are written there."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

import pytest
from playwright.async_api import expect

from service.domains.dns.models import Domain, Route
from service.domains.edge.models import Certificate, CertificateStatus, Challenge
from service.domains.events import outbox
from service.domains.notifications.models import Delivery, DeliveryStatus
from service.domains.storages.models import Storage
from service.domains.workflows.models import StepImage
from tests.factories import online_node, owner_headers, personal_team, run_playbook, wait_task
from tests.versions.helpers import registry
from tests.web.browser import (
    DESKTOP,
    PHONE,
    accessibility_problems,
    new_page,
    screenshots_dir,
    script_errors,
    sign_in,
)
from tests.web.receiver import receiving

pytestmark = pytest.mark.one_database

# (picture name or None, path): the pages a user works with, with ids filled in from the world below; the
# named ones are pictured (README shows them).
PAGES = [
    ("dashboard", "/"),
    (None, "/projects"),
    ("project", "/projects/{project}"),
    (None, "/projects/new"),
    (None, "/projects/{project}/environments/{environment}"),
    (None, "/projects/{project}/versions"),
    (None, "/projects/{project}/versions/{version}"),
    (None, "/projects/{project}/versions/{version}/images/{image}"),
    (None, "/nodes"),
    ("node", "/nodes/{node}"),
    (None, "/nodes/new"),
    (None, "/databases"),
    ("database", "/databases/{database}"),
    ("new-database", "/databases/new"),
    (None, "/services"),
    (None, "/services/new"),
    (None, "/services/{service}"),
    (None, "/apps"),
    (None, "/apps/{app}"),
    (None, "/apps/{app}/uninstall"),
    (None, "/apps/{app}/logs?lines=100"),
    (None, "/appstore"),
    (None, "/appstore/org.mediawiki"),
    (None, "/domains"),
    (None, "/domains/new"),
    (None, "/domains/new?provider=rfc2136"),
    (None, "/domains/{domain}"),
    (None, "/certificates"),
    (None, "/mail"),
    (None, "/mail/{domain}"),
    (None, "/mail/{domain}/mailboxes"),
    (None, "/mail/logs"),
    (None, "/git/providers"),
    (None, "/deployments"),
    (None, "/deployments/new"),
    (None, "/registries"),
    (None, "/registries/new"),
    (None, "/registries/new?type=gitlab"),
    (None, "/registries/{registry}"),
    (None, "/registries/{registry}/edit"),
    (None, "/storages"),
    (None, "/storages/new"),
    (None, "/storages/{storage}"),
    (None, "/step-images"),
    (None, "/step-images/new"),
    (None, "/projects/{project}/workflows"),
    (None, "/projects/{project}/workflows/new"),
    (None, "/projects/{project}/workflows/{workflow}"),
    (None, "/projects/{project}/builds"),
    (None, "/projects/{project}/builds/{build}"),
    (None, "/tasks"),
    ("task", "/tasks/{task}"),
    (None, "/teams"),
    (None, "/teams/{team}"),
    (None, "/teams/{team}/dashboard"),
    (None, "/teams/{team}/notifications"),
    (None, "/teams/{team}/notifications/new"),
    (None, "/notifications/{notification}"),
    (None, "/teams/{team}/events"),
    (None, "/backups"),
    (None, "/settings"),
    (None, "/settings/ldap"),
    (None, "/settings/instance"),
    (None, "/reset?token=not-a-real-token"),
    (None, "/audit"),
    (None, "/build-runners"),
    (None, "/workers"),
    (None, "/profile"),
]


async def _world(client, pve_sim) -> dict[str, Any]:
    """What a new instance has after a first afternoon: a node, a project, a database, a few tasks."""
    headers = await owner_headers(client)
    node = await online_node(client, headers, pve_sim)
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "shop", "displayName": "The shop", "defaultNodeId": node["id"]})).json()
    environment = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=headers)).json()
    environment = environment[0] if isinstance(environment, list) else environment["items"][0]
    variables = await client.put(
        f"/api/v1/projects/{project['id']}/environments/{environment['id']}/variables", headers=headers,
        json={"variables": [{"key": "LOG_LEVEL", "value": "info"},
                            {"key": "API_KEY", "value": "s3cret-value", "secret": True}]})
    assert variables.status_code == 200, variables.text
    database = (await client.post("/api/v1/databases", headers=headers,
                                  json={"name": "orders", "type": "postgresql", "projectId": project["id"]})).json()
    # The memory backend has no guest to answer: the create is stopped, and the database shows as failed.
    await wait_task(client, headers, database["taskId"], until="running")
    await client.post(f"/api/v1/tasks/{database['taskId']}/stop", headers=headers)
    await wait_task(client, headers, database["taskId"])
    task = await run_playbook(client, headers, "controller_check")
    await wait_task(client, headers, task)
    # A web service (its build stopped, like the database) with a name on a domain, and the name's certificate.
    service = (await client.post(f"/api/v1/projects/{project['id']}/services", headers=headers, json={
        "name": "web", "environmentId": environment["id"], "type": "web", "port": 8000,
        "source": {"repository": "https://git.example.com/shop/web.git", "branch": "main"}})).json()
    await client.post(f"/api/v1/tasks/{service['taskId']}/stop", headers=headers)
    await wait_task(client, headers, service["taskId"])
    domain = await client.post("/api/v1/domains", headers=headers, json={"domain": "shop.test", "provider": "noop"})
    assert domain.status_code == 201, domain.text
    await Route.create(fqdn="www.shop.test", location="www", domain=await Domain.get(domain="shop.test"),
                       node_id=node["id"], resource_type="service", resource_id=service["id"])
    await Certificate.create(name="www.shop.test", domain=await Domain.get(domain="shop.test"),
                             fqdns=["www.shop.test"], challenge=Challenge.HTTP, status=CertificateStatus.FAILED,
                             last_error="The CA refused the order: rateLimited")
    # An app from the catalogue on the domain, its install stopped like the builds.
    app = await client.post("/api/v1/apps/install", headers=headers, json={
        "appStoreId": "org.dokuwiki", "location": "wiki", "domain": "shop.test", "projectId": project["id"]})
    assert app.status_code == 202, app.text
    await client.post(f"/api/v1/tasks/{app.json()['taskId']}/stop", headers=headers)
    await wait_task(client, headers, app.json()["taskId"])
    # A version holding an image of a registry of the team (recorded as the registries slice records one).
    version = (await client.post(f"/api/v1/projects/{project['id']}/versions", headers=headers,
                                 json={"name": "1.0", "changelog": "The first cut"})).json()
    image = (await client.post(f"/api/v1/projects/{project['id']}/versions/{version['id']}/images", headers=headers,
                               json=[{"registryId": await registry(project["teamId"], "versions"),
                                      "images": ["shop/web:1.2"]}])).json()[0]
    # A storage of the team, recorded directly: no bucket is asked here.
    storage = await Storage.create(team_id=project["teamId"], name="files", url="https://s3.example.test/files")
    # A step image of the team (recorded as a passed registry check leaves it) and a workflow of two steps.
    await StepImage.create(team_id=project["teamId"], slug="builder", image_url="registry.test/ci/builder:1")
    workflow = await client.post(f"/api/v1/projects/{project['id']}/workflows", headers=headers, json={
        "name": "ci", "steps": [
            {"name": "test", "imageSlug": "builder", "dependsOn": [], "runScript": "make test",
             "cacheDirs": [".cache"], "outputPaths": []},
            {"name": "package", "imageSlug": "builder", "dependsOn": ["test"], "runScript": "make dist",
             "cacheDirs": [], "outputPaths": ["dist/app.tar.gz"]}]})
    assert workflow.status_code == 201, workflow.text
    # A build of a workflow whose step waits for an external runner (no node, no run), its step running.
    on_runner = await client.post(f"/api/v1/projects/{project['id']}/workflows", headers=headers, json={
        "name": "arm", "steps": [{"name": "compile", "imageSlug": "builder", "dependsOn": [], "runScript": "make",
                                  "cacheDirs": [], "outputPaths": [], "runsOn": ["arm64"]}]})
    build = await client.post(f"/api/v1/projects/{project['id']}/workflow-builds", headers=headers,
                              json={"workflowId": on_runner.json()["id"]})
    assert build.status_code == 202, build.text
    # A notification of the team with a refused test delivery, and an event it does not want (nothing is sent).
    notification = await client.post(f"/api/v1/teams/{project['teamId']}/notifications", headers=headers, json={
        "name": "ops", "type": "slack", "url": "https://hooks.example.test/services/T0/B0/x",
        "enabledEvents": ["deployment.failed", "backup.failed"]})
    assert notification.status_code == 201, notification.text
    await Delivery.create(notification_id=notification.json()["id"], test=True, status=DeliveryStatus.FAILED,
                          attempts=1, last_status=404, last_error="the receiver answered 404: no_service")
    await outbox.record("node.added", team_id=project["teamId"], kind="node", resource_id=node["id"],
                        name=node["name"])
    return {"project": project["id"], "environment": environment["id"], "node": node["id"],
            "version": version["id"], "image": image["id"],
            "database": database["id"], "task": task, "team": project["teamId"], "service": service["id"],
            "domain": "shop.test", "app": app.json()["id"], "registry": image["registry"]["id"],
            "storage": str(storage.id), "workflow": workflow.json()["id"],
            "build": build.json()["build"]["id"], "notification": notification.json()["id"]}


async def test_main_pages_are_accessible_in_light_and_dark_and_fit_a_phone(browser, server, client, pve_sim):
    world = await _world(client, pve_sim)
    pictures = screenshots_dir()
    problems: dict[str, Any] = {}
    # axe in both colour schemes at desktop width; the phone's width once (the scheme changes no size), and
    # in dark too when pictures are asked for.
    looks = [("light", DESKTOP), ("dark", DESKTOP), ("light", PHONE), *([("dark", PHONE)] if pictures else [])]
    for scheme, viewport in looks:
        page = await new_page(browser, server.url, viewport=viewport, color_scheme=scheme)
        await sign_in(page, "owner")
        for name, path in PAGES:
            url = path.format(**world)
            response = await page.goto(url)
            assert response is not None and response.status == 200, (url, response and response.status)
            where = f"{url} ({scheme}, {viewport['width']} px)"
            if viewport is DESKTOP:
                if found := await accessibility_problems(page):
                    problems[where] = found
            else:
                width = await page.evaluate("document.documentElement.scrollWidth")
                if width > viewport["width"]:
                    problems[where] = f"the page is {width} px wide"
            if pictures and name:
                size = "desktop" if viewport is DESKTOP else "phone"
                await page.screenshot(path=pictures / f"{name}-{size}-{scheme}.png")
        assert script_errors(page) == [], script_errors(page)
        await page.context.close()
    assert not problems, problems


async def test_the_entry_pages_are_accessible(browser, server, client):
    page = await new_page(browser, server.url)
    await page.goto("/setup")
    assert await accessibility_problems(page) == []
    await owner_headers(client)
    await page.goto("/signin")
    assert await accessibility_problems(page) == []
    pictures = screenshots_dir()
    if pictures:
        await page.screenshot(path=pictures / "signin-desktop-light.png")


async def test_a_notification_is_made_and_tested_in_a_browser(browser, server, client):
    """A generic webhook made through its form (its signing secret shown once), then "Send a test" answered in
    place by htmx: a receiver on loopback gets the message, signed with that secret."""
    headers = await owner_headers(client)
    team_id = await personal_team(client, headers)
    problems: dict[str, Any] = {}
    with receiving() as receiver:
        page = await new_page(browser, server.url)
        await sign_in(page, "owner")
        await page.goto(f"/teams/{team_id}")
        await page.get_by_role("link", name="Notifications", exact=True).click()
        await expect(page.get_by_text("No notifications yet.")).to_be_visible()
        await page.get_by_role("button", name="Add a notification").click()
        problems[page.url] = await accessibility_problems(page)
        await page.get_by_label("Name", exact=True).fill("ops")
        await page.get_by_label("Type").select_option("webhook")
        await page.get_by_label("Webhook URL").fill(receiver.url("/containr"))
        await page.get_by_label("A deployment failed").check()
        await page.get_by_role("button", name="Add the notification").click()
        await expect(page.get_by_role("heading", level=1)).to_have_text("Added the notification ops")
        problems[page.url] = await accessibility_problems(page)
        secret = (await page.locator("#signing-secret").text_content() or "").strip()
        assert secret

        await page.get_by_role("button", name="Go to the notification").click()
        await expect(page.get_by_text("No deliveries yet")).to_be_visible()
        assert secret not in await page.content()
        await page.get_by_role("button", name="Send a test").click()
        await expect(page.locator("#test-outcome")).to_have_text("The test message was delivered (answer 200).")
        await expect(page.locator("#deliveries")).to_contain_text("test message")
        problems[page.url] = await accessibility_problems(page)
        assert len(receiver.received) == 1
        body = receiver.received[0].body
        assert receiver.received[0].headers["X-Containr-Signature"] == \
            "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
        assert receiver.url("/containr") not in await page.content()
        assert script_errors(page) == [], script_errors(page)
    assert not {url: found for url, found in problems.items() if found}, problems
