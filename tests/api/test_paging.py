"""Paging bounds: a page past any real list is refused by name, never an overflowing query."""

from __future__ import annotations

import pytest

from tests.factories import owner_headers

pytestmark = pytest.mark.one_database


@pytest.mark.parametrize("path", ["/api/v1/projects", "/api/v1/backups", "/api/v1/tasks", "/api/v1/audit-log"])
async def test_a_huge_page_is_422_naming_page(client, path):
    headers = await owner_headers(client)
    answer = await client.get(path, headers=headers, params={"page": 159377956294779328, "per_page": 91})
    assert answer.status_code == 422, answer.text
    assert answer.json()["details"][0]["field"] == "page"
    last = await client.get(path, headers=headers, params={"page": 10_000_000, "per_page": 100})
    assert last.status_code == 200, last.text
