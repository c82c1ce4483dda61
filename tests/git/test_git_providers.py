"""Git providers against a real local server that answers as GitHub, GitLab, Bitbucket and Gitea do: the token
checked with one call, its repositories paged as each provider pages them, team access, and the token kept out
of every answer, audit record, file and log line."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from service.core.models import AuditRecord
from service.core.settings_store import set_setting
from service.domains.git import tokens
from service.domains.git.models import GitProvider
from service.domains.nodes.models import Node
from service.domains.services.models import Service, ServiceType
from tests.factories import login, owner_headers, register
from tests.git.fake_providers import ACCOUNTS, KINDS, TOKEN, FakeProviders

URL = "/api/v1/git/providers"
# The user name each provider takes beside the token in an HTTPS clone.
CLONE_USERS = {"github": "x-access-token", "gitlab": "oauth2", "bitbucket": "x-token-auth", "gitea": "tea-user"}
# The header each provider's documentation says the token goes in.
AUTH = {"github": ("authorization", f"Bearer {TOKEN}"), "gitlab": ("private-token", TOKEN),
        "bitbucket": ("authorization", f"Bearer {TOKEN}"), "gitea": ("authorization", f"token {TOKEN}")}


@pytest.fixture
def fake() -> Iterator[FakeProviders]:
    with FakeProviders() as server:
        yield server


def _body(fake: FakeProviders, kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "name": f"my-{kind}", "accessToken": TOKEN, "url": fake.url(kind), **extra}


async def _repos(client: httpx.AsyncClient, headers: dict[str, str], provider_id: str,
                 **params: Any) -> dict[str, Any]:
    response = await client.get(f"{URL}/{provider_id}/repositories", headers=headers, params=params)
    assert response.status_code == 200, response.text
    assert TOKEN not in response.text
    return response.json()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.one_database
async def test_a_provider_of_each_type_is_checked_and_lists_its_repositories(client, server, fake, kind):
    owner = await owner_headers(client)
    created = await client.post(URL, headers=owner, json=_body(fake, kind))
    assert created.status_code == 201, created.text
    provider = created.json()
    assert TOKEN not in created.text and "accessToken" not in provider and "sealedToken" not in provider
    assert (provider["type"], provider["name"], provider["account"], provider["url"]) == (
        kind, f"my-{kind}", ACCOUNTS[kind], fake.url(kind))
    # One call to the documented "current user" endpoint, the token in the documented header.
    assert [(s.kind, s.path) for s in fake.seen] == [
        (kind, {"gitlab": "/api/v4/user", "gitea": "/api/v1/user"}.get(kind, "/user"))]
    header, value = AUTH[kind]
    assert {k.lower(): v for k, v in fake.seen[0].headers.items()}[header] == value

    first = await _repos(client, owner, provider["id"], per_page=2, page=1)
    second = await _repos(client, owner, provider["id"], per_page=2, page=2)
    assert [r["name"] for r in first["items"]] == ["shop-api", "shop-web"]
    assert [r["name"] for r in second["items"]] == ["blog"]
    assert (first["page"], first["perPage"], first["hasMore"], second["hasMore"]) == (1, 2, True, False)
    # GitHub tells no total (only a next page): known once the last page is read.
    assert (first["total"], second["total"]) == ((None, 3) if kind == "github" else (3, 3))
    shop_api = first["items"][0]
    assert shop_api["fullName"] == f"{ACCOUNTS[kind]}/shop-api" and shop_api["private"] is True
    assert shop_api["defaultBranch"] == "main" and shop_api["description"] == "The shop's API"
    assert shop_api["cloneUrl"].endswith(f"/{ACCOUNTS[kind]}/shop-api.git") and "@" not in shop_api["cloneUrl"]
    assert shop_api["webUrl"].endswith(f"/{ACCOUNTS[kind]}/shop-api")
    assert shop_api["updatedAt"].startswith("2026-11-20T10:00:00") and shop_api["id"]
    assert first["items"][1]["description"] is None and first["items"][1]["private"] is False

    found = [await _repos(client, owner, provider["id"], search="SHOP", per_page=1, page=page) for page in (1, 2)]
    assert [[r["name"] for r in f["items"]] for f in found] == [["shop-api"], ["shop-web"]]
    assert [(f["total"], f["hasMore"]) for f in found] == [(2, True), (2, False)]

    credentials = await tokens.clone_credentials(server.settings, provider["id"])
    assert credentials == (CLONE_USERS[kind], TOKEN) and TOKEN not in repr(credentials)


@pytest.mark.one_database
async def test_a_refused_or_unreachable_provider_records_nothing(client, fake):
    owner = await owner_headers(client)
    refused = await client.post(URL, headers=owner, json=_body(fake, "gitlab", accessToken="glpat-wrong"))
    assert refused.status_code == 422, refused.text
    assert refused.json()["code"] == "invalid" and refused.json()["details"] == {"field": "accessToken"}
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    unreachable = await client.post(URL, headers=owner, json=_body(fake, "gitea", url=closed))
    assert unreachable.status_code == 422 and unreachable.json()["details"] == {"field": "url"}, unreachable.text
    no_api = await client.post(URL, headers=owner, json=_body(fake, "github", url=fake.url("nothing")))
    assert no_api.status_code == 422 and "404" in no_api.json()["error"], no_api.text
    no_url = await client.post(URL, headers=owner, json={"type": "gitea", "name": "g", "accessToken": TOKEN})
    assert no_url.status_code == 422 and no_url.json()["details"] == {"field": "url"}, no_url.text
    bad_url = await client.post(URL, headers=owner, json=_body(fake, "gitea", url="ftp://example.org"))
    assert bad_url.status_code == 422 and bad_url.json()["details"][0]["field"] == "url"
    assert await GitProvider.all().count() == 0
    listed = (await client.get(URL, headers=owner)).json()
    assert (listed["items"], listed["total"], listed["page"], listed["perPage"]) == ([], 0, 1, 20)


@pytest.mark.one_database
async def test_a_name_is_taken_once_per_team_and_defaults_to_the_type(client, fake):
    owner = await owner_headers(client)
    assert (await client.post(URL, headers=owner, json=_body(fake, "github"))).status_code == 201
    again = await client.post(URL, headers=owner, json=_body(fake, "gitea", name="my-github"))
    assert again.status_code == 409 and again.json()["code"] == "taken"
    assert again.json()["details"] == {"field": "name"}
    unnamed = await client.post(URL, headers=owner, json=_body(fake, "gitea", name=None))
    assert unnamed.status_code == 201 and unnamed.json()["name"] == "gitea"


async def test_members_see_and_list_managers_add_and_delete_outsiders_see_nothing(client, server, fake):
    owner = await owner_headers(client)
    await set_setting("registration", "open")
    for name in ("mia", "ada", "olaf"):
        await register(client, name)
    mia, ada, olaf = [await login(client, name) for name in ("mia", "ada", "olaf")]
    team = (await client.post("/api/v1/teams", headers=owner, json={"name": "Shop", "slug": "shop"})).json()
    for name, role, headers in (("mia", "user", mia), ("ada", "admin", ada)):
        invited = await client.post(f"/api/v1/teams/{team['id']}/users", headers=owner,
                                    json={"email": f"{name}@example.com", "role": role})
        assert invited.status_code == 201, invited.text
        assert (await client.post(f"/api/v1/users/me/invitations/{team['id']}", headers=headers)).status_code == 200
    body = _body(fake, "github", teamId=team["id"])
    assert (await client.post(URL, headers=mia, json=body)).status_code == 403
    assert (await client.post(URL, headers=olaf, json=body)).status_code == 422
    created = await client.post(URL, headers=ada, json=body)
    assert created.status_code == 201 and created.json()["teamId"] == team["id"], created.text
    provider_id = created.json()["id"]
    # Olaf's own provider goes to his personal team, which no one else sees.
    olafs = await client.post(URL, headers=olaf, json=_body(fake, "gitea"))
    assert olafs.status_code == 201 and olafs.json()["teamId"] != team["id"]

    listed = (await client.get(URL, headers=mia)).json()
    assert [p["id"] for p in listed["items"]] == [provider_id] and listed["total"] == 1
    assert (await client.get(f"{URL}/{provider_id}", headers=mia)).json()["account"] == "octocat"
    assert len((await _repos(client, mia, provider_id))["items"]) == 3
    assert (await client.get(URL, headers=mia, params={"teamId": team["id"], "search": "zzz"})).json()["total"] == 0
    for method, path in (("GET", f"{URL}/{provider_id}"), ("GET", f"{URL}/{provider_id}/repositories"),
                         ("DELETE", f"{URL}/{provider_id}")):
        assert (await client.request(method, path, headers=olaf)).status_code == 404
    assert (await client.delete(f"{URL}/{provider_id}", headers=mia)).status_code == 403
    assert (await client.delete(f"{URL}/{provider_id}", headers=ada)).status_code == 204
    assert (await client.get(f"{URL}/{provider_id}", headers=ada)).status_code == 404
    assert await tokens.clone_credentials(server.settings, provider_id) is None


@pytest.mark.one_database
async def test_a_provider_failing_later_is_a_bad_gateway_without_the_token(client, server, fake):
    owner = await owner_headers(client)
    provider = (await client.post(URL, headers=owner, json=_body(fake, "bitbucket"))).json()
    await GitProvider.filter(id=provider["id"]).update(sealed_token=tokens.seal_token(server.settings, "revoked"))
    refused = await client.get(f"{URL}/{provider['id']}/repositories", headers=owner)
    assert refused.status_code == 502 and refused.json()["details"] == {"providerStatus": 401}, refused.text
    await GitProvider.filter(id=provider["id"]).update(url=fake.url("nothing"))
    gone = await client.get(f"{URL}/{provider['id']}/repositories", headers=owner)
    assert gone.status_code == 502 and "404" in gone.json()["error"] and "revoked" not in gone.text


@pytest.mark.one_database
async def test_the_token_is_in_no_answer_audit_record_file_or_log(client, server, fake, caplog):
    caplog.set_level(logging.DEBUG)
    owner = await owner_headers(client)
    answers = []
    for kind in KINDS:
        created = await client.post(URL, headers=owner, json=_body(fake, kind))
        assert created.status_code == 201, created.text
        answers += [created, await client.get(f"{URL}/{created.json()['id']}", headers=owner),
                    await client.get(f"{URL}/{created.json()['id']}/repositories", headers=owner)]
    answers.append(await client.get(URL, headers=owner))
    refused = await client.post(URL, headers=owner, json=_body(fake, "github", name="x", accessToken=TOKEN + "x"))
    answers += [refused, await client.delete(f"{URL}/{answers[0].json()['id']}", headers=owner)]
    assert not [a.request.url for a in answers if TOKEN in a.text]
    records = await AuditRecord.filter(action__startswith="git").values()
    assert [(r["action"], r["status"], r["target_kind"]) for r in records] == [
        *[("git.providers", 201, "git_provider")] * 4, ("git.providers", 422, None),
        ("git.providers.delete", 204, "git_provider")]
    assert records[0]["target_name"] == "my-github" and TOKEN not in str(records)
    data_dir = Path(server.settings.data_dir)
    files = [path for path in data_dir.rglob("*") if path.is_file()]
    assert any(path.suffix == ".sqlite3" or "db" in path.name for path in files), files
    assert not [path for path in files if TOKEN.encode() in path.read_bytes()]
    assert caplog.records and TOKEN not in caplog.text


async def test_deleting_a_provider_leaves_its_services_without_one(client, fake):
    owner = await owner_headers(client)
    provider = (await client.post(URL, headers=owner, json=_body(fake, "github"))).json()
    project = (await client.post("/api/v1/projects", headers=owner,
                                 json={"name": "shop", "teamId": provider["teamId"]})).json()
    environment = (await client.get(f"/api/v1/projects/{project['id']}/environments", headers=owner)).json()[0]
    node = await Node.create(team_id=provider["teamId"], name="pve", api_url="https://pve.example.org:8006",
                             token_id="root@pam!containr", sealed_token_secret="sealed")
    service = await Service.create(project_id=project["id"], environment_id=environment["id"], name="web",
                                   type=ServiceType.WEB, repository="https://example.org/octocat/shop-web.git",
                                   node=node, git_provider_id=provider["id"], sealed_webhook_secret="sealed")
    assert (await client.delete(f"{URL}/{provider['id']}", headers=owner)).status_code == 204
    assert (await Service.get(id=service.id)).git_provider_id is None
