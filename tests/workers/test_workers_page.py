"""The workers page (/workers, administrators): a table of the workers with their host, queues, running tasks
(linked) and last heartbeat, the dead ones marked; the embedded mode said when there are none; "Not allowed" for
anyone else; in Chromium, no serious accessibility problem and nothing wider than a phone."""

from __future__ import annotations

import pytest

from service.core.settings_store import set_setting
from tests.factories import owner_headers, register
from tests.web.browser import PHONE, accessibility_problems, new_page, script_errors, sign_in
from tests.web.pages import page, set_up_owner
from tests.web.pages import sign_in as sign_in_form
from tests.workers.conftest import running_task, worker_row

pytestmark = pytest.mark.one_database


async def test_admins_see_the_workers_with_the_dead_ones_marked(browser_client, settings):
    await set_up_owner(browser_client)
    empty = await page(browser_client, "/workers")
    assert "embedded mode" in empty and "<table" not in empty

    alive = await worker_row("w-alive", host="build-1.example.test", silent=1, queues=["builds"])
    await worker_row("w-dead", host="build-2.example.test", silent=settings.worker_dead_after + 10)
    task = await running_task(alive.id)

    html = await page(browser_client, "/workers")
    rows = html[html.index("<tbody>"):]
    assert rows.index("w-alive") < rows.index("w-dead")
    assert "build-1.example.test" in rows and "<code>builds</code>" in rows and "every queue" in rows
    assert f'<a href="/tasks/{task.id}">#{task.id}</a>' in rows and "1 of 2" in rows
    dead_row = rows[rows.index('<tr class="dead">'):]
    assert dead_row.index("w-dead") < dead_row.index("</tr>")
    assert '<span class="badge badge-bad">dead</span>' in dead_row
    assert '<span class="badge badge-ok">alive</span>' in rows


async def test_anyone_else_is_not_allowed(browser_client, client):
    await owner_headers(client)
    await worker_row("w-secret", silent=1)
    await set_setting("registration", "open")
    await register(client, "member")
    await sign_in_form(browser_client, "member")
    refused = await browser_client.get("/workers")
    assert refused.status_code == 403 and "Not allowed" in refused.text and "w-secret" not in refused.text


async def test_the_page_is_accessible_and_fits_a_phone(browser, server, client, settings):
    await owner_headers(client)
    alive = await worker_row("w-alive", host="build-1.example.test", silent=1, queues=["default", "builds"])
    await worker_row("w-dead", host="a-rather-long-host-name.build.example.test", silent=settings.worker_dead_after + 9)
    await worker_row("w-stopped", silent=settings.worker_dead_after + 60, stopped_after=0.1)
    await running_task(alive.id)
    for scheme in ("light", "dark"):
        tab = await new_page(browser, server.url, color_scheme=scheme)
        await sign_in(tab, "owner")
        response = await tab.goto("/workers")
        assert response is not None and response.status == 200
        assert await accessibility_problems(tab) == [], scheme
        assert script_errors(tab) == []
        await tab.context.close()
    phone = await new_page(browser, server.url, viewport=PHONE)
    await sign_in(phone, "owner")
    await phone.goto("/workers")
    assert await phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    await phone.context.close()
