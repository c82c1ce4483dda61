"""Every main page in a real browser, light and dark: axe-core finds no serious or critical accessibility
problem, no script fails, and nothing is wider than a 360 px phone. With CONTAINR_SCREENSHOTS set (`make
screenshots`), the pictures of the main pages at desktop and phone width, light and dark, are written there."""

from __future__ import annotations

from typing import Any

import pytest

from tests.factories import online_node, owner_headers, run_playbook, wait_task
from tests.web.browser import (
    DESKTOP,
    PHONE,
    accessibility_problems,
    new_page,
    screenshots_dir,
    script_errors,
    sign_in,
)

pytestmark = pytest.mark.one_database

# (picture name or None, path): the pages a user works with, with ids filled in from the world below; the
# named ones are pictured (README shows them).
PAGES = [
    ("dashboard", "/"),
    (None, "/projects"),
    ("project", "/projects/{project}"),
    (None, "/projects/new"),
    (None, "/projects/{project}/environments/{environment}"),
    (None, "/nodes"),
    ("node", "/nodes/{node}"),
    (None, "/nodes/new"),
    (None, "/databases"),
    ("database", "/databases/{database}"),
    ("new-database", "/databases/new"),
    (None, "/services"),
    (None, "/services/new"),
    (None, "/git/providers"),
    (None, "/tasks"),
    ("task", "/tasks/{task}"),
    (None, "/teams"),
    (None, "/teams/{team}"),
    (None, "/backups"),
    (None, "/settings"),
    (None, "/audit"),
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
    return {"project": project["id"], "environment": environment["id"], "node": node["id"],
            "database": database["id"], "task": task, "team": project["teamId"]}


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
