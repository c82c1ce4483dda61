"""Registries against a real Docker registry (Debian's docker-registry with TLS and htpasswd, tests/harness/
registry.py): checked with its credentials before saving, its token sealed and never shown, its catalog and tags
read through the API, team access, and what uses one refusing its deletion."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from service.core.models import AuditRecord
from service.core.settings_store import set_setting
from service.domains.registries import pulling
from service.domains.registries.events import REGISTRY_USERS
from service.domains.registries.models import Registry
from tests.factories import login, owner_headers, personal_team, register

URL = "/api/v1/registries"


def _body(registry: Any, *, name: str = "ours", **details: Any) -> dict[str, Any]:
    return {"name": name, "description": "the team's images", "type": "v2",
            "details": {"url": registry.url, "user": registry.username, "token": registry.password,
                        "caBundle": registry.ca_bundle, **details}}


def _closed_port() -> int:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.one_database
async def test_a_registry_is_checked_and_its_password_never_shown_again(client, server, registry):
    owner = await owner_headers(client)
    created = await client.post(URL, headers=owner, json=_body(registry))
    assert created.status_code == 201, created.text
    answer = created.json()
    assert registry.password not in created.text and "token" not in answer["details"]
    assert answer["details"]["hasToken"] is True and answer["details"]["user"] == registry.username
    assert (answer["type"], answer["name"], answer["url"], answer["inUse"]) == ("v2", "ours", registry.url, False)
    for path in (URL, f"{URL}/{answer['id']}"):
        shown = await client.get(path, headers=owner)
        assert shown.status_code == 200 and registry.password not in shown.text
    # Sealed at rest: the database row holds no clear password, and it opens to the same one for a pull.
    record = await Registry.get(id=answer["id"])
    assert registry.password not in repr(await Registry.filter(id=answer["id"]).values())
    access = await pulling.pull_credentials(server.settings, record)
    assert (access.host, access.user, access.token) == (registry.host, registry.username, registry.password)
    assert registry.password not in repr(access)
    assert pulling.reference(record, "containr/hello", "1.0") == f"{registry.host}/containr/hello:1.0"
    audit = await AuditRecord.filter(target_kind="registry", target_id=answer["id"])
    assert audit and all(registry.password not in repr(vars(r)) for r in audit)


@pytest.mark.one_database
async def test_refused_credentials_or_no_registry_record_nothing(client, registry):
    owner = await owner_headers(client)
    wrong = await client.post(URL, headers=owner, json=_body(registry, token="not-the-password"))
    assert wrong.status_code == 422, wrong.text
    assert wrong.json()["details"] == {"field": "details.token"} and "not-the-password" not in wrong.text
    anonymous = await client.post(URL, headers=owner, json=_body(registry, user=None, token=None))
    assert anonymous.status_code == 422 and anonymous.json()["details"] == {"field": "details.user"}
    closed = await client.post(URL, headers=owner, json=_body(registry, url=f"https://127.0.0.1:{_closed_port()}"))
    assert closed.status_code == 422 and closed.json()["details"] == {"field": "details.url"}, closed.text
    untrusted = await client.post(URL, headers=owner, json=_body(registry, caBundle=None))
    assert untrusted.status_code == 422 and untrusted.json()["details"] == {"field": "details.url"}
    assert "caBundle" in untrusted.json()["error"]  # says what to do about a self-signed certificate
    bad_type = await client.post(URL, headers=owner, json=_body(registry) | {"type": "quay"})
    assert bad_type.status_code == 422 and bad_type.json()["details"][0]["field"] == "type"
    no_url = await client.post(URL, headers=owner, json={"name": "x", "type": "v2", "details": {}})
    assert no_url.status_code == 422 and no_url.json()["details"] == {"field": "details.url"}
    assert await Registry.all().count() == 0
    # Unchecked: saved as given, without a call.
    unchecked = await client.post(URL, headers=owner, json={
        "name": "later", "type": "unchecked", "details": {"url": f"https://127.0.0.1:{_closed_port()}"}})
    assert unchecked.status_code == 201 and unchecked.json()["details"]["hasToken"] is False


@pytest.mark.one_database
async def test_a_name_is_taken_once_per_team(client, registry):
    owner = await owner_headers(client)
    assert (await client.post(URL, headers=owner, json=_body(registry))).status_code == 201
    again = await client.post(URL, headers=owner, json=_body(registry))
    assert again.status_code == 409 and again.json()["code"] == "taken"
    assert again.json()["details"] == {"field": "name"}


@pytest.mark.one_database
async def test_images_and_tags_are_read_from_the_registry(client, registry, oci_image):
    owner = await owner_headers(client)
    # A repository of its own: the session's registry is shared, and containr/hello keeps exactly its 1.0.
    registry.push(oci_image, "containr/tagged", "1.0")
    registry.push(oci_image, "containr/tagged", "1.1")
    created = (await client.post(URL, headers=owner, json=_body(registry))).json()
    listed = await client.get(f"{URL}/{created['id']}/images", headers=owner, params={"search": "HELLO"})
    assert listed.status_code == 200, listed.text
    assert "containr/hello" in [i["name"] for i in listed.json()["items"]]
    assert registry.password not in listed.text
    tags = await client.get(f"{URL}/{created['id']}/images/containr/tagged/tags", headers=owner)
    assert tags.status_code == 200, tags.text
    assert {"1.0", "1.1"} <= set(tags.json()["tags"])
    assert tags.json()["reference"] == f"{registry.host}/containr/tagged"
    nothing = await client.get(f"{URL}/{created['id']}/images", headers=owner, params={"search": "no-such"})
    assert (nothing.json()["items"], nothing.json()["total"]) == ([], 0)
    missing = await client.get(f"{URL}/{created['id']}/images/containr/nope/tags", headers=owner)
    assert missing.status_code == 404, missing.text
    # The prefix narrows the catalog, and a name under it is found without repeating it.
    prefixed = (await client.post(URL, headers=owner, json=_body(registry, name="pref",
                                                                  imageNamePrefix="containr"))).json()
    under = await client.get(f"{URL}/{prefixed['id']}/images/hello/tags", headers=owner)
    assert under.status_code == 200 and under.json()["name"] == "containr/hello"
    other = (await client.post(URL, headers=owner, json=_body(registry, name="other",
                                                               imageNamePrefix="elsewhere"))).json()
    assert (await client.get(f"{URL}/{other['id']}/images", headers=owner)).json()["total"] == 0


@pytest.mark.one_database
async def test_docker_hub_lists_no_catalog(client):
    owner = await owner_headers(client)
    hub = await client.post(URL, headers=owner, json={"name": "hub", "type": "unchecked",
                                                       "details": {"url": "https://registry-1.docker.io"}})
    assert hub.status_code == 201
    # A hub record as a later check would leave it: the type says it has no catalog, asked of nobody.
    await Registry.filter(id=hub.json()["id"]).update(type="hub")
    refused = await client.get(f"{URL}/{hub.json()['id']}/images", headers=owner)
    assert refused.status_code == 409 and refused.json()["code"] == "not_supported", refused.text
    assert "tags" in refused.json()["error"]


@pytest.mark.one_database
async def test_a_change_keeps_the_password_and_checks_a_new_one(client, server, registry):
    owner = await owner_headers(client)
    created = (await client.post(URL, headers=owner, json=_body(registry))).json()
    kept = _body(registry, name="renamed", token=None)
    kept["details"].pop("token")
    changed = await client.put(f"{URL}/{created['id']}", headers=owner, json=kept)
    assert changed.status_code == 200, changed.text
    assert changed.json()["name"] == "renamed" and changed.json()["details"]["hasToken"] is True
    record = await Registry.get(id=created["id"])
    assert pulling.open_token(server.settings, record) == registry.password
    wrong = await client.put(f"{URL}/{created['id']}", headers=owner, json=_body(registry, token="nope"))
    assert wrong.status_code == 422 and wrong.json()["details"] == {"field": "details.token"}
    assert (await Registry.get(id=created["id"])).sealed_token == record.sealed_token  # untouched


@pytest.mark.one_database
async def test_a_registry_in_use_says_so_and_is_not_deleted(client, server, registry):
    owner = await owner_headers(client)
    used = (await client.post(URL, headers=owner, json=_body(registry))).json()
    free = (await client.post(URL, headers=owner, json=_body(registry, name="spare"))).json()
    asked: list[list[Any]] = []

    async def version_images(state: Any, *, registry_ids: list[Any], users: dict[Any, list[str]]) -> None:
        asked.append(registry_ids)
        for registry_id in registry_ids:
            if str(registry_id) == used["id"]:
                users.setdefault(registry_id, []).append("shop 1.0: containr/hello")

    hooks = server.app.state.hooks.by_event.setdefault(REGISTRY_USERS, [])
    hooks.append(version_images)
    try:
        assert (await client.get(f"{URL}/{used['id']}", headers=owner)).json()["inUse"] is True
        listed = (await client.get(URL, headers=owner)).json()["items"]
        assert {r["name"]: r["inUse"] for r in listed} == {"ours": True, "spare": False}
        assert len(asked[-1]) == 2  # one question for the page, not one per registry
        refused = await client.delete(f"{URL}/{used['id']}", headers=owner)
        assert refused.status_code == 409 and refused.json()["code"] == "in_use", refused.text
        assert refused.json()["details"]["usedBy"] == ["shop 1.0: containr/hello"]
        assert await Registry.exists(id=used["id"])
        assert (await client.delete(f"{URL}/{free['id']}", headers=owner)).status_code == 204
    finally:
        hooks.remove(version_images)
    assert not await Registry.exists(id=free["id"])
    assert (await client.delete(f"{URL}/{used['id']}", headers=owner)).status_code == 204


@pytest.mark.one_database
async def test_members_read_managers_change_and_other_teams_see_nothing(client, registry):
    owner = await owner_headers(client)
    team_id = await personal_team(client, owner)
    created = (await client.post(URL, headers=owner, json=_body(registry) | {"teamId": team_id})).json()
    await set_setting("registration", "open")
    await register(client, "stranger")
    stranger = await login(client, "stranger")
    assert (await client.get(f"{URL}/{created['id']}", headers=stranger)).status_code == 404
    assert (await client.get(f"{URL}/{created['id']}/images", headers=stranger)).status_code == 404
    assert (await client.delete(f"{URL}/{created['id']}", headers=stranger)).status_code == 404
    assert (await client.get(URL, headers=stranger)).json()["total"] == 0
    into = await client.post(URL, headers=stranger, json=_body(registry) | {"teamId": team_id})
    assert into.status_code == 422 and into.json()["details"] == {"field": "teamId"}

    # A plain member of the team reads the registry and its images, and changes nothing.
    invited = await client.post(f"/api/v1/teams/{team_id}/users", headers=owner,
                                json={"email": "stranger@example.com", "role": "user"})
    assert invited.status_code in (200, 201), invited.text
    accepted = await client.post(f"/api/v1/users/me/invitations/{team_id}", headers=stranger)
    assert accepted.status_code == 200, accepted.text
    member = stranger
    shown = await client.get(f"{URL}/{created['id']}", headers=member)
    assert shown.status_code == 200 and registry.password not in shown.text
    assert (await client.get(f"{URL}/{created['id']}/images", headers=member)).status_code == 200
    changed = await client.put(f"{URL}/{created['id']}", headers=member, json=_body(registry, name="mine"))
    assert changed.status_code == 403
    assert (await client.delete(f"{URL}/{created['id']}", headers=member)).status_code == 403
    added = await client.post(URL, headers=member, json=_body(registry, name="mine") | {"teamId": team_id})
    assert added.status_code == 403
    assert (await Registry.get(id=created["id"])).name == "ours"
