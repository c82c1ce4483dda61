"""No page asks the database once per row: the busiest list pages make as many queries with 200 records as with
a handful. Queries are counted for one request at a time, in the request's own context (the app is called in
this task through ASGI, as the pages call the API), so the engine's and the scheduler's queries never count."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from typing import Any

import httpx
import pytest
from tortoise.backends.sqlite.client import SqliteClient

from service.domains.databases.models import Database, DatabaseStatus, DatabaseType
from service.domains.nodes.models import Node, NodeStatus
from service.tasks.models import Task, TaskState
from tests.factories import login, personal_team
from tests.web.pages import set_up_owner

pytestmark = pytest.mark.one_database

COUNTED: ContextVar[list[str] | None] = ContextVar("counted_queries", default=None)
PAGES = ("/", "/projects", "/databases", "/nodes", "/tasks", "/audit", "/teams")
MANY = 200


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("execute_query", "execute_query_dict", "execute_insert", "execute_many", "execute_script"):
        original = getattr(SqliteClient, name)

        async def counted(self: Any, query: str, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            if (queries := COUNTED.get()) is not None:
                queries.append(query)
            return await _original(self, query, *args, **kwargs)

        monkeypatch.setattr(SqliteClient, name, counted)
    yield


@pytest.fixture
async def in_process(server) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=server.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
        yield client


async def _queries(client: httpx.AsyncClient, path: str) -> int:
    seen: list[str] = []
    token = COUNTED.set(seen)
    try:
        response = await client.get(path)
    finally:
        COUNTED.reset(token)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return len(seen)


async def _add(server, client: httpx.AsyncClient, headers: dict[str, str], count: int, start: int) -> None:
    """`count` more of each: projects (through the API, which also audits them), nodes, databases and tasks."""
    team_id = await personal_team(client, headers)
    owner = (await client.get("/api/v1/users/me", headers=headers)).json()["id"]
    for number in range(start, start + count):
        made = await client.post("/api/v1/projects", headers=headers, json={"name": f"project-{number}"})
        assert made.status_code == 201, made.text
        project = made.json()
        environments = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=headers)).json()
        environment = environments[0] if isinstance(environments, list) else environments["items"][0]
        node = await Node.create(team_id=team_id, name=f"pve-{number}", api_url="https://192.0.2.1:8006",
                                 token_id="root@pam!containr", verify_tls=False, status=NodeStatus.ONLINE,
                                 sealed_token_secret=server.app.state.nodes_box.seal("a-secret"))
        task = await Task.create(type="databaseCreate", playbook="database_create.yml", state=TaskState.FAILED,
                                 percent=40, message="Failed", timeout=600, created_by_id=owner,
                                 resource_type="database")
        database = await Database.create(
            project_id=project["id"], environment_id=environment["id"], name=f"db-{number}",
            type=DatabaseType.POSTGRESQL, node_id=node.id, db_name="app", db_user="app_user", task_id=task.id,
            sealed_password=server.app.state.databases_box.seal("a-password"), status=DatabaseStatus.FAILED,
            created_by_id=owner)
        await Task.filter(id=task.id).update(resource_id=str(database.id))


async def test_the_list_pages_make_no_query_per_record(server, in_process, counting):
    await set_up_owner(in_process)
    headers = await login(in_process, "owner")
    await _add(server, in_process, headers, 3, 0)
    few = {path: await _queries(in_process, path) for path in PAGES}
    await _add(server, in_process, headers, MANY - 3, 3)
    many = {path: await _queries(in_process, path) for path in PAGES}
    assert many == few, {path: (few[path], many[path]) for path in PAGES if many[path] != few[path]}
