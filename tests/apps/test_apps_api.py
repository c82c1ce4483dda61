"""Apps through the API on a simulated node (memory backend: guests exist only in the simulator, so no app ever
runs and the install runs are stopped): what an install refuses before anything is recorded, what an install of
the catalogue's WordPress records and answers (the admin password once, its MariaDB addon owned by the app),
changes, power and repair refusals, uninstall keeping the databases, and the edge's access endpoints of a
restricted app. The installs themselves run on real guests in test_apps_e2e.py."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest

from service.auth.models import User
from service.domains.accounts.registration import create_user
from service.domains.apps import access, catalogue
from service.domains.apps.models import App, InstallationState
from service.domains.databases.models import Database
from service.domains.dns.models import Domain, Route
from service.domains.nodes.models import Guest, IpLease, Node, NodeStatus
from service.tasks.models import Task
from tests.factories import PASSWORD, login, node_body, online_node, owner_headers, personal_team, wait_task

pytestmark = pytest.mark.ansible

NOTHING = "6f1f0c4e-7a55-4a8e-9d0b-3c2d1e0f9a8b"
DOMAIN = "example.test"
PUBLIC_URL = "https://containr.example.test"


def _field(answer) -> str:
    details = answer.json()["details"]
    return details[0]["field"] if isinstance(details, list) else details["field"]


async def _counts() -> tuple[int, ...]:
    return (await App.all().count(), await Route.all().count(), await Guest.all().count(),
            await IpLease.all().count(), await Database.all().count(), await Task.all().count())


async def _setup(client, pve_sim, *, checked: bool = True
                 ) -> tuple[dict[str, str], dict[str, Any], dict[str, Any]]:
    """The owner, an online node of the simulator, a project on it and the domain the apps are named on (`noop`:
    a provider that writes no record anywhere). Unless `checked`, the node is recorded as its check would leave
    it and the domain as its create would, for tests where no run plays a part: a check is a playbook run."""
    headers = await owner_headers(client)
    if checked:
        node = await online_node(client, headers, pve_sim)
    else:
        sim_server, creds = pve_sim
        body = node_body(sim_server.url, creds, await personal_team(client, headers))
        node = {"id": str((await Node.create(team_id=body["teamId"], name="pve1", api_url=body["apiUrl"],
                                             token_id=body["tokenId"], sealed_token_secret="unused",
                                             status=NodeStatus.ONLINE)).id)}
    project = (await client.post("/api/v1/projects", headers=headers,
                                 json={"name": "blog", "defaultNodeId": node["id"]})).json()
    if checked:
        domain = await client.post("/api/v1/domains", headers=headers,
                                   json={"domain": DOMAIN, "provider": "noop", "config": {}})
        assert domain.status_code == 201, domain.text
    else:
        await Domain.create(domain=DOMAIN, zone_name=DOMAIN, provider="noop")
    return headers, node, project


def _install(project: dict[str, Any], **change: Any) -> dict[str, Any]:
    return {"appStoreId": "org.wordpress", "location": "blog", "domain": DOMAIN, "projectId": project["id"],
            **change}


def _inline(server, **change: Any) -> dict[str, Any]:
    """A manifest of its own: the catalogue's DokuWiki's, naming a role under roles/."""
    manifest = dict(catalogue.load(server.settings).find("org.dokuwiki").manifest)
    return {**manifest, "id": "org.example.wiki", "role": "app_php_site", **change}


async def _stop(client, headers, task_id: int) -> dict[str, Any]:
    await client.post(f"/api/v1/tasks/{task_id}/stop", headers=headers)
    return await wait_task(client, headers, task_id)


async def _owner_id(client, headers) -> str:
    return (await client.get("/api/v1/user/profile", headers=headers)).json()["id"]


async def test_bad_installs_are_refused_naming_the_field_and_record_nothing(client, server, pve_sim, monkeypatch):
    headers, node, project = await _setup(client, pve_sim, checked=False)
    owner_id = await _owner_id(client, headers)
    domain = await Domain.get(domain=DOMAIN)
    await Route.create(fqdn=f"shop.{DOMAIN}", location="shop", domain=domain, node_id=node["id"],
                       resource_type="service", resource_id=NOTHING)
    await create_user(username="mallory", email="mallory@example.com", password=PASSWORD)
    mallory = await login(client, "mallory")
    monkeypatch.setattr(server.settings, "public_url", None)
    before = await _counts()
    cases = [
        (_install(project, appStoreId="org.nothing"), 422, "appStoreId"),
        (_install(project, manifest=_inline(server)), 422, None),  # both sources
        ({"location": "blog", "domain": DOMAIN}, 422, None),  # neither
        (_install(project, appStoreId=None, manifest=_inline(server, httpPort="eighty")), 422, "manifest.httpPort"),
        (_install(project, appStoreId=None, manifest=_inline(server, addons={"ftp": {}})), 422, "manifest.addons"),
        (_install(project, appStoreId=None, manifest=_inline(server, role=None)), 422, "manifest.role"),
        (_install(project, domain="nowhere.test"), 422, "domain"),
        (_install(project, location="Bad_Name"), 422, "location"),
        (_install(project, location="-blog"), 422, "location"),
        (_install(project, location="shop"), 409, "location"),  # a service's name
        (_install(project, settings={"nope": 1}), 422, "settings.nope"),
        (_install(project, settings={"siteTitle": 5}), 422, "settings.siteTitle"),
        (_install(project, settings={"siteTitle": "two\nlines"}), 422, "settings.siteTitle"),
        (_install(project, memoryLimit=256 * 1024 * 1024), 422, "memoryLimit"),  # WordPress needs 512 MiB
        (_install(project, addonChoices={"mysql": "redis"}), 422, "addonChoices.mysql"),
        (_install(project, accessRestriction={"users": [NOTHING]}), 422, "accessRestriction.users.0"),
        (_install(project, accessRestriction={"groups": [NOTHING]}), 422, "accessRestriction.groups.0"),
        (_install(project, accessRestriction={"users": [owner_id]}), 409, "accessRestriction"),  # no public URL
        (_install(project, appStoreId="net.roundcube"), 409, "addons"),  # sendmail, and no mail set up anywhere
        (_install(project, nodeId=NOTHING), 422, "nodeId"),
        (_install(project, environmentId=NOTHING), 422, "environmentId"),
        (_install(project, extra=1), 422, "extra"),
    ]
    for body, status, field in cases:
        answer = await client.post("/api/v1/apps/install", headers=headers, json=body)
        assert answer.status_code == status, (body, answer.text)
        if field is not None:
            assert _field(answer) == field, (body, answer.json())
        assert await _counts() == before, body
    both = await client.post("/api/v1/apps/install", headers=headers, json=_install(project, manifest=_inline(server)))
    assert "exactly one" in both.text
    no_mail = await client.post("/api/v1/apps/install", headers=headers,
                                json=_install(project, appStoreId="net.roundcube"))
    assert no_mail.json()["code"] == "mail_not_set_up"

    # Another account's project is not seen; a viewer of it may not install in it.
    unseen = await client.post("/api/v1/apps/install", headers=mallory, json=_install(project))
    assert unseen.status_code == 404 and _field(unseen) == "projectId", unseen.text
    added = await client.post(f"/api/v1/projects/{project['id']}/members", headers=headers,
                              json={"userId": await _owner_id(client, mallory), "role": "viewer"})
    assert added.status_code == 201, added.text
    refused = await client.post("/api/v1/apps/install", headers=mallory, json=_install(project))
    assert refused.status_code == 403, refused.text
    assert await _counts() == before


async def test_wordpress_is_installed_changed_and_uninstalled_keeping_its_database(client, server, pve_sim,
                                                                                  monkeypatch):
    headers, node, project = await _setup(client, pve_sim)
    owner_id = await _owner_id(client, headers)
    monkeypatch.setattr(server.settings, "public_url", None)
    answer = await client.post("/api/v1/apps/install", headers=headers, json=_install(
        project, label="Blog", tags=["news"], settings={"siteTitle": "Shop news"}))
    assert answer.status_code == 202, answer.text
    installed = answer.json()
    app_id, app_url = installed["id"], f"/api/v1/apps/{installed['id']}"
    password = installed["adminPassword"]
    assert isinstance(password, str) and len(password) >= 20 and installed["adminUser"] == "admin"
    assert installed["installationState"] == "pending_install" and installed["runState"] == "running"
    assert installed["appStoreId"] == "org.wordpress" and installed["fqdn"] == f"blog.{DOMAIN}"
    assert installed["url"] == f"https://blog.{DOMAIN}" and installed["projectId"] == project["id"]
    assert installed["label"] == "Blog" and installed["tags"] == ["news"] and installed["health"] is None
    assert installed["settings"] == {"siteTitle": "Shop news"} and installed["memoryLimit"] == 512 * 1024 * 1024
    assert installed["iconUrl"] and installed["vmid"] >= 100 and installed["host"].startswith("10.213.0.")
    assert installed["nodeId"] == node["id"] and installed["error"] is None

    # Its MariaDB is a database of the project, owned by the app, made by its own run; the install waits for it.
    [addon] = installed["databases"]
    assert addon["addon"] == "mysql" and addon["status"] == "provisioning"
    database = (await client.get(f"/api/v1/databases/{addon['id']}", headers=headers)).json()
    assert database["owner"] == {"type": "app", "id": app_id} and database["type"] == "mysql"
    assert database["projectId"] == project["id"]
    install = await Task.get(id=installed["taskId"])
    assert install.type == "appInstall" and install.resource_id == app_id and install.state == "queued"
    create = await Task.get(id=database["taskId"])
    assert create.type != "appInstall" and create.id < install.id and create.state in ("queued", "running")
    assert install.extra_vars["app_addons"]["mysql"] == {"host": database["host"], "port": database["port"],
                                                         "database": database["database"], "user": database["user"]}
    assert install.extra_vars["app_settings"] == {"siteTitle": "Shop news"}
    assert install.extra_vars["app_fqdn"] == f"blog.{DOMAIN}" and install.extra_vars["app_dir"] == "wordpress"
    assert password not in str(install.extra_vars)
    app = await App.get(id=app_id)
    assert password not in (app.sealed_secrets or "") and password not in str(app.settings)
    route = await Route.get(resource_type="app", resource_id=app_id)
    assert route.fqdn == f"blog.{DOMAIN}"
    guest = await Guest.get(id=app.guest_id)
    assert guest.resource_type == "app" and guest.vmid == installed["vmid"]

    # The password is never shown again; the list finds the app by its name, label or catalogue id.
    for path in (app_url, "/api/v1/apps", "/api/v1/apps?search=blog", f"/api/v1/apps?projectId={project['id']}"):
        shown = await client.get(path, headers=headers)
        assert shown.status_code == 200, shown.text
        assert password not in shown.text and "adminPassword" not in shown.text
    for search, total in (("blog.example", 1), ("wordpress", 1), ("Blog", 1), ("wiki", 0)):
        listed = (await client.get(f"/api/v1/apps?search={search}", headers=headers)).json()
        assert listed["total"] == total, (search, listed)
    assert (await client.get("/api/v1/apps", headers=headers)).json()["items"][0]["id"] == app_id

    # Someone of another project sees nothing of it.
    await create_user(username="mallory", email="mallory@example.com", password=PASSWORD)
    mallory = await login(client, "mallory")
    await client.post("/api/v1/projects", headers=mallory, json={"name": "own"})
    assert (await client.get("/api/v1/apps", headers=mallory)).json()["total"] == 0
    assert (await client.get(app_url, headers=mallory)).status_code == 404
    assert (await client.post(f"{app_url}/configure", headers=mallory, json={"label": "x"})).status_code == 404
    assert (await client.get(f"/api/v1/apps?projectId={project['id']}", headers=mallory)).status_code == 404

    # The name is the app's now; nothing can power or repair an app on its way in.
    before = await _counts()
    twin = await client.post("/api/v1/apps/install", headers=headers, json=_install(project))
    assert twin.status_code == 409 and twin.json()["code"] == "taken" and _field(twin) == "location", twin.text
    for action in ("start", "stop", "restart", "repair"):
        refused = await client.post(f"{app_url}/{action}", headers=headers)
        assert refused.status_code == 409 and refused.json()["code"] == "app_pending_install", (action, refused.text)
    assert (await client.post(f"{app_url}/configure", headers=headers, json={"label": "x"})).status_code == 409
    assert await _counts() == before

    # Stopped, the install ends in error; its database's create too.
    assert (await _stop(client, headers, install.id))["state"] == "stopped"
    await _stop(client, headers, create.id)
    failed = (await client.get(app_url, headers=headers)).json()
    assert failed["installationState"] == "error" and failed["error"]["taskId"] == install.id, failed
    for action in ("start", "stop", "restart"):
        refused = await client.post(f"{app_url}/{action}", headers=headers)
        assert refused.status_code == 409 and refused.json()["code"] == "app_error", (action, refused.text)
    owned = await client.delete(f"/api/v1/databases/{addon['id']}", headers=headers)
    assert owned.status_code == 409 and owned.json()["code"] == "owned", owned.text
    assert owned.json()["details"] == {"appId": app_id}

    # Label and tags need no run; a setting runs the install again; an access restriction applies the edge.
    tasks = await Task.all().count()
    relabelled = await client.post(f"{app_url}/configure", headers=headers, json={"label": "News", "tags": ["a", "b"]})
    assert relabelled.status_code == 200 and relabelled.json()["taskId"] is None, relabelled.text
    assert relabelled.json()["label"] == "News" and relabelled.json()["tags"] == ["a", "b"]
    assert await Task.all().count() == tasks
    same = await client.post(f"{app_url}/configure", headers=headers, json={"settings": {"siteTitle": "Shop news"}})
    assert same.status_code == 200 and same.json()["taskId"] is None
    bad = await client.post(f"{app_url}/configure", headers=headers, json={"settings": {"siteTitle": 1}})
    assert bad.status_code == 422 and _field(bad) == "settings.siteTitle"
    changed = await client.post(f"{app_url}/configure", headers=headers, json={"settings": {"siteTitle": "Other"}})
    assert changed.status_code == 202, changed.text
    rerun = await Task.get(id=changed.json()["taskId"])
    assert rerun.type == "appInstall" and rerun.extra_vars["app_settings"] == {"siteTitle": "Other"}
    assert changed.json()["installationState"] == "pending_configure" and changed.json()["settings"] == {
        "siteTitle": "Other"}
    await _stop(client, headers, rerun.id)
    restricted = {"accessRestriction": {"users": [owner_id]}}
    no_url = await client.post(f"{app_url}/configure", headers=headers, json=restricted)
    assert no_url.status_code == 409 and no_url.json()["code"] == "no_public_url", no_url.text
    monkeypatch.setattr(server.settings, "public_url", PUBLIC_URL)
    limited = await client.post(f"{app_url}/configure", headers=headers, json=restricted)
    assert limited.status_code == 202, limited.text
    assert limited.json()["accessRestriction"] == {"users": [owner_id], "groups": []}
    edge = await Task.get(id=limited.json()["taskId"])
    assert edge.type == "edgeApply"
    await _stop(client, headers, edge.id)

    # Uninstalled keeping its database: the database stays, owned by nobody; the app's records go with its run.
    gone = await client.post(f"{app_url}/uninstall", headers=headers, json={"keepDatabases": True})
    assert gone.status_code == 202, gone.text
    kept = (await client.get(f"/api/v1/databases/{addon['id']}", headers=headers)).json()
    assert kept["owner"] is None
    done = await wait_task(client, headers, gone.json()["taskId"])
    assert done["success"], done
    assert (await client.get(app_url, headers=headers)).status_code == 404
    assert not await App.exists(id=app_id) and not await Route.exists(resource_type="app", resource_id=app_id)
    assert not await Guest.exists(id=guest.id) and not await IpLease.exists(guest_id=guest.id)
    assert await Database.exists(id=addon["id"])
    for task in await Task.filter(type="edgeApply", state__in=["queued", "running"]):  # the edge drops the name
        await _stop(client, headers, task.id)


async def _restricted_app(node_id: str, location: str, *, users: list[str], groups: list[str]) -> App:
    """An installed app that only these users and groups' members get into (its runs play no part here)."""
    manifest = {"id": "org.example", "version": "1.0.0"}
    return await App.create(
        id=uuid4(), app_store_id=manifest["id"], manifest=manifest, node_id=node_id, location=location,
        domain=await Domain.get(domain=DOMAIN), fqdn=f"{location}.{DOMAIN}",
        installation_state=InstallationState.INSTALLED, access_restriction={"users": users, "groups": groups},
        memory_mb=512, label=location.title())


