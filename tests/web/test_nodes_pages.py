"""The nodes pages against a Proxmox VE simulator: registering from the form and following the check live, a
refused form, a container's power buttons, what a plain member is shown, editing and deleting."""

from __future__ import annotations

import asyncio
import re

import pytest

from service.auth.models import User
from service.domains.accounts.registration import create_user
from service.domains.nodes import guests
from service.domains.nodes.models import Node
from tests.factories import PASSWORD, TEMPLATE, login, node_body, online_node, personal_team, wait_task
from tests.web.pages import page, set_up_owner, sign_in, submit

pytestmark = pytest.mark.one_database


def _form(sim_url: str, creds, team_id: str, **change: str) -> dict[str, str]:
    """The registration form as a person fills it in for the simulator (its certificate is self-signed, so
    "verify" stays off: an unchecked box sends nothing)."""
    return {"teamId": team_id, "name": "pve1", "description": "The lab", "apiUrl": sim_url,
            "tokenId": f"{creds.user}!{creds.token_id}", "tokenSecret": creds.token_secret,
            "defaults.node": "pve", "defaults.template": TEMPLATE, "defaults.network.mode": "static",
            "defaults.network.cidr": "10.213.0.0/24", "defaults.network.gateway": "10.213.0.1",
            "defaults.network.rangeStart": "10.213.0.10", "defaults.network.rangeEnd": "10.213.0.60", **change}


