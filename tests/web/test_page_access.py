"""The pages add no way in. Every page route: signed out, it answers the sign-in page (only the entry pages are
open); a project viewer sees no form it may not submit; and whatever a viewer posts to any page, with a valid
CSRF token and plausible fields, leaves the owner's world as it was and starts no run: the API underneath
refuses it. A route missing from the lists below fails the test, so a new page is checked too."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute

from service.domains.storages.models import Storage
from service.domains.workflows.models import StepImage
from service.web.pages import ROUTERS
from tests.factories import PASSWORD, login, online_node, owner_headers, wait_task
from tests.web.pages import csrf_of, page, set_up_owner, sign_in

pytestmark = pytest.mark.one_database

NOTHING = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"  # an id that names nothing
# Open to anyone: the entry pages, and signing up through an invitation (the API checks its token).
PUBLIC = {("GET", "/setup"), ("POST", "/setup"), ("GET", "/signin"), ("POST", "/signin"), ("POST", "/signout"),
          ("GET", "/invites/{token}/signup"), ("POST", "/invites/{token}/signup"), ("GET", "/reset"),
          ("POST", "/reset")}
# What a signed-in account does for itself, whatever its roles elsewhere: not part of the viewer's attempts.
OWN = {("POST", "/signout"), ("POST", "/profile"), ("POST", "/profile/password"), ("POST", "/profile/tokens"),
       ("POST", "/teams"), ("POST", "/projects")}
# Forms a project viewer may find on the pages it sees (they act on its own account).
VIEWER_FORMS = {"/signout", "/appstore/org.dokuwiki/install"}  # an install goes to the caller's own apps project
# Path words that must look right to reach the handler (a container's name, a power action).
WORDS = {"name": "db-orders", "action": "stop", "store_app_id": "org.dokuwiki"}
# Plausible fields for any form: what a forged post would send.
FIELDS = {"name": "hijacked", "displayName": "Hijacked", "description": "hijacked", "email": "mallory@example.com",
          "role": "admin", "confirm": "orders", "type": "redis", "key": "HIJACKED", "value": "1",
          "variables-0-key": "HIJACKED", "variables-0-value": "1", "newOwnerId": NOTHING, "backupId": NOTHING,
          "enabled": "true", "host": "smtp.example.com", "timeZone": "UTC", "resources.memoryMb": "1024",
          "domain": "hijacked.example.com", "provider": "noop", "tlsConfig.provider": "letsencrypt-prod",
          "fqdns": "www.shop.test", "ip": "203.0.113.66", "domains.0.location": "hijacked",
          "domains.0.domain": "shop.test", "pattern": "never", "renewBeforeDays": "5",
          "to": "mallory@example.com", "addresses": "mallory@example.com", "text": "hijacked",
          "owner": f"user:{NOTHING}", "password": "hijacked-password", "storageQuotaMb": "1", "aliases": "hijacked",
          "url": "https://mallory.example.test/hook", "recipients": "mallory@example.com",
          "enabledEvents": "task.failed", "serverAddress": "mallory.example.test", "mysqlMemory": "1024"}


def page_routes() -> Iterator[tuple[str, str, APIRoute]]:
    for router in ROUTERS:
        for route in router.routes:
            assert isinstance(route, APIRoute), f"{route!r}: list each page router in service/web/pages ROUTERS"
            for method in sorted(route.methods):
                yield method, route.path, route


def fill(path: str, route: APIRoute, world: dict[str, Any]) -> str:
    kinds = {param.name: param.field_info.annotation for param in route.dependant.path_params}

    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in world or name in WORDS:
            return str(world.get(name, WORDS.get(name)))
        return "1" if kinds[name] is int else NOTHING if kinds[name] is uuid.UUID else "x" * 43  # a token's length
    return re.sub(r"\{(\w+)\}", value, path)


async def test_signed_out_every_page_but_the_entry_pages_asks_to_sign_in(browser_client, client):
    await owner_headers(client)
    for method, path, route in page_routes():
        url = fill(path, route, {})
        response = await browser_client.request(method, url, data={"csrf_token": "x"} if method == "POST" else None)
        if (method, path) in PUBLIC:
            assert not response.headers.get("location", "").startswith("/signin?"), (method, path)
            continue
        assert response.status_code == 303, (method, path, response.status_code, response.text[:300])
        assert response.headers["location"].startswith("/signin"), (method, path, response.headers["location"])


async def _snapshot(client: httpx.AsyncClient, headers: dict[str, str], world: dict[str, Any]) -> dict[str, Any]:
    """The owner's world as the API tells it, without the times that any read may move."""
    project, environment = world["project_id"], world["env_id"]
    paths = [f"/projects/{project}", f"/projects/{project}/environments", f"/projects/{project}/members",
             f"/projects/{project}/invites", f"/projects/{project}/environments/{environment}/variables",
             f"/databases/{world['database_id']}", f"/databases/{world['database_id']}/credentials",
             f"/nodes/{world['node_id']}", f"/teams/{world['team_id']}", "/teams", "/projects", "/databases",
             "/nodes", "/settings/registration", "/settings/smtp", "/settings/backup_config", "/tokens",
             "/settings/external_ldap_config", "/settings/cloudron_name", "/settings/unstable_apps",
             "/settings/registry_config", "/settings/platform_config",
             "/tasks?per_page=100", f"/domains/{world['domain']}", "/domains", "/settings/dynamic_dns",
             "/settings/sysinfo_config", "/certificates", "/settings/certificates", f"/mail/{world['domain']}",
             f"/mail/{world['domain']}/mailboxes", "/apps", f"/apps/{world['app_id']}", "/registries",
             f"/registries/{world['registry_id']}", "/storages", f"/storages/{world['storage_id']}",
             f"/projects/{project}/versions", f"/projects/{project}/versions/{world['version_id']}",
             f"/deployments/{world['deployment_id']}", f"/deployments/{world['deployment_id']}/instances/"
             f"{world['instance_id']}/secrets", "/step-images", f"/step-images/{world['step_image_id']}",
             f"/projects/{project}/workflows", f"/workflows/{world['workflow_id']}",
             f"/projects/{project}/workflow-builds", f"/workflow-builds/{world['build_id']}", "/build-runners",
             f"/teams/{world['team_id']}/notifications", f"/notifications/{world['notification_id']}",
             f"/notifications/{world['notification_id']}/deliveries"]
    found: dict[str, Any] = {}
    for path in paths:
        response = await client.get(f"/api/v1{path}", headers=headers)
        assert response.status_code == 200, (path, response.text)
        found[path] = re.sub(r'"(updatedAt|lastUsedAt|lastCheckedAt)":"[^"]*"', "", response.text)
    return found