def _session(answer) -> str:
    cookie = answer.headers["set-cookie"]
    assert cookie.startswith(f"{access.COOKIE}=") and "HttpOnly" in cookie and "Secure" in cookie, cookie
    assert "samesite=lax" in cookie.lower() and "Path=/" in cookie
    return cookie.split(";")[0].split("=", 1)[1]


async def test_a_restricted_app_lets_in_its_listed_users_and_groups_members_only(client, server, pve_sim):
    headers, node, _ = await _setup(client, pve_sim, checked=False)
    alice = await create_user(username="alice", email="alice@example.com", password=PASSWORD)
    bob = await create_user(username="bob", email="bob@example.com", password=PASSWORD)
    await create_user(username="carol", email="carol@example.com", password=PASSWORD)
    group = (await client.post("/api/v1/groups", headers=headers, json={"name": "editors"})).json()
    members = await client.put(f"/api/v1/groups/{group['id']}/members", headers=headers,
                               json={"userIds": [str(bob.id)]})
    assert members.status_code == 200, members.text
    wiki = await _restricted_app(node["id"], "wiki", users=[str(alice.id)], groups=[group["id"]])
    other = await _restricted_app(node["id"], "other", users=[str(alice.id)], groups=[])
    base = f"/api/v1/apps/{wiki.id}/access"

    # No cookie, or one that is not ours: out. The sign-in page is served to anyone, no token needed.
    assert (await client.get(f"{base}/check")).status_code == 401
    assert (await client.get(f"{base}/check", headers={"Cookie": f"{access.COOKIE}=a.b.c.d"})).status_code == 401
    page = await client.get(f"{base}/login", params={"rd": "/wp-admin/?x=1"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Sign in to Wiki" in page.text and 'value="/wp-admin/?x=1"' in page.text
    assert page.headers["cache-control"] == "no-store"
    assert 'value="/"' in (await client.get(f"{base}/login", params={"rd": "https://evil.example/"})).text
    public = await App.create(id=uuid4(), app_store_id="org.example", manifest={}, node_id=node["id"],
                              location="open", domain=await Domain.get(domain=DOMAIN), fqdn=f"open.{DOMAIN}",
                              memory_mb=512)
    assert (await client.get(f"/api/v1/apps/{public.id}/access/login")).status_code == 404
    assert (await client.get(f"/api/v1/apps/{NOTHING}/access/check")).status_code == 404

    async def sign_in(username: str, password: str = PASSWORD, rd: str = "/wp-admin/"):
        return await client.post(f"{base}/login", data={"username": username, "password": password, "rd": rd})

    wrong = await sign_in("alice", "not-the-password")
    assert wrong.status_code == 401 and "Sign in to Wiki" in wrong.text and "set-cookie" not in wrong.headers
    unlisted = await sign_in("carol")
    assert unlisted.status_code == 403 and "carol may not use this app" in unlisted.text
    assert "set-cookie" not in unlisted.headers

    listed = await sign_in("alice")
    assert listed.status_code == 303 and listed.headers["location"] == "/wp-admin/", listed.text
    alice_cookie = {"Cookie": f"{access.COOKIE}={_session(listed)}"}
    assert (await client.get(f"{base}/check", headers=alice_cookie)).status_code == 204
    member = await sign_in("bob", rd="//evil.example/")
    assert member.status_code == 303 and member.headers["location"] == "/"
    bob_cookie = {"Cookie": f"{access.COOKIE}={_session(member)}"}
    assert (await client.get(f"{base}/check", headers=bob_cookie)).status_code == 204

    # A sign-in is one app's: alice is listed on the other app too, yet this cookie does not open it.
    assert (await client.get(f"/api/v1/apps/{other.id}/access/check", headers=alice_cookie)).status_code == 401
    # Out of the group, or deactivated: out at once.
    await client.put(f"/api/v1/groups/{group['id']}/members", headers=headers, json={"userIds": []})
    assert (await client.get(f"{base}/check", headers=bob_cookie)).status_code == 401
    await User.filter(id=alice.id).update(active=False)
    assert (await client.get(f"{base}/check", headers=alice_cookie)).status_code == 401

    signed_out = await client.get(f"{base}/logout")
    assert signed_out.status_code == 303 and f'{access.COOKIE}=""' in signed_out.headers["set-cookie"]