async def _status_until(client, node_id: str, wanted: str, *, bound: float = 60) -> str:
    """The status fragment, polled as the page does, until the node is `wanted`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + bound
    while True:
        html = await page(client, f"/nodes/{node_id}/status")
        status = re.search(r'data-status="([a-z]+)"', html).group(1)
        if status == wanted:
            return html
        assert loop.time() < deadline, f"node {node_id} still {status} after {bound} s, not {wanted}:\n{html}"
        await asyncio.sleep(0.25)


@pytest.mark.ansible
async def test_a_node_registered_from_the_form_comes_online_on_its_page(browser_client, client, pve_sim):
    await set_up_owner(browser_client)
    sim, creds = pve_sim
    team = await personal_team(client, await login(client))
    form = await page(browser_client, "/nodes/new")
    assert f'<option value="{team}"' in form and 'type="password"' in form

    response = await submit(browser_client, "/nodes/new", "/nodes", _form(sim.url, creds, team))
    node_id = response.headers["location"].removeprefix("/nodes/")
    node_page = await page(browser_client, response.headers["location"])
    assert "Node pve1 registered: its check runs now (task #" in node_page
    if 'data-status="checking"' in node_page:  # the page follows the check while it runs
        assert f'hx-get="/nodes/{node_id}/status" hx-trigger="every 1s" hx-swap="outerHTML"' in node_page

    settled = await _status_until(browser_client, node_id, "online")
    assert "hx-trigger" not in settled  # settled: the polling stops
    assert re.search(r'task #\d+</a> <span class="badge badge-ok">success</span>', settled)
    assert 'action="/nodes/' + node_id + '/check"' in settled  # and "Check now" is offered again
    listing = await page(browser_client, "/nodes")
    assert f'href="/nodes/{node_id}">pve1</a>' in listing and "badge-ok\">online" in listing
    for path in ("/nodes", f"/nodes/{node_id}", f"/nodes/{node_id}/edit"):
        assert creds.token_secret not in await page(browser_client, path)


async def test_a_refused_registration_names_its_fields_and_records_nothing(browser_client, client, pve_sim):
    await set_up_owner(browser_client)
    sim, creds = pve_sim
    team = await personal_team(client, await login(client))
    refused = await submit(browser_client, "/nodes/new", "/nodes",
                           _form(sim.url, creds, team, apiUrl="http://pve.example.com:8006", tokenId="root@pam"),
                           status=422)
    assert re.search(r'id="e-apiUrl" class="field-error">[^<]*https://', refused.text)
    assert 'id="e-tokenId" class="field-error">' in refused.text
    assert 'value="http://pve.example.com:8006"' in refused.text  # what was typed stays...
    assert creds.token_secret not in refused.text  # ...but never the secret
    assert await Node.all().count() == 0


@pytest.mark.ansible
async def test_a_container_of_containrs_stops_starts_and_is_destroyed_from_the_node_page(browser_client, client, server,
                                                                           pve_sim):
    await set_up_owner(browser_client)
    headers = await login(client)
    node = await online_node(client, headers, pve_sim)
    _, task = await guests.create_guest(server.engine, server.settings, server.app.state.nodes_box,
                                        await Node.get(id=node["id"]), hostname="pg-main",
                                        resource_type="database", resource_id="db-1",
                                        user=await User.get(username="owner"))
    assert (await wait_task(client, headers, task.id))["success"]
    url = f"/nodes/{node['id']}"

    html = await page(browser_client, url)
    assert re.search(r"<td>pg-main <small[^>]*>lxc</small></td>", html)
    assert f'action="{url}/containers/pg-main/stop"' in html and "Start pg-main" not in html
    stopped = await submit(browser_client, url, f"{url}/containers/pg-main/stop")
    assert stopped.headers["location"] == url
    html = await page(browser_client, url)
    task_id = int(re.search(r"Stopping pg-main: task #(\d+)\.", html).group(1))
    assert (await wait_task(client, headers, task_id))["success"]

    html = await page(browser_client, url)
    assert 'badge-idle">stopped' in html and f'href="/tasks/{task_id}">task #{task_id}</a>' in html
    assert f'action="{url}/containers/pg-main/start"' in html and "Stop pg-main" not in html
    await submit(browser_client, url, f"{url}/containers/pg-main/start")
    task_id = int(re.search(r"Starting pg-main: task #(\d+)\.", await page(browser_client, url)).group(1))
    assert (await wait_task(client, headers, task_id))["success"]
    html = await page(browser_client, url)
    assert 'badge-ok">running' in html and f'href="{url}/containers/pg-main/destroy"' in html

    confirm = await page(browser_client, f"{url}/containers/pg-main/destroy")
    assert "Destroy the container pg-main?" in confirm and "10.213.0.10" in confirm
    await submit(browser_client, f"{url}/containers/pg-main/destroy", f"{url}/containers/pg-main/destroy")
    task_id = int(re.search(r"Destroying pg-main: task #(\d+)\.", await page(browser_client, url)).group(1))
    assert (await wait_task(client, headers, task_id))["success"]
    assert "pg-main" not in (await page(browser_client, url)).split('id="h-containers"')[1].split("</section>")[0]


@pytest.mark.ansible
async def test_a_plain_member_sees_the_node_but_no_forms_to_change_it(browser_client, client, pve_sim):
    await set_up_owner(browser_client)
    owner = await login(client)
    sim, creds = pve_sim
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Lab"})).json()
    created = (await client.post("/api/v1/nodes", headers=owner, json=node_body(sim.url, creds, team["id"]))).json()
    assert (await wait_task(client, owner, created["taskId"]))["success"]
    await create_user(username="bob", email="bob@example.com", password=PASSWORD)
    await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner, json={"email": "bob@example.com"})
    assert (await client.post(f"/api/v1/users/me/invitations/{team['id']}",
                              headers=await login(client, "bob"))).status_code == 200
    await submit(browser_client, "/", "/signout")
    await sign_in(browser_client, "bob")

    url = f"/nodes/{created['id']}"
    listing = await page(browser_client, "/nodes")
    assert f'href="{url}">pve1</a>' in listing
    html = await page(browser_client, url)
    assert "badge-ok\">online" in html
    assert re.findall(r'<form method="post" action="([^"]+)"', html) == ["/signout"]
    assert f'href="{url}/edit"' not in html and f'href="{url}/delete"' not in html
    # Bob registers nodes in his personal team only.
    form = await page(browser_client, "/nodes/new")
    teams = re.search(r'<select id="f-teamId".*?</select>', form, re.S).group(0)
    assert re.findall(r'<option value="[^"]+"[^>]*>([^<]+)</option>', teams) == ["bob&#39;s team"]
    # The API still refuses underneath: a forged check says why and starts nothing.
    refused = await submit(browser_client, url, f"{url}/check")
    assert "owner or admin" in (await page(browser_client, refused.headers["location"])).lower()


@pytest.mark.ansible
async def test_a_node_renamed_then_deleted_through_its_confirmation_page(browser_client, client, pve_sim):
    await set_up_owner(browser_client)
    headers = await login(client)
    node = await online_node(client, headers, pve_sim)
    url = f"/nodes/{node['id']}"
    edit = await page(browser_client, f"{url}/edit")
    assert 'value="10.213.0.10"' in edit and 'id="f-tokenSecret" name="tokenSecret" type="password"' in edit
    values = dict(re.findall(r'name="([\w.]+)" type="(?:text|url|number)" value="([^"]*)"', edit))
    values.update({"defaults.network.mode": "static", "name": "lab-node"})
    saved = await submit(browser_client, f"{url}/edit", f"{url}/edit", values)
    assert saved.headers["location"] == url
    html = await page(browser_client, url)
    assert "Node lab-node saved." in html and "checked again" not in html  # the same connection: no new check

    confirm = await page(browser_client, f"{url}/delete")
    assert "Delete the node lab-node?" in confirm
    deleted = await submit(browser_client, f"{url}/delete", f"{url}/delete")
    assert deleted.headers["location"] == "/nodes"
    assert "Node deleted." in await page(browser_client, "/nodes")
    assert (await client.get(f"/api/v1{url}", headers=headers)).status_code == 404
    await page(browser_client, url, status=404)