async def test_a_viewer_sees_no_form_it_may_not_submit_and_every_forged_post_is_refused(
        browser_client, client, pve_sim):
    owner = await owner_headers(client)
    node = await online_node(client, owner, pve_sim)
    project = (await client.post("/api/v1/projects", headers=owner,
                                 json={"name": "shop", "defaultNodeId": node["id"]})).json()
    environment = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=owner)).json()[0]
    await client.put(f"/api/v1/projects/{project['id']}/environments/{environment['id']}/variables", headers=owner,
                     json={"variables": [{"key": "API_KEY", "value": "kept-secret", "secret": True}]})
    database = (await client.post("/api/v1/databases", headers=owner,
                                  json={"name": "orders", "type": "redis", "projectId": project["id"]})).json()
    await wait_task(client, owner, database["taskId"], until="running")
    await client.post(f"/api/v1/tasks/{database['taskId']}/stop", headers=owner)
    await wait_task(client, owner, database["taskId"])
    invite = (await client.post(f"/api/v1/projects/{project['id']}/invites", headers=owner,
                                json={"email": "someone@example.com"})).json()
    viewer = (await client.post("/api/v1/users", headers=owner,
                                json={"username": "vera", "email": "vera@example.com", "password": PASSWORD})).json()
    member = (await client.post(f"/api/v1/projects/{project['id']}/members", headers=owner,
                                json={"userId": viewer["id"], "role": "viewer"})).json()
    me = (await client.get("/api/v1/users/me", headers=owner)).json()
    domain = await client.post("/api/v1/domains", headers=owner, json={"domain": "shop.test", "provider": "noop"})
    assert domain.status_code == 201, domain.text
    app = await client.post("/api/v1/apps/install", headers=owner, json={
        "appStoreId": "org.dokuwiki", "location": "wiki", "domain": "shop.test", "projectId": project["id"]})
    assert app.status_code == 202, app.text
    await client.post(f"/api/v1/tasks/{app.json()['taskId']}/stop", headers=owner)
    await wait_task(client, owner, app.json()["taskId"])
    registry = await client.post("/api/v1/registries", headers=owner, json={
        "name": "images", "type": "unchecked", "details": {"url": "https://registry.example.test"}})
    assert registry.status_code == 201, registry.text
    storage = await Storage.create(team_id=project["teamId"], name="files", url="https://s3.example.test/files")
    step_image = await StepImage.create(team_id=project["teamId"], slug="builder", image_url="registry.test/ci/b:1")
    workflow = (await client.post(f"/api/v1/projects/{project['id']}/workflows", headers=owner, json={
        "name": "ci", "steps": [{"name": "test", "imageSlug": "builder", "dependsOn": [], "runScript": "make",
                                 "cacheDirs": [], "outputPaths": [], "runsOn": ["arm64"]}]})).json()
    build = (await client.post(f"/api/v1/projects/{project['id']}/workflow-builds", headers=owner,
                               json={"workflowId": workflow["id"]})).json()["build"]
    runner = (await client.post("/api/v1/build-runners", headers=owner, json={"name": "kept", "labels": []})).json()
    version = (await client.post(f"/api/v1/projects/{project['id']}/versions", headers=owner,
                                 json={"name": "1.0"})).json()
    image = (await client.post(f"/api/v1/projects/{project['id']}/versions/{version['id']}/images", headers=owner,
                               json=[{"registryId": registry.json()["id"], "images": ["shop/web:1.2"]}])).json()[0]
    notification = await client.post(f"/api/v1/teams/{project['teamId']}/notifications", headers=owner, json={
        "name": "ops", "type": "webhook", "url": "https://hooks.example.test/ops", "enabledEvents": ["task.failed"]})
    assert notification.status_code == 201, notification.text
    deployment = (await client.post("/api/v1/deployments", headers=owner, json={
        "versionId": version["id"], "nodeId": node["id"], "prefix": "shop"})).json()
    instance = (await client.get(f"/api/v1/deployments/{deployment['id']}", headers=owner)).json()["instances"][0]
    world = {"domain": "shop.test", "project_id": project["id"], "env_id": environment["id"], "node_id": node["id"],
             "version_id": version["id"], "image_id": image["id"],
             "deployment_id": deployment["id"], "instance_id": instance["id"],
             "database_id": database["id"], "team_id": project["teamId"], "task_id": database["taskId"],
             "member_id": member["id"], "user_id": me["id"], "invite_id": invite["id"], "app_id": app.json()["id"],
             "registry_id": registry.json()["id"], "storage_id": str(storage.id),
             "step_image_id": str(step_image.id), "workflow_id": workflow["id"],
             "build_id": build["id"], "runner_id": runner["id"], "notification_id": notification.json()["id"]}
    before = await _snapshot(client, owner, world)

    await sign_in(browser_client, "vera")
    seen = ["/", "/projects", f"/projects/{project['id']}", f"/projects/{project['id']}/environments/"
            f"{environment['id']}", "/databases", f"/databases/{database['id']}", "/tasks", "/teams", "/nodes",
            "/domains", "/domains/shop.test", "/domains/new", "/apps", f"/apps/{app.json()['id']}", "/appstore",
            "/appstore/org.dokuwiki", "/registries", "/storages", f"/projects/{project['id']}/versions",
            f"/projects/{project['id']}/versions/{version['id']}",
            f"/projects/{project['id']}/versions/{version['id']}/images/{image['id']}", "/deployments",
            f"/deployments/{deployment['id']}", f"/deployments/{deployment['id']}/instances/{world['instance_id']}",
            f"/deployments/{deployment['id']}/log", "/step-images", f"/projects/{project['id']}/workflows",
            f"/projects/{project['id']}/workflows/{workflow['id']}", f"/projects/{project['id']}/builds",
            f"/projects/{project['id']}/builds/{build['id']}"]
    for path in seen:
        html = await page(browser_client, path)
        actions = set(re.findall(r'<form[^>]*method="post"[^>]*action="([^"]+)"', html))
        actions |= set(re.findall(r'<form[^>]*action="([^"]+)"[^>]*method="post"', html))
        assert actions <= VIEWER_FORMS, (path, actions - VIEWER_FORMS)
        assert "kept-secret" not in html

    token = csrf_of(await page(browser_client, "/"))
    for method, path, route in page_routes():
        if method != "POST" or (method, path) in PUBLIC | OWN:
            continue
        url = fill(path, route, world)
        response = await browser_client.post(url, data={"csrf_token": token, **FIELDS})
        assert response.status_code < 500, (url, response.status_code, response.text[:300])
    after = await _snapshot(client, owner, world)
    changed = [path for path in before if before[path] != after[path]]
    assert not changed, {path: (before[path][:300], after[path][:300]) for path in changed}
    vera = await login(client, "vera")
    assert (await client.get("/api/v1/tasks", headers=vera)).json()["tasks"] == []  # she started no run


async def test_every_form_without_its_csrf_token_is_refused_before_anything_else(browser_client):
    await set_up_owner(browser_client)
    for method, path, route in page_routes():
        if method != "POST" or path == "/setup":  # the owner exists: /setup sends to sign-in whatever is posted
            continue
        url = fill(path, route, {})
        response = await browser_client.post(url, data=FIELDS)
        assert response.status_code == 403 and "Form expired" in response.text, (url, response.status_code)
    assert (await browser_client.get("/")).status_code == 200  # still signed in: nothing was done
